// Time from spawn to the `initialize` answer over stdio (servers), to the `tools/list` answer that follows it
// (servers whose name starts with "list "), or to exit (commands whose name starts with "cli "), round-robin across
// all of them so background load hits each alike.
// Usage: node startup.mjs <rounds> <reference-name> <name>=<command…> [<name>=<command…> …]
// Prints one JSON line per entry: median, min, max in ms and the ratio of medians to the reference.
import { spawn } from "node:child_process";

const rounds = Number(process.argv[2]);
const reference = process.argv[3];
const entries = process.argv.slice(4).map((arg) => {
  const i = arg.indexOf("=");
  return { name: arg.slice(0, i), argv: arg.slice(i + 1).split(" "), cli: arg.startsWith("cli "),
    list: arg.startsWith("list ") };
});
const init = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "startup-bench", version: "1" } } }) + "\n";
const list = JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }) + "\n"
  + JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" }) + "\n";

function once(e) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    const p = spawn(e.argv[0], e.argv.slice(1), { stdio: ["pipe", "pipe", "ignore"] });
    const timer = setTimeout(() => { p.kill("SIGKILL"); reject(new Error("timeout " + e.argv.join(" "))); }, 300000);
    if (e.cli) {
      p.stdout.resume();
      p.on("close", (code) => {
        clearTimeout(timer);
        code === 0 ? resolve(elapsed()) : reject(new Error(`exit ${code}: ${e.argv.join(" ")}`));
      });
      p.stdin.end();
      return;
    }
    let buf = "";
    e.asked = false;
    p.stdout.on("data", (d) => {
      buf += d;
      const lines = buf.split("\n").length - 1;
      if (e.list && lines === 1 && !e.asked) {
        e.asked = true;
        p.stdin.write(list);
      }
      if (lines >= (e.list ? 2 : 1)) {
        const ms = elapsed();
        clearTimeout(timer);
        p.kill("SIGKILL");
        resolve(ms);
      }
    });
    p.stdin.write(init);
  });
}

const times = Object.fromEntries(entries.map((e) => [e.name, []]));
for (let r = 0; r < rounds; r++) {
  for (const e of entries) {
    times[e.name].push(await once(e));
  }
  console.error(`round ${r + 1} of ${rounds} done`);
}
const median = (t) => t[t.length >> 1];
for (const t of Object.values(times)) t.sort((a, b) => a - b);
const ref = median(times[reference]);
for (const e of entries) {
  const t = times[e.name];
  console.log(JSON.stringify({ name: e.name, median: Math.round(median(t)), min: Math.round(t[0]),
    max: Math.round(t[t.length - 1]), ratio: Number((median(t) / ref).toFixed(2)), rounds }));
}
