#!/usr/bin/env bash
# Smoke run of the MCP Inspector CLI against the real jar.
# Usage: inspector-smoke.sh <jar> [stdio|http|sse]
#   stdio: the Inspector starts the jar itself.
#   http:  the jar serves Streamable HTTP on a free loopback port with an API key; the Inspector sends it as a bearer.
#   sse:   the same server, through the legacy HTTP+SSE endpoint (/sse).
set -euo pipefail
jar=$1
mode=${2:-stdio}
here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d)
export CARTO_MAPS_HOME=$home CARTO_CREDENTIALS_FILE=$home/none.json
inspector=$here/node_modules/.bin/mcp-inspector
server_pid=
cleanup() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

case $mode in
  stdio)
    insp() { "$inspector" --cli java -jar "$jar" serve "$@" 2>/dev/null; } ;;
  http|sse)
    key=$(java -jar "$jar" keys create --name inspector --profile local --keys-file "$home/keys.json" 2>/dev/null)
    port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    java -jar "$jar" serve --http --port "$port" --keys-file "$home/keys.json" 2>"$home/server.log" &
    server_pid=$!
    for _ in $(seq 1 360); do
      node -e "fetch('http://127.0.0.1:$port/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break
      sleep 0.25
    done
    if [ "$mode" = http ]; then url=http://127.0.0.1:$port/mcp transport=http; else url=http://127.0.0.1:$port/sse transport=sse; fi
    insp() { "$inspector" --cli "$url" --transport "$transport" --header "Authorization: Bearer $key" "$@" 2>/dev/null; } ;;
  *)
    echo "usage: inspector-smoke.sh <jar> [stdio|http|sse]"; exit 2 ;;
esac

out=$(insp --method tools/list)
for t in list_maps get_bundle validate_bundle create_map explore_data; do
  grep -q "\"$t\"" <<<"$out" || { echo "FAIL: tools/list lacks $t"; echo "$out"; exit 1; }
done
echo "ok 1 - $mode tools/list"
out=$(insp --method tools/call --tool-name schema_section --tool-arg section=privacy)
grep -q '"isError": false' <<<"$out" || { echo "FAIL: schema_section"; echo "$out"; exit 1; }
echo "ok 2 - $mode tools/call schema_section"
out=$(insp --method resources/templates/list)
grep -q 'carto-maps://schema/{section}' <<<"$out" || { echo "FAIL: resources/templates/list"; exit 1; }
echo "ok 3 - $mode resources/templates/list"
out=$(insp --method resources/read --uri carto-maps://schema/widgets)
grep -q '2020-12' <<<"$out" || { echo "FAIL: resources/read"; exit 1; }
echo "ok 4 - $mode resources/read"
out=$(insp --method prompts/list)
grep -q 'author_map' <<<"$out" || { echo "FAIL: prompts/list"; exit 1; }
echo "ok 5 - $mode prompts/list"
out=$(insp --method tools/call --tool-name explore_data)
grep -q '"connections"' <<<"$out" || { echo "FAIL: explore_data"; echo "$out"; exit 1; }
echo "ok 6 - $mode tools/call explore_data"
if [ -n "$server_pid" ]; then
  if grep -q -- "$key" "$home/server.log"; then echo "FAIL: the key appears in the server log"; exit 1; fi
  echo "ok 7 - $mode the key never appears in the server log"
  echo "7 passed, 0 failed"
else
  echo "6 passed, 0 failed"
fi
