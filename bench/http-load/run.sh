#!/usr/bin/env bash
# HTTP load of carto-maps-mcp next to @modelcontextprotocol/server-everything, in the same run, on loopback.
# Usage: bench/http-load/run.sh <jar> [clients=50] [callsPerClient=60]
# Prints one JSON line per server; docs/benchmarks.md ("HTTP load") records the figures.
set -euo pipefail
jar=$1
clients=${2:-50}
calls=${3:-60}
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/node_modules/@modelcontextprotocol/server-everything" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
home=$(mktemp -d)
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
wait_http() { for _ in $(seq 1 360); do node -e "fetch('$1').then(()=>process.exit(0),()=>process.exit(1))" && return 0; sleep 0.25; done; return 1; }
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

port=$(free_port)
CARTO_MAPS_HOME=$home CARTO_CREDENTIALS_FILE=$home/none.json \
  java -jar "$jar" serve --http --port "$port" 2>"$home/carto.log" &
pids+=($!); carto_pid=$!
wait_http "http://127.0.0.1:$port/health"
node "$here/load.mjs" "http://127.0.0.1:$port/mcp" "$carto_pid" carto "$clients" "$calls"

eport=$(free_port)
PORT=$eport node "$here/node_modules/@modelcontextprotocol/server-everything/dist/index.js" streamableHttp >"$home/everything.log" 2>&1 &
pids+=($!); everything_pid=$!
wait_http "http://127.0.0.1:$eport/mcp"
node "$here/load.mjs" "http://127.0.0.1:$eport/mcp" "$everything_pid" everything "$clients" "$calls"
