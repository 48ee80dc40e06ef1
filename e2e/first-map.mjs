// End-to-end: an agent's first map, replayed through the official TypeScript SDK client over stdio.
// Request: "the world's most populous cities as points sized by population, dark basemap, a widget with the total
// population, published for my team", then "add an H3 layer", then "copy the map".
// The agent reads the instructions, the guide and one example, explores the data, authors, validates, creates,
// adds a layer by round trip and copies. Prints the characters read before the first valid bundle.
// Usage: node first-map.mjs <path-to-jar>   (exit code 0 when every check passed)
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const jar = process.argv[2];
if (!jar) {
  console.error("usage: node first-map.mjs <jar>");
  process.exit(2);
}
const home = mkdtempSync(join(tmpdir(), "carto-maps-first-"));
const env = { ...process.env, CARTO_MAPS_HOME: home, CARTO_CREDENTIALS_FILE: join(home, "none.json") };
let checks = 0;
function check(cond, what, detail) {
  if (!cond) {
    console.error(`FAIL: ${what}${detail ? "\n" + JSON.stringify(detail, null, 1).slice(0, 3000) : ""}`);
    console.log(`${checks} passed, 1 failed`);
    process.exit(1);
  }
  checks++;
  console.log(`ok ${checks} - ${what}`);
}

const client = new Client({ name: "e2e-first-map", version: "1.0.0" });
await client.connect(new StdioClientTransport({ command: "java", args: ["-jar", jar, "serve"], env, stderr: "pipe" }));
const call = async (name, args) => client.callTool({ name, arguments: args });
let read = 0; // characters of instructions, guide, schema sections and examples read before the first valid bundle
const readResource = async (uri) => {
  const text = (await client.readResource({ uri })).contents[0].text;
  read += text.length;
  return text;
};

// 1. What the server says, the guide, one example
read += (client.getInstructions() || "").length;
const guide = await readResource("carto-maps://guide");
check(guide.includes("carto-maps://example/points"), "the guide points to the example bundles");
const { resources } = await client.listResources();
check(["points", "h3", "choropleth"].every((n) => resources.some((r) => r.uri === `carto-maps://example/${n}`)),
  "example bundles are listed as resources", resources.map((r) => r.uri));
const example = JSON.parse(await readResource("carto-maps://example/points"));

let unknown = null;
try {
  await client.readResource({ uri: "carto-maps://schema/nope" });
} catch (e) {
  unknown = e;
}
check(unknown && unknown.code === -32002 && String(unknown.message).includes("layer.h3"),
  "an unknown resource is -32002 (resource not found) naming the valid ones", unknown && { code: unknown.code, message: unknown.message });

// 2. Know the data: statistics and sample rows
const places = await call("explore_data", { table: "samples.places" });
const stats = places.structuredContent.stats;
const population = stats.columns.find((c) => c.name === "population");
check(population && population.max > population.min && population.mean > 0 && population.nulls === 0,
  "explore_data gives population statistics", population);
check(stats.sample.length > 0 && stats.sample[0].name, "explore_data gives sample rows", stats.sample);
check(stats.columns.find((c) => c.name === "country").top.length > 0, "explore_data gives top values of text");
const cutoff = 1_000_000; // population well above the mean and below the max: "most populous"
check(cutoff > population.mean && cutoff < population.max, "the cut-off is chosen from the statistics", population);
const query = `SELECT name, country, population, geom FROM samples.places WHERE population >= ${cutoff}`;
const q = await call("explore_data", { sql: query });
check(!q.isError && q.structuredContent.stats.rowCount > 50, "explore_data profiles the query", q.structuredContent);

// 3. Author from the example, first with the mistakes of the report: columns that do not exist
const bundle = structuredClone(example);
bundle.title = "Most populous cities";
bundle.privacy = { privacy: "shared", sharingScope: "organization" };
bundle.datasets[0].source = query;
const layer = bundle.keplerMapConfig.config.visState.layers[0];
layer.visualChannels.radiusField = { name: "pop", type: "integer" };
bundle.keplerMapConfig.config.widgets[0].column = "total_pop";
const bad = await call("validate_bundle", { bundle, remote: true });
const errs = bad.structuredContent.errors;
const at = (p) => errs.find((f) => f.path === p && f.code === "FIELD_NOT_IN_SOURCE");
const sizeErr = at("/keplerMapConfig/config/visState/layers/0/visualChannels/radiusField/name");
const widgetErr = at("/keplerMapConfig/config/widgets/0/column");
check(sizeErr && sizeErr.suggestion.includes("'population'"), "a size field the source lacks is an error naming the nearest column", errs);
check(widgetErr && widgetErr.suggestion.includes("population"), "a widget column the source lacks is an error", errs);
check(!bad.structuredContent.warnings.some((w) => w.code === "DATASET_COLUMN_MISSING"),
  "no false hint to add a missing column to columns", bad.structuredContent.warnings);
const before = (await call("list_maps", {})).structuredContent.maps.length;
const refused = await call("create_map", { bundle });
check(refused.isError, "create_map refuses the broken bundle", refused.structuredContent);
check((await call("list_maps", {})).structuredContent.maps.length === before, "and leaves no map behind");

// 4. Fixed: valid and warning-free, nothing pasted by hand
layer.visualChannels.radiusField.name = "population";
bundle.keplerMapConfig.config.widgets[0].column = "population";
const ok = await call("validate_bundle", { bundle, remote: true });
check(ok.structuredContent.valid && ok.structuredContent.warnings.length === 0, "the bundle is valid and warning-free",
  ok.structuredContent);
console.log(`reading: ${read} characters before the first valid bundle`);
check(read <= 15_000, `at most 15,000 characters read before the first valid bundle (${read})`);
const created = await call("create_map", { bundle, publish: true });
check(!created.isError && created.structuredContent.published === true, "create_map creates and publishes",
  created.structuredContent);
const plan = created.structuredContent.plan;
for (const fill of ["config.uiState", "visState.animationConfig", "visState.interactionConfig", "visState.layerOrder",
  "visConfig.colorRange = CARTO palette SunsetDark"]) {
  check(plan.some((p) => p.includes(fill)), `the plan lists the fill: ${fill}`, plan);
}
// "Published for my team" in the local workspace: the one warning says it stays on this machine and how to share it.
const warnings = (created.structuredContent.warnings || []).map((w) => w.code);
check(warnings.length === 1 && warnings[0] === "LOCAL_ONLY_SHARING",
  "the only warning after create says local sharing stays on this machine", created.structuredContent.warnings);
const id = created.structuredContent.id;
const stored = (await call("get_bundle", { map_id: id })).structuredContent.bundle;
const cfg = stored.keplerMapConfig.config;
check(cfg.uiState && Object.keys(cfg.uiState).length === 4, "the stored map has uiState", cfg.uiState);
check(cfg.visState.layerBlending === "normal" && cfg.visState.animationConfig && cfg.visState.interactionConfig,
  "the stored map has visState boilerplate");
check(cfg.visState.layers[0].config.visConfig.colorRange.colors.length === 6, "palette colours written from the name");
check(cfg.mapState && typeof cfg.mapState.latitude === "number", "the stored map has a viewport");
const storedCheck = await call("validate_bundle", { bundle: stored, remote: true });
check(storedCheck.structuredContent.valid && storedCheck.structuredContent.warnings.length === 0,
  "the stored map validates warning-free", storedCheck.structuredContent);

// 5. Add an H3 layer by round trip: layerOrder is left as it was
const h3 = JSON.parse(await readResource("carto-maps://example/h3"));
const round = structuredClone(stored);
delete round.id;
round.datasets.push(h3.datasets[0]);
round.keplerMapConfig.config.visState.layers.push(h3.keplerMapConfig.config.visState.layers[0]);
const staleCheck = await call("validate_bundle", { bundle: round });
check(staleCheck.structuredContent.warnings.some((w) => w.code === "LAYER_ORDER_STALE"), "validate warns of the stale layerOrder",
  staleCheck.structuredContent);
const upd = await call("update_map", { map_id: id, bundle: round, publish: true });
check(!upd.isError && upd.structuredContent.plan.some((p) => p.includes("layerOrder: added [cells]")),
  "update_map completes layerOrder and says so", upd.structuredContent);
const after = (await call("get_bundle", { map_id: id })).structuredContent.bundle;
check(after.keplerMapConfig.config.visState.layerOrder.length === 2, "the stored layerOrder names both layers",
  after.keplerMapConfig.config.visState.layerOrder);

// 6. Copy
const copy = await call("copy_map", { map_id: id, dest_profile: "local", title: "Most populous cities (copy)" });
check(!copy.isError && copy.structuredContent.id !== id, "copy_map copies the map", copy);
const copied = (await call("get_bundle", { map_id: copy.structuredContent.id })).structuredContent.bundle;
check(copied.keplerMapConfig.config.visState.layers.length === 2 && copied.datasets.length === 2,
  "the copy has both layers and datasets");
const copyCheck = await call("validate_bundle", { bundle: copied, remote: true });
check(copyCheck.structuredContent.valid && copyCheck.structuredContent.warnings.length === 0,
  "the copy validates warning-free", copyCheck.structuredContent);

await client.close();
console.log(`${checks} passed, 0 failed`);
process.exit(0);
