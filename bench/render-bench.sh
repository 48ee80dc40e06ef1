#!/usr/bin/env bash
# Rendering benchmark: cold (process start → PNG) and warm (browser up) renders of a 1280×800 map with 1,200
# points, 547 H3 cells and 24 polygons, next to `chromium --headless --screenshot` of the same page.
# Usage: bench/render-bench.sh [runs]      (needs chromium and node; builds the jar and test classes if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
CHROMIUM=${CHROMIUM:-/usr/lib/chromium/chromium}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

[ -f target/carto-maps-mcp.jar ] || mvn -o -q -B -DskipTests package
[ -f target/test-classes/io/cartomaps/render/TestMaps.class ] || mvn -o -q -B test-compile
CP="target/carto-maps-mcp.jar:target/test-classes"
mkdir -p "$OUT/classes"
javac -nowarn -d "$OUT/classes" -cp "$CP" bench/RenderBench.java
run() { java -cp "$CP:$OUT/classes" RenderBench "$@"; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(/usr/lib/chromium/chromium --version 2>/dev/null || echo chromium)"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "== cold: JVM start to PNG written (ms)"
for i in $(seq "$RUNS"); do
  t=$(date +%s%N); run cold "$OUT/cold.png" 2>/dev/null; echo "cold $(ms "$t")"
done

echo "== warm: browser up, one render each (ms)"
run warm $((RUNS * 2)) 2>/dev/null

echo "== chromium --headless --screenshot of the same page (ms, new process each)"
run page "$OUT" 2>/dev/null
for i in $(seq "$RUNS"); do
  t=$(date +%s%N)
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --use-angle=swiftshader --enable-unsafe-swiftshader \
    --hide-scrollbars --window-size=1280,800 --virtual-time-budget=10000 \
    "--host-resolver-rules=MAP * ~NOTFOUND" --screenshot="$OUT/cli.png" "file://$OUT/page.html" >/dev/null 2>&1
  echo "cli $(ms "$t")"
done
ls -l "$OUT"/*.png | awk '{print "png", $5, $NF}'
