// A real MCP Apps host around carto-maps-mcp: the official TypeScript client (announcing io.modelcontextprotocol/ui)
// spawns the jar over stdio, creates a map with widgets and takes its screenshot; headless Chromium then plays the
// host with @modelcontextprotocol/ext-apps' AppBridge, loading the tool's ui:// resource in a sandboxed iframe and
// feeding it the tool result. It saves a PNG of what the view drew and checks the map, legend and widgets are there.
// A second client without the extension gets no view payload.
// Usage: node mcp-app-host.mjs <jar> <out.png>     (needs Chromium at /usr/lib/chromium/chromium or $CHROMIUM)
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [jar, out = path.join(os.tmpdir(), 'mcp-app-view.png')] = process.argv.slice(2);
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-app-'));
const UI = 'io.modelcontextprotocol/ui';
const MIME = 'text/html;profile=mcp-app';
const LONG = { timeout: 400000 };
const fail = message => { console.error(`FAIL ${message}`); process.exit(1); };

async function connect(withExtension) {
  const capabilities = withExtension ? { extensions: { [UI]: { mimeTypes: [MIME] } } } : {};
  const client = new Client({ name: 'mcp-app-host', version: '1' }, { capabilities });
  await client.connect(new StdioClientTransport({ command: 'java', args: ['-jar', jar, 'serve'],
    env: { ...process.env, CARTO_MAPS_HOME: home }, stderr: 'ignore' }));
  return client;
}

const bundle = JSON.parse(fs.readFileSync(path.join(here, '..', 'src', 'test', 'resources', 'bundles', 'widgets.json')));
const client = await connect(true);
const tools = (await client.listTools()).tools;
const screenshotTool = tools.find(t => t.name === 'screenshot');
const uri = screenshotTool._meta && screenshotTool._meta.ui && screenshotTool._meta.ui.resourceUri;
if (!uri || !uri.startsWith('ui://')) fail(`screenshot has no _meta.ui.resourceUri: ${JSON.stringify(screenshotTool._meta)}`);
if (tools.filter(t => t._meta && t._meta.ui).length !== 1) fail('exactly one tool links the view');
const created = await client.callTool({ name: 'create_map', arguments: { bundle } }, undefined, LONG);
if (created.isError) fail(`create_map: ${created.content[0].text}`);
const mapId = created.structuredContent.id;
const args = { map_id: mapId, engine: 'full', width: 960, height: 600 };
const result = await client.callTool({ name: 'screenshot', arguments: args }, undefined, LONG);
if (result.isError) fail(`screenshot: ${result.content[0].text}`);
const view = result._meta && result._meta['io.cartomaps/view'];
if (!view || !view.map) fail(`no view payload in the result _meta: ${JSON.stringify(result._meta).slice(0, 300)}`);
const resource = await client.readResource({ uri });
const content = resource.contents[0];
if (content.mimeType !== MIME) fail(`resource mimeType ${content.mimeType}`);
if (content._meta && content._meta.ui && content._meta.ui.csp) fail('the view declares domains; it needs none');
await client.close();

const plain = await connect(false);
const plainResult = await plain.callTool({ name: 'screenshot', arguments: args }, undefined, LONG);
if (plainResult._meta && plainResult._meta['io.cartomaps/view']) fail('a client without the extension got a view');
if (!plainResult.content.some(c => c.type === 'image')) fail('a client without the extension lost the PNG');
await plain.close();

// The host page: AppBridge from ext-apps, bundled for the browser.
const bridge = await build({
  stdin: { contents: `import { AppBridge, PostMessageTransport } from '@modelcontextprotocol/ext-apps/app-bridge';
    window.AppBridge = AppBridge; window.PostMessageTransport = PostMessageTransport;`, resolveDir: here },
  bundle: true, format: 'iife', write: false, platform: 'browser', logLevel: 'error'
});
const hostHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe id="app" sandbox="allow-scripts" style="border:0;width:960px;height:600px"></iframe>
<script src="bridge.js"></script></body></html>`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/lib/chromium/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    '--host-resolver-rules=MAP * ~NOTFOUND'] });
const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
const external = [];
page.on('console', m => { if (m.type() === 'error') console.error(`page: ${m.text()}`); });
await page.route('**/*', route => {
  const url = route.request().url();
  if (url === 'http://host.invalid/') return route.fulfill({ contentType: 'text/html', body: hostHtml });
  if (url === 'http://host.invalid/bridge.js') return route.fulfill({ contentType: 'text/javascript', body: bridge.outputFiles[0].text });
  external.push(url);
  return route.abort();
});
await page.goto('http://host.invalid/');
const started = Date.now();
await page.evaluate(async ({ html, toolResult, toolArgs }) => {
  const iframe = document.getElementById('app');
  const bridge = new window.AppBridge(null, { name: 'harness-host', version: '1' }, { openLinks: {} });
  const initialized = new Promise(resolve => { bridge.oninitialized = resolve; });
  iframe.srcdoc = html;
  await new Promise(resolve => iframe.addEventListener('load', resolve, { once: true }));
  await bridge.connect(new window.PostMessageTransport(iframe.contentWindow, iframe.contentWindow));
  await initialized;
  await bridge.sendToolInput({ arguments: toolArgs });
  await bridge.sendToolResult(toolResult);
}, { html: content.text, toolResult: result, toolArgs: args });
const frame = page.frames().find(f => f !== page.mainFrame());
await frame.waitForFunction(() => window.__shown === true, null, { timeout: 120000 });
await frame.waitForFunction(() => document.querySelector('#map canvas') !== null);
await page.waitForTimeout(1500);
const drawn = await frame.evaluate(() => ({
  canvas: !!document.querySelector('#map canvas'),
  widgets: [...document.querySelectorAll('.w-card .w-title')].map(e => e.textContent),
  formula: (document.querySelector('.widget-formula .w-formula') || {}).textContent,
  legend: !!document.querySelector('.legend'),
  title: (document.querySelector('.overlays .title') || {}).textContent,
  bottomCards: document.querySelectorAll('.widgets-bottom .w-card').length,
  panelWidth: Math.round((document.querySelector('.overlays > .widgets') || { getBoundingClientRect: () => ({ width: -1 }) })
    .getBoundingClientRect().width),
  toggle: (document.getElementById('widgets-toggle') || {}).title
}));
// Pan the map: drag on the canvas and check the picture changes.
const before = await page.screenshot();
await page.mouse.move(300, 300);
await page.mouse.down();
await page.mouse.move(420, 340, { steps: 5 });
await page.mouse.up();
await page.waitForTimeout(1500);
const panned = !before.equals(await page.screenshot());
await page.screenshot({ path: out });
// Fold the widget panel away and back: the map takes the whole view while it is folded.
await frame.click('#widgets-toggle');
const folded = await frame.evaluate(() => ({
  hidden: getComputedStyle(document.querySelector('.overlays > .widgets')).display === 'none',
  label: document.getElementById('widgets-toggle').textContent
}));
await page.screenshot({ path: out.replace(/\.png$/, '-folded.png') });
await frame.click('#widgets-toggle');
const unfolded = await frame.evaluate(() => getComputedStyle(document.querySelector('.overlays > .widgets')).display !== 'none');
await browser.close();
console.log(JSON.stringify({ uri, ms: Date.now() - started, drawn, panned, folded, unfolded, external, png: out }));
if (!drawn.canvas) fail('no map canvas in the view');
if (drawn.widgets.length !== 6) fail(`expected 6 widgets, got ${drawn.widgets}`);
if (!drawn.legend) fail('no legend');
if (drawn.bottomCards !== 0) fail(`${drawn.bottomCards} widgets still cover the bottom of the map`);
if (!(drawn.panelWidth > 0 && drawn.panelWidth <= 300)) fail(`the widget panel is ${drawn.panelWidth}px wide`);
if (drawn.toggle !== 'Hide the widgets') fail(`the panel toggle says ${drawn.toggle}`);
if (!folded.hidden || !/Widgets \(6\)/.test(folded.label)) fail(`folding the panel: ${JSON.stringify(folded)}`);
if (!unfolded) fail('the folded panel did not come back');
if (!panned) fail('dragging did not pan the map');
if (external.length) fail(`the view reached for the network: ${external}`);
console.log('OK');
