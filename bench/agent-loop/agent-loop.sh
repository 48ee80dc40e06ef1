#!/usr/bin/env bash
# Agent loop benchmark: this build next to a peer build (e.g. an earlier release's jar), in the same run.
# Usage: bench/agent-loop/agent-loop.sh <peer-jar> [runs] [pause-ms]   (run from the repository root; needs e2e/node_modules)
set -euo pipefail
cd "$(dirname "$0")/../.."
PEER=${1:?peer jar}; RUNS=${2:-3}; PAUSE=${3:-2000}
[ -f target/carto-maps-mcp.jar ] || mvn -o -q -B -DskipTests package
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$RUNS"); do
  node bench/agent-loop/agent-loop.mjs "$PEER" 1 "$PAUSE"
  node bench/agent-loop/agent-loop.mjs target/carto-maps-mcp.jar 1 "$PAUSE"
done
