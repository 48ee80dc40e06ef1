#!/usr/bin/env bash
# Start-up of carto-maps-mcp (default JVM, and with a class-data archive as docs/clients.md recommends) next to
# @modelcontextprotocol/server-filesystem, measured in the same run. Usage: bench/startup/run.sh <jar> [rounds=12]
set -euo pipefail
jar=$(realpath "$1")
rounds=${2:-12}
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/node_modules/@modelcontextprotocol/server-filesystem" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
work=$(mktemp -d)
export CARTO_MAPS_HOME=$work/home CARTO_CREDENTIALS_FILE=$work/none.json
quiet="-Xlog:disable -Xlog:all=warning:stderr"
# Train the archive with one session that initialises and lists tools, then exits on stdin EOF.
printf '%s\n' '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}' \
  '{"jsonrpc":"2.0","method":"notifications/initialized"}' '{"jsonrpc":"2.0","id":2,"method":"tools/list"}' \
  | java $quiet -XX:ArchiveClassesAtExit="$work/app.jsa" -jar "$jar" serve >/dev/null 2>&1 || true
node "$here/startup.mjs" "$rounds" \
  "carto-maps-mcp=java $quiet -jar $jar serve" \
  "carto-maps-mcp+appcds=java $quiet -XX:SharedArchiveFile=$work/app.jsa -XX:TieredStopAtLevel=1 -jar $jar serve" \
  "server-filesystem=node $here/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js $work"
