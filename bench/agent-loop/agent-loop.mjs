// What an agent feels: spawn the server, explore, validate, create, then screenshot (twice), with short pauses as an
// agent takes between calls, through the official TypeScript client. Prints each call's latency and the whole loop.
// Usage: node bench/agent-loop/agent-loop.mjs <jar> [runs] [pause-ms]      (run from the repository root)
import { Client } from '../../e2e/node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js';
import { StdioClientTransport } from '../../e2e/node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [jar, runs = '3', pauseMs = '2000'] = process.argv.slice(2);
const LONG = { timeout: 600000 };
const sleep = ms => new Promise(r => setTimeout(r, ms));
// The sample bundle (places over countries) without the country outlines: 9,062 points on a world map.
const bundle = JSON.parse(fs.readFileSync('src/test/resources/bundles/samples.json', 'utf8'));
bundle.datasets = bundle.datasets.filter(d => d.$ref === 'places');
const config = bundle.keplerMapConfig.config;
config.visState.layers = config.visState.layers.filter(l => l.id === 'L_places');
config.visState.layerOrder = ['L_places'];
delete config.filters['$ref:countries'];
config.widgets = config.widgets.filter(w => w.dataSource === '$ref:places');

// With AGENT_LOOP_STDERR set, each call's start and end go to stderr with wall-clock times, to line up with the
// server's own (debug) log lines.
const trace = process.env.AGENT_LOOP_STDERR ? (label, what) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 23)} client ${label} ${what}\n`) : () => {};

async function timed(label, times, fn) {
  const t = performance.now();
  trace(label, 'sent');
  const r = await fn();
  trace(label, 'answered');
  times[label] = Math.round(performance.now() - t);
  if (r && r.isError) throw new Error(`${label}: ${r.content[0].text}`);
  return r;
}

async function loop(home) {
  const times = {};
  const start = performance.now();
  const client = new Client({ name: 'agent-loop', version: '1' });
  await timed('connect', times, () => client.connect(new StdioClientTransport({ command: 'java',
    args: ['-jar', jar, 'serve'], env: { ...process.env, CARTO_MAPS_HOME: home }, stderr: process.env.AGENT_LOOP_STDERR ? 'inherit' : 'ignore' })));
  await sleep(+pauseMs);
  await timed('explore_data', times, () => client.callTool({ name: 'explore_data',
    arguments: { connection: 'local', table: 'samples.places' } }, undefined, LONG));
  await sleep(+pauseMs);
  await timed('validate_bundle', times, () => client.callTool({ name: 'validate_bundle', arguments: { bundle } },
    undefined, LONG));
  await sleep(+pauseMs);
  const created = await timed('create_map', times, () => client.callTool({ name: 'create_map', arguments: { bundle } },
    undefined, LONG));
  await sleep(+pauseMs);
  const args = { map_id: created.structuredContent.id, width: 1024, height: 640 };
  await timed('screenshot_first', times, () => client.callTool({ name: 'screenshot', arguments: args }, undefined, LONG));
  await sleep(+pauseMs);
  await timed('screenshot_second', times, () => client.callTool({ name: 'screenshot', arguments: args }, undefined, LONG));
  times.loop = Math.round(performance.now() - start);
  await client.close();
  return times;
}

// The sample database is built once per home (tens of seconds); like a returning user, every run reuses one home.
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-loop-'));
await loop(home);
for (let i = 0; i < +runs; i++) {
  console.log(JSON.stringify({ jar: path.basename(path.dirname(path.dirname(path.resolve(jar)))), ...(await loop(home)) }));
}
fs.rmSync(home, { recursive: true, force: true });
