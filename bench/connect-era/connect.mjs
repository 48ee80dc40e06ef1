// Connect time over stdio with the official TypeScript client 2.x, three modes measured in the same run, alternating:
// legacy (plain 2025 initialize), auto (server/discover probe on a short-lived sibling process, then the session
// process) and pinned 2026-07-28. "connect" is client.connect(); "first list" adds the first tools/list, which in the
// probing modes waits for the session process to start. Usage: node connect.mjs <jar> [rounds=6]
import { Client } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const jar = process.argv[2];
const rounds = Number(process.argv[3] || 6);
const home = mkdtempSync(join(tmpdir(), "carto-maps-connect-"));
const env = { ...process.env, CARTO_MAPS_HOME: home, CARTO_CREDENTIALS_FILE: join(home, "none.json") };
const modes = { legacy: "legacy", auto: "auto", pinned: { pin: "2026-07-28" } };
const times = Object.fromEntries(Object.keys(modes).map((m) => [m, { connect: [], list: [] }]));

for (let r = 0; r < rounds; r++) {
  for (const [name, mode] of Object.entries(modes)) {
    const t0 = performance.now();
    const client = new Client({ name: "bench", version: "1" }, { versionNegotiation: { mode } });
    await client.connect(new StdioClientTransport({ command: "java", args: ["-jar", jar, "serve"], env, stderr: "ignore" }));
    const t1 = performance.now();
    await client.listTools();
    const t2 = performance.now();
    await client.close();
    times[name].connect.push(t1 - t0);
    times[name].list.push(t2 - t0);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times.legacy.list);
console.log(`rounds=${rounds}`);
for (const [name, t] of Object.entries(times)) {
  const list = median(t.list);
  console.log(`${name.padEnd(7)} connect ${median(t.connect).toFixed(0).padStart(6)} ms   connect+tools/list ${list.toFixed(0).padStart(6)} ms   `
    + `ratio to legacy ${(list / base).toFixed(2)}`);
}
