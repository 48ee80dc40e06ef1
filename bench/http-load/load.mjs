// HTTP load: N concurrent MCP clients (official TypeScript SDK, Streamable HTTP) calling tools for a bounded number
// of requests (and at most a bounded time), loopback only. Prints one JSON line: requests/s, p50/p99 latency,
// errors and the server's peak resident memory.
// Usage: node load.mjs <mcp-url> <server-pid> <carto|everything> [clients=50] [callsPerClient=60]
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { readFileSync } from "node:fs";

const [url, pid, kind, clientsArg, callsArg] = process.argv.slice(2);
if (!url || !pid || !["carto", "everything"].includes(kind)) {
  console.error("usage: node load.mjs <mcp-url> <server-pid> <carto|everything> [clients] [callsPerClient]");
  process.exit(2);
}
if (!new URL(url).hostname.match(/^(127\.0\.0\.1|localhost|\[::1\])$/)) {
  console.error("refusing to load anything but a loopback server");
  process.exit(2);
}
const CLIENTS = Number(clientsArg || 50);
const CALLS = Number(callsArg || 60);
const WARMUP = Number(process.env.WARMUP || 20);
const TIME_CAP_MS = 120_000;

const EMPTY_MAP = {
  version: "v1", config: {
    mapState: { latitude: 20, longitude: 0, zoom: 1, pitch: 0, bearing: 0 },
    mapStyle: { styleType: "positron" }, basemapConfig: { styleId: "positron" },
    uiState: { commentsVisible: true, controlsPaneOpen: false, descriptionOpen: false, descriptionPreview: false },
    spatialFilter: null,
    visState: { layers: [], filters: [], layerBlending: "normal", splitMaps: [], animationConfig: { currentTime: null, speed: 1 },
      interactionConfig: { tooltip: { enabled: true, compareMode: false, compareType: "absolute" }, brush: { enabled: false, size: 0.5 },
        coordinate: { enabled: false }, geocoder: { enabled: false } } } },
};
const BUNDLE = { title: "Load test", privacy: "private", tags: ["bench"], keplerMapConfig: EMPTY_MAP };

function rssKiB() {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) the server process has used so far, from /proc/<pid>/stat (clock ticks of 1/100 s). */
function cpuSeconds() {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function connect() {
  const client = new Client({ name: "http-load", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

// Something for get_bundle to read.
let mapId = null;
if (kind === "carto") {
  const c = await connect();
  const created = await c.callTool({ name: "create_map", arguments: { bundle: BUNDLE } });
  if (created.isError) {
    console.error("could not create the map to read:", JSON.stringify(created));
    process.exit(1);
  }
  mapId = created.structuredContent.id;
  await c.close();
}

function nextCall(i) {
  if (kind === "everything") {
    return { name: "echo", arguments: { message: `hello ${i}` } };
  }
  switch (i % 3) {
    case 0: return { name: "validate_bundle", arguments: { bundle: BUNDLE } };
    case 1: return { name: "list_maps", arguments: { page_size: 20 } };
    default: return { name: "get_bundle", arguments: { map_id: mapId } };
  }
}

const clients = await Promise.all(Array.from({ length: CLIENTS }, connect));
await Promise.all(clients.map(async (c, n) => {
  for (let i = 0; i < WARMUP; i++) {
    await c.callTool(nextCall(n + i));
  }
}));

let peakRss = rssKiB();
const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssKiB()); }, 100);
const latencies = [];
let errors = 0;
const cpuBefore = cpuSeconds();
const started = performance.now();
await Promise.all(clients.map(async (c, n) => {
  for (let i = 0; i < CALLS && performance.now() - started < TIME_CAP_MS; i++) {
    const t0 = performance.now();
    try {
      const r = await c.callTool(nextCall(n + i));
      if (r.isError) {
        errors++;
      }
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
}));
const seconds = (performance.now() - started) / 1000;
const serverCpu = cpuSeconds() - cpuBefore;
clearInterval(sampler);
peakRss = Math.max(peakRss, rssKiB());
await Promise.all(clients.map((c) => c.close().catch(() => {})));

latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
console.log(JSON.stringify({
  server: kind, clients: CLIENTS, requests: latencies.length, errors,
  seconds: Number(seconds.toFixed(2)), requestsPerSecond: Number((latencies.length / seconds).toFixed(1)),
  p50ms: Number(pct(0.5).toFixed(1)), p99ms: Number(pct(0.99).toFixed(1)), peakRssMiB: Number((peakRss / 1024).toFixed(0)),
  serverCpuMsPerRequest: Number((serverCpu * 1000 / latencies.length).toFixed(2)),
}));
