// Two instances sharing one map store, one base URL each: the official TypeScript client 2.x in MCP 2026-07-28
// sends every request to the next instance in turn (a round-robin proxy with no session affinity).
// Usage: node round-robin.mjs <mcp-url-a> <mcp-url-b>   (exit code 0 when every check passed)
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";

const urls = process.argv.slice(2, 4);
if (urls.length !== 2) {
  console.error("usage: node round-robin.mjs <mcp-url-a> <mcp-url-b>");
  process.exit(2);
}
const served = [0, 0];
let turn = 0;
/** fetch that sends each request to the next instance, whatever URL the transport asked for. */
function roundRobin(input, init) {
  const i = turn++ % 2;
  served[i]++;
  return fetch(urls[i], init);
}
let checks = 0;
function check(cond, what, detail) {
  if (!cond) {
    console.error(`FAIL: ${what}${detail ? "\n" + JSON.stringify(detail, null, 1).slice(0, 2000) : ""}`);
    process.exit(1);
  }
  checks++;
  console.log(`ok ${checks} - ${what}`);
}

const client = new Client({ name: "e2e-round-robin", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
await client.connect(new StreamableHTTPClientTransport(new URL(urls[0]), { fetch: roundRobin }));
const call = async (name, args) => client.callTool({ name, arguments: args });

const keplerMapConfig = { version: "v1", config: {
  mapState: { latitude: 20, longitude: 0, zoom: 1, pitch: 0, bearing: 0 },
  mapStyle: { styleType: "positron" }, basemapConfig: { styleId: "positron" },
  uiState: { commentsVisible: true, controlsPaneOpen: false, descriptionOpen: false, descriptionPreview: false },
  spatialFilter: null,
  visState: { layers: [], filters: [], layerBlending: "normal", splitMaps: [], animationConfig: { currentTime: null, speed: 1 },
    interactionConfig: { tooltip: { enabled: true, compareMode: false, compareType: "absolute" }, brush: { enabled: false, size: 0.5 },
      coordinate: { enabled: false }, geocoder: { enabled: false } } } } };
const created = await call("create_map", { bundle: { title: "Round robin", privacy: "private", tags: ["rr"], keplerMapConfig } });
check(!created.isError && created.structuredContent.id, "create_map through one instance", created);
const id = created.structuredContent.id;
for (let i = 0; i < 4; i++) {
  const got = await call("get_bundle", { map_id: id });
  check(!got.isError && got.structuredContent.bundle.title.startsWith("Round robin"), `get_bundle ${i + 1} through either instance`, got);
  const upd = await call("update_map", { map_id: id, bundle: { title: `Round robin ${i}` } });
  check(!upd.isError, `update_map ${i + 1}`, upd);
}
const last = await call("get_bundle", { map_id: id });
check(last.structuredContent.bundle.title === "Round robin 3", "the last update is seen by the next instance", last.structuredContent.bundle.title);
const { tools } = await client.listTools();
check(tools.length > 5, "tools/list");
const del = await call("delete_map", { map_id: id });
check(!del.isError, "delete_map");
check(served[0] >= 4 && served[1] >= 4, "both instances answered requests in turn", served);
await client.close();
console.log(`${checks} passed, 0 failed (instance A ${served[0]} requests, B ${served[1]})`);
