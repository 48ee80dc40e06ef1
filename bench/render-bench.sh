#!/usr/bin/env bash
# Rendering benchmark, each figure next to its floor measured in the same run:
#  1. the 1280×800 test map (1,200 points, 547 H3 cells, 24 polygons): cold (process start → PNG) and warm renders of
#     the renderer, and `chromium --headless --screenshot` of the same map as one self-contained page;
#  2. the real CLI, cold: `maps screenshot --bundle` of the sample places (9,062 points, light engine, 1024×640) on
#     the local workspace, and `chromium --headless --screenshot` of the same map and rows as one page.
# Usage: bench/render-bench.sh [runs]      (needs chromium and node; builds the jar and test classes if missing)
#        JAR=/path/to/other/carto-maps-mcp.jar bench/render-bench.sh [runs]   measures another build the same way
# Every PNG is kept in target/render-bench/ (look at them: a blank floor PNG means the floor drew nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
CHROMIUM=${CHROMIUM:-/usr/lib/chromium/chromium}
JAR=${JAR:-target/carto-maps-mcp.jar}
OUT=${OUT:-target/render-bench}
rm -rf "$OUT"; mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || mvn -o -q -B -DskipTests package
[ -f target/test-classes/io/cartomaps/render/TestMaps.class ] || mvn -o -q -B test-compile
CP="$JAR:target/test-classes"
javac -nowarn -d "$WORK/classes" -cp "$CP" bench/RenderBench.java
run() { java -cp "$CP:$WORK/classes" RenderBench "$@"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc) cores, load average $(load), $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# The floor: Chromium's own CLI with the renderer's flags; 10 s of virtual time lets the page load and draw.
floor() { # html width height png
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --use-angle=swiftshader --enable-unsafe-swiftshader \
    --hide-scrollbars --window-size="$2,$3" --virtual-time-budget=10000 \
    "--host-resolver-rules=MAP * ~NOTFOUND" --screenshot="$4" "file://$PWD/$1" >/dev/null 2>&1
}

echo "== test map: cold, JVM start to PNG written (ms)"
for i in $(seq "$RUNS"); do
  t=$(date +%s%N); run cold "$OUT/cold.png" 2>/dev/null; echo "cold $(ms "$t")"
done
echo "== test map: warm, browser up, one render each (ms)"
run warm $((RUNS * 2)) 2>/dev/null
echo "== test map: chromium --headless --screenshot of the same page (ms, new process each)"
run page "$OUT" 2>/dev/null
for i in $(seq "$RUNS"); do
  t=$(date +%s%N); floor "$OUT/page.html" 1280 800 "$OUT/floor.png"; echo "floor $(ms "$t")"
done

echo "== places: CLI maps screenshot --bundle, cold (ms, new JVM each; load $(load))"
export CARTO_MAPS_HOME="$WORK/home"
node -e '
const b = JSON.parse(require("fs").readFileSync("src/test/resources/bundles/samples.json", "utf8"));
b.datasets = b.datasets.filter(d => d.$ref === "places");
const c = b.keplerMapConfig.config;
c.visState.layers = c.visState.layers.filter(l => l.id === "L_places");
c.visState.layerOrder = ["L_places"];
delete c.filters["$ref:countries"];
c.widgets = c.widgets.filter(w => w.dataSource === "$ref:places");
require("fs").writeFileSync(process.argv[1], JSON.stringify(b));' "$WORK/places.json"
CLI=(java -jar "$JAR" maps screenshot --bundle "$WORK/places.json" --width 1024 --height 640)
"${CLI[@]}" -o "$OUT/cli-first.png" >/dev/null 2>&1   # builds the sample database once, untimed
for i in $(seq "$RUNS"); do
  t=$(date +%s%N); "${CLI[@]}" -o "$OUT/cli.png" >/dev/null 2>&1; echo "cli $(ms "$t")"
done
echo "== places: chromium --headless --screenshot of the same map and rows (ms; load $(load))"
run bundle-page "$WORK/places.json" 1024 640 "$OUT" 2>/dev/null
for i in $(seq "$RUNS"); do
  t=$(date +%s%N); floor "$OUT/bundle.html" 1024 640 "$OUT/bundle-floor.png"; echo "floor $(ms "$t")"
done
ls -l "$OUT"/*.png | awk '{print "png", $5, $NF}'
echo "load average at the end: $(load)"
