// `npm run load`: a bounded load test on loopback — 100 connections for 60 s spread over every
// route — then checks zero errors and that the server's memory settles within 20% of before.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon from "autocannon";
import { startServer, stopServer, waitForServer } from "./server.mjs";

const PORT = Number(process.env.LOAD_PORT ?? 3161);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 15);
const ROUTES = [
  "/api",
  "/api/openapi.json",
  "/api/subtypes",
  "/api/prevalence?by=race",
  "/api/survival?subtype=hr-neg-her2-pos,hr-neg-her2-neg",
  "/api/survival?format=csv",
  "/api/therapies?population=her2-low",
  "/api/her2-status?ihc=2%2B&ratio=2.4&copies=4.4",
  "/api/survival?stage=bogus",
  "/api/oembed?url=/survival",
  "/api/charts/survival.png?size=square",
  "/api/charts/treatments.svg",
  "/api/cards/data.png",
  "/",
  "/survival",
  "/prevalence",
  "/subtypes",
  "/testing?ihc=2%2B&ratio=2.5&copies=5.1",
  "/treatments",
  "/data",
  "/present",
  "/embed/survival",
];

if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
const server = startServer(PORT);
let failed = false;
try {
  await waitForServer(`${BASE}/api`);
  // Warm up under the same load first: V8 grows its heap to the working size once, and "before"
  // should be that settled size, so the comparison shows growth during the run (a leak), not start-up.
  await run(WARMUP_SECONDS);
  await settle();
  const before = rssKb(server.pid);

  const result = await run(SECONDS);
  await settle();
  const after = rssKb(server.pid);

  // The one 400 route is expected: bad input must be answered, not counted as a failure.
  const unexpected = result.errors + result.timeouts + (result["5xx"] ?? 0);
  const growth = (after - before) / before;
  console.log(
    [
      `Load: ${SECONDS} s (after ${WARMUP_SECONDS} s warm-up), 100 connections, ${ROUTES.length} routes round-robin on loopback`,
      `requests: ${result.requests.total} (${Math.round(result.requests.average)} req/s); latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
      `errors: ${result.errors}, timeouts: ${result.timeouts}, 5xx: ${result["5xx"] ?? 0}, 4xx: ${result["4xx"] ?? 0} (from the deliberate bad-input route)`,
      `server memory (RSS): before ${(before / 1024).toFixed(1)} MB, after ${(after / 1024).toFixed(1)} MB (${(growth * 100).toFixed(1)}%)`,
    ].join("\n"),
  );
  if (unexpected > 0) (failed = true), console.error("FAIL: errors under load");
  if (growth > 0.2) (failed = true), console.error("FAIL: memory grew more than 20%");
} finally {
  stopServer(server);
}
process.exit(failed ? 1 : 0);

function run(seconds) {
  return autocannon({ url: BASE, connections: 100, duration: seconds, requests: ROUTES.map((path) => ({ method: "GET", path })) });
}

/** RSS of the server's whole process group (next start may fork a worker). */
function rssKb(pgid) {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  return out.split("\n").filter(Boolean).reduce((sum, line) => sum + Number(line.trim()), 0);
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 3000));
}
