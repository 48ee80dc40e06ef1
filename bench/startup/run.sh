#!/usr/bin/env bash
# Start-up of carto-maps-mcp next to @modelcontextprotocol/server-filesystem (Node), measured in one run, round-robin:
# for each JDK (the default java, and Temurin 25 when present), the README's `java -jar … serve`, the launcher next
# to the jar (target/carto-maps-mcp, with its start-up cache recorded first), and the commands that need no data
# through the launcher (help, schema, validate, list on an empty workspace). With a second jar (an older build) its
# `java -jar … serve` and CLI commands run in the same rounds, for a before/after, and, when a launcher lies next to
# that jar, its launcher (with its own recorded cache) too. Rows named "list …" time spawn → the `tools/list` answer
# that follows `initialize`.
# Usage: bench/startup/run.sh <jar> [rounds=12] [before-jar]
set -euo pipefail
jar=$(realpath "$1")
rounds=${2:-12}
before=${3:+$(realpath "$3")}
launcher=$(dirname "$jar")/carto-maps-mcp
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$launcher" ] || { echo "no launcher next to $jar: run mvn package" >&2; exit 1; }
[ -d "$here/node_modules/@modelcontextprotocol/server-filesystem" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARTO_MAPS_HOME=$work/home CARTO_CREDENTIALS_FILE=$work/none.json
unset CARTO_PROFILE
bundle=$work/bundle.json
cp "$here/../../src/test/resources/bundles/minimal.json" "$bundle"

jdks=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
for j in /usr/lib/jvm/temurin-25*; do [ -x "$j/bin/java" ] && jdks+=("$j"); done

cached() { for f in "$1"/*.jsa "$1"/*.aot; do [ -s "$f" ] && return 0; done; return 1; }

fs="node $here/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js $work"
entries=("server-filesystem=$fs" "list server-filesystem=$fs")
before_launcher=${before:+$(dirname "$before")/carto-maps-mcp}
for jdk in "${jdks[@]}"; do
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
  run="env JAVA_HOME=$jdk CARTO_MAPS_CACHE_DIR=$work/cache-$v $launcher"
  # Record the launcher's cache for this JDK first (the first start records it in the background).
  env JAVA_HOME="$jdk" CARTO_MAPS_CACHE_DIR="$work/cache-$v" "$launcher" --version >/dev/null
  for _ in $(seq 1 240); do cached "$work/cache-$v" && break; sleep 0.5; done
  cached "$work/cache-$v" || { echo "JDK $v: no cache recorded" >&2; cat "$work/cache-$v"/*.log >&2; exit 1; }
  entries+=("jdk$v java -jar serve=$jdk/bin/java -jar $jar serve"
    "jdk$v launcher serve=$run serve"
    "list jdk$v launcher serve=$run serve"
    "cli jdk$v launcher --help=$run --help"
    "cli jdk$v launcher maps schema=$run maps schema"
    "cli jdk$v launcher maps validate=$run maps validate $bundle"
    "cli jdk$v launcher maps list=$run maps list")
  if [ -n "$before" ]; then
    # Its own workspace: listing creates the store there, and the workspace of the others must stay empty.
    old="env CARTO_MAPS_HOME=$work/home-before $jdk/bin/java -jar $before"
    entries+=("before jdk$v java -jar serve=$old serve")
    if [ -x "$before_launcher" ]; then
      env JAVA_HOME="$jdk" CARTO_MAPS_CACHE_DIR="$work/cache-before-$v" "$before_launcher" --version >/dev/null
      for _ in $(seq 1 240); do cached "$work/cache-before-$v" && break; sleep 0.5; done
      old="env CARTO_MAPS_HOME=$work/home-before JAVA_HOME=$jdk CARTO_MAPS_CACHE_DIR=$work/cache-before-$v $before_launcher"
      entries+=("before jdk$v launcher serve=$old serve" "list before jdk$v launcher serve=$old serve")
    fi
    entries+=(
      "cli before jdk$v --help=$old --help"
      "cli before jdk$v maps schema=$old maps schema"
      "cli before jdk$v maps validate=$old maps validate $bundle"
      "cli before jdk$v maps list=$old maps list")
  fi
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
node "$here/startup.mjs" "$rounds" server-filesystem "${entries[@]}"
[ ! -e "$CARTO_MAPS_HOME/maps.mv.db" ] || echo "warning: the empty workspace got a store" >&2
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
