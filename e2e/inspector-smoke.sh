#!/usr/bin/env bash
# Smoke run of the MCP Inspector CLI against the real jar over stdio.
set -euo pipefail
jar=$1
here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d)
export CARTO_MAPS_HOME=$home CARTO_CREDENTIALS_FILE=$home/none.json
insp() { "$here/node_modules/.bin/mcp-inspector" --cli java -jar "$jar" serve "$@" 2>/dev/null; }
out=$(insp --method tools/list)
for t in list_maps get_bundle validate_bundle create_map explore_data; do
  grep -q "\"$t\"" <<<"$out" || { echo "FAIL: tools/list lacks $t"; exit 1; }
done
echo "ok 1 - tools/list"
out=$(insp --method tools/call --tool-name schema_section --tool-arg section=privacy)
grep -q '"isError": false' <<<"$out" || { echo "FAIL: schema_section"; echo "$out"; exit 1; }
echo "ok 2 - tools/call schema_section"
out=$(insp --method resources/templates/list)
grep -q 'carto-maps://schema/{section}' <<<"$out" || { echo "FAIL: resources/templates/list"; exit 1; }
echo "ok 3 - resources/templates/list"
out=$(insp --method resources/read --uri carto-maps://schema/widgets)
grep -q '2020-12' <<<"$out" || { echo "FAIL: resources/read"; exit 1; }
echo "ok 4 - resources/read"
out=$(insp --method prompts/list)
grep -q 'author_map' <<<"$out" || { echo "FAIL: prompts/list"; exit 1; }
echo "ok 5 - prompts/list"
out=$(insp --method tools/call --tool-name explore_data)
grep -q '"connections"' <<<"$out" || { echo "FAIL: explore_data"; echo "$out"; exit 1; }
echo "ok 6 - tools/call explore_data"
echo "6 passed, 0 failed"
