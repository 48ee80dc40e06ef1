// Time from spawn to the `initialize` answer over stdio, round-robin across servers so background load hits each
// alike. Usage: node startup.mjs <rounds> <name>=<command…> [<name>=<command…> …]
// Prints one JSON line per server: median, min, max in ms.
import { spawn } from "node:child_process";

const rounds = Number(process.argv[2]);
const servers = process.argv.slice(3).map((arg) => {
  const i = arg.indexOf("=");
  return { name: arg.slice(0, i), argv: arg.slice(i + 1).split(" ") };
});
const init = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "startup-bench", version: "1" } } }) + "\n";

function once(argv) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const p = spawn(argv[0], argv.slice(1), { stdio: ["pipe", "pipe", "ignore"] });
    let buf = "";
    const timer = setTimeout(() => { p.kill("SIGKILL"); reject(new Error("timeout " + argv.join(" "))); }, 60000);
    p.stdout.on("data", (d) => {
      buf += d;
      if (buf.includes("\n")) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        clearTimeout(timer);
        p.kill("SIGKILL");
        resolve(ms);
      }
    });
    p.stdin.write(init);
  });
}

const times = Object.fromEntries(servers.map((s) => [s.name, []]));
for (let r = 0; r < rounds; r++) {
  for (const s of servers) {
    times[s.name].push(await once(s.argv));
  }
}
for (const s of servers) {
  const t = times[s.name].sort((a, b) => a - b);
  console.log(JSON.stringify({ server: s.name, median: Math.round(t[t.length >> 1]), min: Math.round(t[0]),
    max: Math.round(t[t.length - 1]), rounds }));
}
