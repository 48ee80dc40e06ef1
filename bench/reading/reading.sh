#!/usr/bin/env bash
# Characters an agent reads before its first valid bundle for "the world's most populous cities as points sized by
# population, dark basemap, a widget with the total population, published for my team".
# Before: server instructions + guide + the schema sections the old guide sent an agent to for that request
# (bundle, dataset, layer.tileset, widgets, enums, mapstyle), at the revision given (default: the one before examples).
# After: measured by e2e/first-map.mjs through the official TypeScript client (instructions + guide + example read).
# Usage: bench/reading/reading.sh [before-revision] [jar]
set -euo pipefail
cd "$(dirname "$0")/../.."
rev="${1:-5dd060d}"
jar="${2:-target/carto-maps-mcp.jar}"
instructions() { git show "$1:src/main/java/io/cartomaps/mcp/server/Instructions.java" | sed -n '/"""/,/"""/p' | sed '1d;$d' | sed 's/^      //' | wc -c; }
before=$(( $(instructions "$rev") + $(git show "$rev:skills/carto-maps-mcp/SKILL.md" | wc -c) ))
for s in bundle dataset layer.tileset widgets enums mapstyle; do
  before=$(( before + $( (git show "$rev:bundle-schemas/$s.json" 2>/dev/null || git show "$rev:tool-schemas/$s.json") | wc -c) ))
done
echo "before ($rev): $before characters (instructions, guide, 6 schema sections)"
after=$(cd e2e && node first-map.mjs "../$jar" | sed -n 's/^reading: \([0-9]*\) characters.*/\1/p')
echo "after (working tree, e2e/first-map.mjs): $after characters (instructions, guide, example points)"
