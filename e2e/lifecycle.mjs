// End-to-end: drive the real jar with the official TypeScript SDK client through a whole map lifecycle.
// Usage: node lifecycle.mjs <path-to-jar> [stdio|http] [v1|auto|2026-07-28]   (exit code 0 when every check passed)
// http: starts `serve --http` on a free loopback port with an API key from `keys create`, and connects with
// StreamableHTTPClientTransport sending that key as a bearer token.
// Client: v1 is @modelcontextprotocol/sdk 1.x (protocol 2025-11-25, initialize); auto and a pinned version are
// @modelcontextprotocol/client 2.x, which probes with server/discover (auto) or requires that version (pinned).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const jar = process.argv[2];
const mode = process.argv[3] || "stdio";
const flavour = process.argv[4] || "v1";
if (!jar || !["stdio", "http"].includes(mode)) {
  console.error("usage: node lifecycle.mjs <jar> [stdio|http] [v1|auto|2026-07-28]");
  process.exit(2);
}
const legacyClient = flavour === "v1";
const { Client, StdioClientTransport, StreamableHTTPClientTransport } = legacyClient ? {
  ...(await import("@modelcontextprotocol/sdk/client/index.js")),
  ...(await import("@modelcontextprotocol/sdk/client/stdio.js")),
  ...(await import("@modelcontextprotocol/sdk/client/streamableHttp.js")),
} : { ...(await import("@modelcontextprotocol/client")), ...(await import("@modelcontextprotocol/client/stdio")) };
const clientOptions = legacyClient ? undefined : { versionNegotiation: { mode: flavour === "auto" ? "auto" : { pin: flavour } } };
const home = mkdtempSync(join(tmpdir(), "carto-maps-e2e-"));
const env = { ...process.env, CARTO_MAPS_HOME: home, CARTO_CREDENTIALS_FILE: join(home, "none.json") };
let checks = 0;
function check(cond, what, detail) {
  if (!cond) {
    console.error(`FAIL: ${what}${detail ? "\n" + JSON.stringify(detail, null, 1).slice(0, 2000) : ""}`);
    process.exit(1);
  }
  checks++;
  console.log(`ok ${checks} - ${what}`);
}

async function freePort() {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the HTTP server with one API key; resolves to its MCP URL, the key and the process. */
async function startHttpServer() {
  const keysFile = join(home, "keys.json");
  const key = execFileSync("java", ["-jar", jar, "keys", "create", "--name", "e2e", "--profile", "local",
    "--keys-file", keysFile], { env, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  const port = await freePort();
  const proc = spawn("java", ["-jar", jar, "serve", "--http", "--port", String(port), "--keys-file", keysFile],
    { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => { stderr += d; });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health`);
      if (r.ok) {
        return { url: `http://127.0.0.1:${port}/mcp`, key, proc, stderr: () => stderr };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  proc.kill("SIGKILL");
  console.error(`FAIL: the HTTP server did not start\n${stderr}`);
  process.exit(1);
}

let transport;
let server = null;
process.on("exit", () => server?.proc.kill("SIGKILL")); // never leave a server behind, even on a failed check
if (mode === "http") {
  server = await startHttpServer();
  const anonymous = await fetch(server.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
  check(anonymous.status === 401, "http: a request without the key is refused with 401");
  transport = new StreamableHTTPClientTransport(new URL(server.url),
    { requestInit: { headers: { Authorization: `Bearer ${server.key}` } } });
} else {
  transport = new StdioClientTransport({ command: "java", args: ["-jar", jar, "serve"], env, stderr: "pipe" });
}
const client = new Client({ name: "e2e-lifecycle", version: "1.0.0" }, clientOptions);
await client.connect(transport);
if (!legacyClient) {
  const negotiated = client.getNegotiatedProtocolVersion();
  check(negotiated === "2026-07-28", `client ${flavour} speaks 2026-07-28 (stateless)`, negotiated);
  check(!transport.sessionId, "no session in 2026-07-28", transport.sessionId);
}
const call = async (name, args) => client.callTool({ name, arguments: args });

const info = client.getServerVersion();
check(info?.name === "carto-maps-mcp", "server identifies itself", info);
check((client.getInstructions() || "").includes("validate_bundle"), "server sends instructions");

const { tools } = await client.listTools();
const names = tools.map((t) => t.name);
for (const n of ["list_maps", "get_bundle", "validate_bundle", "create_map", "update_map", "publish_map", "delete_map",
  "copy_map", "update_dataset", "schema_section", "agents_status", "explore_data", "screenshot"]) {
  check(names.includes(n), `tool ${n} is listed`);
}
for (const t of tools) {
  check(t.inputSchema?.type === "object" && !t.inputSchema.oneOf && !t.inputSchema.anyOf && !t.inputSchema.allOf,
    `${t.name}: object input schema without top-level combinators`);
  check(t.outputSchema?.type === "object", `${t.name}: has an object output schema`);
  check(typeof t.annotations?.readOnlyHint === "boolean", `${t.name}: has annotations`);
}

// Data
const conns = await call("explore_data", {});
const connection = conns.structuredContent.connections[0];
check(connection && connection.name, "explore_data lists a connection", conns);
const tables = await call("explore_data", { connection: connection.name });
check(tables.structuredContent.tables.length > 0, "explore_data lists tables", tables);
let points = null;
for (const t of tables.structuredContent.tables) {
  const d = await call("explore_data", { connection: connection.name, table: t.name });
  if (!d.isError && d.structuredContent.table.geometryType === "point") {
    points = d.structuredContent.table;
    break;
  }
}
check(points && points.rowCount > 0 && points.extent.length === 4, "explore_data describes a point table", points);

// Schema sections as tool, resources, template, completion
const sections = await call("schema_section", {});
check(sections.structuredContent.sections.includes("layer.h3"), "schema_section lists sections");
const badSection = await call("schema_section", { section: "nope" });
check(badSection.isError && JSON.stringify(badSection.content).includes("layer.h3"), "unknown section names the valid ones", badSection);
const res = await client.readResource({ uri: "carto-maps://schema/bundle" });
check(JSON.parse(res.contents[0].text).$schema?.includes("2020-12"), "bundle schema resource is JSON Schema 2020-12");
const templates = await client.listResourceTemplates();
check(templates.resourceTemplates.some((t) => t.uriTemplate === "carto-maps://schema/{section}"), "schema resource template is listed");
const comp = await client.complete({ ref: { type: "ref/resource", uri: "carto-maps://schema/{section}" }, argument: { name: "section", value: "layer.h" } });
check(comp.completion.values.includes("layer.h3"), "section names complete", comp);
const guide = await client.readResource({ uri: "carto-maps://guide" });
check(guide.contents[0].text.includes("publish_map"), "authoring guide resource");

// Bundle
const cols = points.columns.map((c) => c.name);
const bundle = {
  title: "E2E places",
  privacy: "shared",
  tags: ["e2e"],
  datasets: [{ $ref: "places", type: "table", source: points.name, connectionId: connection.id, geoColumn: points.geoColumn,
    columns: cols, format: "tilejson", label: "Places" }],
  keplerMapConfig: { version: "v1", config: {
    mapState: { latitude: 20, longitude: 0, zoom: 1, pitch: 0, bearing: 0 },
    mapStyle: { styleType: "positron" }, basemapConfig: { styleId: "positron" },
    uiState: { commentsVisible: true, controlsPaneOpen: false, descriptionOpen: false, descriptionPreview: false },
    spatialFilter: null,
    visState: { layers: [
      { id: "L1", type: "tileset", config: { dataId: "$ref:places", label: "Places", color: [200, 60, 40], isVisible: true, hidden: false,
        columns: {}, textLabel: [{ field: null, size: 12 }], visConfig: { filled: true, opacity: 0.8, radius: 4 } },
        visualChannels: { colorField: null, colorScale: "quantize" } },
      { id: "L2", type: "tileset", config: { dataId: "$ref:places", label: "Places 2", color: [40, 60, 200], isVisible: true, hidden: false,
        columns: {}, textLabel: [{ field: null, size: 12 }], visConfig: { filled: true, opacity: 0.8, radius: 2 } },
        visualChannels: { colorField: null, colorScale: "quantize" } }],
      filters: [], layerBlending: "normal", splitMaps: [], animationConfig: { currentTime: null, speed: 1 },
      interactionConfig: { tooltip: { enabled: true, compareMode: false, compareType: "absolute" }, brush: { enabled: false, size: 0.5 },
        coordinate: { enabled: false }, geocoder: { enabled: false } } } } },
};

const invalid = structuredClone(bundle);
invalid.keplerMapConfig.config.visState.layers[0].config.dataId = "$ref:nope";
const v1 = await call("validate_bundle", { bundle: invalid });
check(v1.structuredContent.valid === false && v1.structuredContent.errors.some((e) => e.code === "UNRESOLVED_REF"
  && e.path === "/keplerMapConfig/config/visState/layers/0/config/dataId"), "validate_bundle reports UNRESOLVED_REF with its pointer", v1);
const v2 = await call("validate_bundle", { bundle, remote: true });
check(v2.structuredContent.valid === true, "validate_bundle accepts the bundle, remote checks included", v2);
const badCreate = await call("create_map", { bundle: invalid });
check(badCreate.isError && badCreate.structuredContent.error.code === "INVALID_BUNDLE", "create_map refuses an invalid bundle", badCreate);
const badArgs = await call("create_map", { bundle: "not an object" });
check(badArgs.isError, "wrong argument type is a tool error, not a protocol error", badArgs);

const created = await call("create_map", { bundle });
check(!created.isError && created.structuredContent.id, "create_map creates", created);
const id = created.structuredContent.id;
check(created.structuredContent.warnings.some((w) => w.code === "UNPUBLISHED_SHARED_MAP"), "shared map warns it is unpublished", created);
check(created.structuredContent.builderUrl.includes(id), "create_map returns a builder URL");

const got = await call("get_bundle", { map_id: id });
const round = got.structuredContent.bundle;
check(round.datasets.length === 1 && round.datasets[0].id, "get_bundle inlines datasets with ids", got);
check(round.keplerMapConfig.config.visState.layers[0].config.dataId === round.datasets[0].id, "references resolved to dataset ids");

round.title = "E2E places (edited)";
const upd = await call("update_map", { map_id: id, bundle: round });
check(!upd.isError, "get_bundle output pipes back into update_map", upd);
const wipe = await call("update_map", { map_id: id, bundle: { keplerMapConfig: { version: "v1", config: { visState: { layers: [] } } } } });
check(wipe.isError && wipe.structuredContent.error.code === "KEPLER_WIPE", "partial keplerMapConfig is refused", wipe);
const dry = await call("update_map", { map_id: id, bundle: { title: "Dry" }, dry_run: true });
check(dry.structuredContent.plan.includes("set title"), "dry_run returns the plan", dry);
const part = await call("get_bundle", { map_id: id, sections: ["title", "layers"] });
check(part.structuredContent.bundle.title === "E2E places (edited)" && !part.structuredContent.bundle.datasets, "sections narrow get_bundle and dry_run wrote nothing", part);

const shot = await call("screenshot", { map_id: id, width: 640, height: 400 });
const image = (shot.content || []).find((c) => c.type === "image");
check(!shot.isError && image && image.mimeType === "image/png" && image.data.length > 1000,
  "screenshot returns a PNG image block", shot.isError ? shot : shot.structuredContent);
check(shot.structuredContent.path.endsWith(".png") && shot.structuredContent.width === 640, "screenshot saves the file and says where");
const preview = await call("screenshot", { bundle: { ...bundle, title: "Unsaved" }, width: 320, height: 200 });
check(!preview.isError && (preview.content || []).some((c) => c.type === "image"), "screenshot previews an unsaved bundle", preview.isError ? preview : null);
const both = await call("screenshot", { map_id: id, bundle });
check(both.isError, "screenshot refuses map_id together with bundle", both);
const pub = await call("publish_map", { map_id: id });
check(!pub.isError && !pub.structuredContent.warnings?.some((w) => w.code === "UNPUBLISHED_SHARED_MAP"), "publish clears the unpublished warning", pub);

const ds = await call("update_dataset", { map_id: id, dataset_id: round.datasets[0].id, fields: { label: "Renamed" } });
check(!ds.isError, "update_dataset patches one dataset", ds);

const list = await call("list_maps", { search: "E2E", page_size: 5 });
check(list.structuredContent.maps.some((m) => m.id === id), "list_maps finds the map", list);

const copy = await call("copy_map", { map_id: id, dest_profile: "local", title: "E2E copy" });
check(!copy.isError && copy.structuredContent.id !== id, "copy_map duplicates into a profile", copy);

const agents = await call("agents_status", {});
check(agents.structuredContent.enabled === false, "local profile has no agents", agents);

const prompt = await client.getPrompt({ name: "author_map", arguments: { request: "cities by population" } });
check(prompt.messages[0].content.text.includes("cities by population"), "author_map prompt renders");
const pc = await client.complete({ ref: { type: "ref/prompt", name: "promote_map" }, argument: { name: "dest_profile", value: "lo" } });
check(pc.completion.values.includes("local"), "profile names complete", pc);

for (const m of [id, copy.structuredContent.id]) {
  const del = await call("delete_map", { map_id: m });
  check(!del.isError, `delete_map ${m}`);
}
const gone = await call("get_bundle", { map_id: id });
check(gone.isError && gone.structuredContent.error.code === "NOT_FOUND", "deleted map is not found", gone);

if (legacyClient) {
  await client.ping(); // ping is not a method of 2026-07-28
}
await client.close();
if (server) {
  server.proc.kill("SIGTERM");
  const code = await new Promise((resolve) => server.proc.on("exit", (c, sig) => resolve(c ?? sig)));
  check(code === 0 || code === 143 || code === "SIGTERM", "http: the server stops on SIGTERM", code);
  check(!server.stderr().includes(server.key), "http: the key never appears in the server's log");
}
console.log(`${checks} passed, 0 failed`);
