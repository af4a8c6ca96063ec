// `npm run load`: a bounded load test on loopback — 100 connections for 60 s in all (warm-up
// included) spread over every route — then checks that every route answered its expected status
// every time, and that the server's memory settles within 20% of before.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import { startServer, stopServer, waitForServer } from "./server.mjs";

const PORT = Number(process.env.LOAD_PORT ?? 3161);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 45);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 15);
const CONNECTIONS = 100;
/** How long one answer may take before it counts as a timeout (autocannon's default). */
const TIMEOUT_MS = 10_000;
/**
 * The 100 connections, opened once before any load and kept for the whole test, as a load
 * balancer's keep-alive pool holds them (design.md §8). Opening them into a server already at full
 * load would measure something else: Node 20 accepts few new connections per event-loop turn while
 * it is busy (nodejs/node#57364), so the last of 100 new connections waits seconds in the kernel's
 * accept queue before the server reads its first request.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS, scheduling: "fifo" });
/** Every socket the test used: more than CONNECTIONS means the server closed some and new ones were opened mid-load. */
const socketsUsed = new Set();
/** A small batch, as a page's "classify many" would send. */
const BATCH = JSON.stringify([{ ihc: "3+" }, { ihc: "2+", ratio: 2.4, copies: 4.4 }, { ihc: "0", ultralow: true }, { ihc: 1 }]);
/** Every route with the status it must answer: a route that 404s or 400s by mistake fails the run. */
const ROUTES = [
  ...[
    "/api",
    "/api/openapi.json",
    "/api/subtypes",
    "/api/prevalence?by=race",
    "/api/survival?subtype=hr-neg-her2-pos,hr-neg-her2-neg",
    "/api/survival?format=csv",
    "/api/therapies?population=her2-low",
    "/api/her2-status?ihc=2%2B&ratio=2.4&copies=4.4",
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
    "/embed/compare",
    "/embed/prevalence",
    "/embed/subtypes",
    "/embed/testing",
    "/icon.svg",
    "/embed.js",
  ].map((path) => ({ method: "GET", path, expected: 200 })),
  { method: "POST", path: "/api/her2-status", headers: { "content-type": "application/json" }, body: BATCH, expected: 200 },
  // The one deliberate bad input: it must be answered with a 400, so it counts as expected.
  { method: "GET", path: "/api/survival?stage=bogus", expected: 400 },
];

/** Per route: how many answers had each status, and how slow its slowest answer was. */
const statuses = new Map(ROUTES.map((route) => [`${route.method} ${route.path}`, new Map()]));
const slowestMs = new Map(ROUTES.map((route) => [`${route.method} ${route.path}`, 0]));

if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
const server = startServer(PORT);
let failed = false;
try {
  await waitForServer(`${BASE}/api`);
  // Ready first, as a deploy's readiness check would: each route once, so the load does not start on
  // routes whose code has not been loaded yet (100 cold first requests at once queue for seconds).
  for (const { method, path, headers, body } of ROUTES) await fetch(`${BASE}${path}`, { method, headers, body });
  await openConnections();
  // Warm up under the same load first: V8 grows its heap to the working size once, and "before"
  // should be that settled size, so the comparison shows growth during the run (a leak), not start-up.
  const warmup = await run(WARMUP_SECONDS);
  await settle();
  const before = rssKb(server.pid);

  for (const route of slowestMs.keys()) slowestMs.set(route, 0);
  const result = await run(SECONDS);
  await settle();
  const after = rssKb(server.pid);

  const wrong = ROUTES.flatMap(({ method, path, expected }) => {
    const counts = statuses.get(`${method} ${path}`);
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const others = [...counts].filter(([status]) => status !== expected).map(([status, n]) => `${n}× ${status}`);
    if (total === 0) return [`${method} ${path}: never answered`];
    return others.length > 0 ? [`${method} ${path}: expected ${expected}, got ${others.join(", ")}`] : [];
  });
  const transport = warmup.errors + warmup.timeouts + result.errors + result.timeouts;
  const growth = (after - before) / before;
  console.log(
    [
      `Load: ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} keep-alive connections opened beforehand, ${ROUTES.length} routes round-robin on loopback`,
      `requests: ${result.requests} (${Math.round(result.perSecond)} req/s); latency p50 ${result.p50} ms, p99 ${result.p99} ms`,
      `errors: ${result.errors}, timeouts: ${result.timeouts} (warm-up: ${warmup.errors} errors, ${warmup.timeouts} timeouts), 2xx: ${result["2xx"]}, 4xx: ${result["4xx"]} (only the deliberate bad-input route may answer 4xx), 5xx: ${result["5xx"]}`,
      `connections used: ${socketsUsed.size} (${CONNECTIONS} opened before the load)`,
      `routes answering an unexpected status (warm-up included): ${wrong.length}`,
      ...wrong.map((line) => `  ${line}`),
      // Whether the tail is one slow route or queueing across all of them.
      `slowest answers after the warm-up: ${[...slowestMs].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([route, ms]) => `${route} ${Math.round(ms)} ms`).join("; ")}`,
      `server memory (RSS): before ${(before / 1024).toFixed(1)} MB, after ${(after / 1024).toFixed(1)} MB (${(growth * 100).toFixed(1)}%)`,
    ].join("\n"),
  );
  if (transport > 0) (failed = true), console.error("FAIL: connection errors or timeouts under load");
  if (wrong.length > 0) (failed = true), console.error("FAIL: routes answered an unexpected status under load");
  if (growth > 0.2) (failed = true), console.error("FAIL: memory grew more than 20%");
} finally {
  await stopServer(server);
}
process.exit(failed ? 1 : 0);

async function openConnections() {
  await Promise.all(Array.from({ length: CONNECTIONS }, () => send({ method: "GET", path: "/icon.svg" })));
  const open = Object.values(agent.freeSockets).reduce((sum, sockets) => sum + sockets.length, 0);
  if (open < CONNECTIONS) throw new Error(`only ${open} of ${CONNECTIONS} connections opened`);
}

/** One request on the pool: its status, or "error" / "timeout" when no answer came. */
function send({ method, path, headers = {}, body }) {
  return new Promise((resolve) => {
    const request = http.request({ host: "127.0.0.1", port: PORT, method, path, agent, headers: body ? { ...headers, "content-length": Buffer.byteLength(body) } : headers });
    const timer = setTimeout(() => {
      resolve("timeout");
      request.destroy();
    }, TIMEOUT_MS);
    request.on("socket", (socket) => socketsUsed.add(socket));
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => (clearTimeout(timer), resolve(response.statusCode)));
    });
    request.on("error", () => (clearTimeout(timer), resolve("error")));
    request.end(body);
  });
}

/**
 * Every connection sends its next request as soon as its last is answered, for `seconds`. The
 * routes are one shared round-robin, so every route gets its share however slow the others are.
 */
async function run(seconds) {
  const until = performance.now() + seconds * 1000;
  const latencies = [];
  const totals = { requests: 0, errors: 0, timeouts: 0, "2xx": 0, "4xx": 0, "5xx": 0 };
  let next = 0;
  async function connection() {
    while (performance.now() < until) {
      const route = ROUTES[next++ % ROUTES.length];
      const name = `${route.method} ${route.path}`;
      const sentAt = performance.now();
      const status = await send(route);
      const ms = performance.now() - sentAt;
      totals.requests++;
      if (status === "error") totals.errors++;
      else if (status === "timeout") totals.timeouts++;
      else {
        latencies.push(ms);
        const statusClass = `${Math.floor(status / 100)}xx`;
        totals[statusClass] = (totals[statusClass] ?? 0) + 1;
      }
      const counts = statuses.get(name);
      counts.set(status, (counts.get(status) ?? 0) + 1);
      slowestMs.set(name, Math.max(slowestMs.get(name), ms));
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  latencies.sort((a, b) => a - b);
  const percentile = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? 0);
  return { ...totals, perSecond: totals.requests / seconds, p50: percentile(50), p99: percentile(99) };
}

/** RSS of the server's whole process group (next start may fork a worker). */
function rssKb(pgid) {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  return out.split("\n").filter(Boolean).reduce((sum, line) => sum + Number(line.trim()), 0);
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 3000));
}
