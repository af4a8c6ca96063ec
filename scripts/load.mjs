// `npm run load`: a bounded load test on loopback — 100 connections for 60 s in all (warm-up
// included) spread over every route — then checks that every route answered its expected status
// every time, and that the server's memory settles within 20% of before.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CONNECTIONS, createLoad, ROUTES } from "./load-test.mjs";
import { startServer, stopServer, waitForServer } from "./server.mjs";
import { STANDALONE_DIR } from "./standalone-server.mjs";

const PORT = Number(process.env.LOAD_PORT ?? 3161);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 45);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 15);

if (!existsSync(`${STANDALONE_DIR}/server.js`)) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
const server = startServer(PORT);
const load = createLoad(BASE);
let failed = false;
try {
  await waitForServer(`${BASE}/api`);
  await load.ready();
  await load.openConnections();
  // Warm up under the same load first: V8 grows its heap to the working size once, and "before"
  // should be that settled size, so the comparison shows growth during the run (a leak), not start-up.
  const warmup = await load.run(WARMUP_SECONDS);
  await settle();
  const before = rssKb(server.pid);

  const result = await load.run(SECONDS);
  await settle();
  const after = rssKb(server.pid);

  const wrong = load.unexpectedStatuses();
  const transport = warmup.errors + warmup.timeouts + result.errors + result.timeouts;
  const growth = (after - before) / before;
  console.log(
    [
      `Load: ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} keep-alive connections opened beforehand, ${ROUTES.length} routes round-robin on loopback`,
      `requests: ${result.requests} (${Math.round(result.perSecond)} req/s); latency p50 ${result.p50} ms, p99 ${result.p99} ms`,
      `errors: ${result.errors}, timeouts: ${result.timeouts} (warm-up: ${warmup.errors} errors, ${warmup.timeouts} timeouts), 2xx: ${result["2xx"]}, 4xx: ${result["4xx"]} (only the deliberate bad-input route may answer 4xx), 5xx: ${result["5xx"]}`,
      `connections used: ${load.connectionsUsed()} (${CONNECTIONS} opened before the load)`,
      `routes answering an unexpected status (warm-up included): ${wrong.length}`,
      ...wrong.map((line) => `  ${line}`),
      // Whether the tail is one slow route or queueing across all of them.
      `slowest answers after the warm-up: ${[...result.slowestMs]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([route, ms]) => `${route} ${Math.round(ms)} ms`)
        .join("; ")}`,
      `server memory (RSS): before ${(before / 1024).toFixed(1)} MB, after ${(after / 1024).toFixed(1)} MB (${(growth * 100).toFixed(1)}%)`,
    ].join("\n"),
  );
  if (transport > 0) {
    failed = true;
    console.error("FAIL: connection errors or timeouts under load");
  }
  if (wrong.length > 0) {
    failed = true;
    console.error("FAIL: routes answered an unexpected status under load");
  }
  if (growth > 0.2) {
    failed = true;
    console.error("FAIL: memory grew more than 20%");
  }
} finally {
  load.close();
  await stopServer(server);
}
process.exit(failed ? 1 : 0);

/** RSS of the server's whole process group (should it ever fork a worker). */
function rssKb(pgid) {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  return out
    .split("\n")
    .filter(Boolean)
    .reduce((sum, line) => sum + Number(line.trim()), 0);
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 3000));
}
