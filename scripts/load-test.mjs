// The load test behind `npm run load` and `npm run load:cdn`, aimed at any base URL (the app itself,
// or a cache in front of it): 100 keep-alive connections opened before any load, then each sends
// its next request as soon as its last is answered, round-robin over every route.
import http from "node:http";

export const CONNECTIONS = 100;
/** How long one answer may take before it counts as a timeout (autocannon's default). */
export const TIMEOUT_MS = 10_000;
/** A small batch, as a page's "classify many" would send. */
const BATCH = JSON.stringify([{ ihc: "3+" }, { ihc: "2+", ratio: 2.4, copies: 4.4 }, { ihc: "0", ultralow: true }, { ihc: 1 }]);
/** Every route with the status it must answer: a route that 404s or 400s by mistake fails the run. */
export const ROUTES = [
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

export function routeName(route) {
  return `${route.method} ${route.path}`;
}

/**
 * A load test against `base`. `header` names a response header to count per route (e.g. the
 * cache's X-Cache-Status); answers without it count under "none".
 */
export function createLoad(base, { header } = {}) {
  const { hostname, port } = new URL(base);
  /**
   * The connections, opened once before any load and kept for the whole test, as a load
   * balancer's keep-alive pool holds them (design.md §8). Opening them into a server already at full
   * load would measure something else: Node 20 accepts few new connections per event-loop turn while
   * it is busy (nodejs/node#57364), so the last of 100 new connections waits seconds in the kernel's
   * accept queue before the server reads its first request.
   */
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS, scheduling: "fifo" });
  /** Every socket the test used: more than CONNECTIONS means the server closed some and new ones were opened mid-load. */
  const socketsUsed = new Set();
  /** Per route, over every run: how many answers had each status. */
  const statuses = new Map(ROUTES.map((route) => [routeName(route), new Map()]));

  /** One request on the pool: its status and the counted header, or "error" / "timeout" when no answer came. */
  function send({ method, path, headers = {}, body }) {
    return new Promise((resolve) => {
      const request = http.request({
        host: hostname,
        port,
        method,
        path,
        agent,
        headers: body ? { ...headers, "content-length": Buffer.byteLength(body) } : headers,
      });
      const timer = setTimeout(() => {
        resolve({ status: "timeout" });
        request.destroy();
      }, TIMEOUT_MS);
      request.on("socket", (socket) => socketsUsed.add(socket));
      request.on("response", (response) => {
        response.resume();
        const counted = header ? String(response.headers[header.toLowerCase()] ?? "none") : undefined;
        response.on("end", () => {
          clearTimeout(timer);
          resolve({ status: response.statusCode, counted });
        });
      });
      request.on("error", () => {
        clearTimeout(timer);
        resolve({ status: "error" });
      });
      request.end(body);
    });
  }

  return {
    /**
     * Each route once, as a deploy's readiness check would, so the load does not start on routes
     * whose code has not been loaded yet (100 cold first requests at once queue for seconds).
     */
    async ready() {
      for (const { method, path, headers, body } of ROUTES) await fetch(`${base}${path}`, { method, headers, body });
    },

    async openConnections() {
      await Promise.all(Array.from({ length: CONNECTIONS }, () => send({ method: "GET", path: "/icon.svg" })));
      const open = Object.values(agent.freeSockets).reduce((sum, sockets) => sum + sockets.length, 0);
      if (open < CONNECTIONS) throw new Error(`only ${open} of ${CONNECTIONS} connections to ${base} opened`);
    },

    /**
     * Every connection sends its next request as soon as its last is answered, for `seconds`. The
     * routes are one shared round-robin, so every route gets its share however slow the others are.
     */
    async run(seconds) {
      const until = performance.now() + seconds * 1000;
      const latencies = [];
      const totals = { requests: 0, errors: 0, timeouts: 0, "2xx": 0, "4xx": 0, "5xx": 0 };
      /** Per route, in this run: its slowest answer, and how often each value of the counted header came. */
      const slowestMs = new Map(ROUTES.map((route) => [routeName(route), 0]));
      const headerCounts = new Map(ROUTES.map((route) => [routeName(route), new Map()]));
      let next = 0;
      async function connection() {
        while (performance.now() < until) {
          const route = ROUTES[next++ % ROUTES.length];
          const name = routeName(route);
          const sentAt = performance.now();
          const { status, counted } = await send(route);
          const ms = performance.now() - sentAt;
          totals.requests++;
          if (status === "error") totals.errors++;
          else if (status === "timeout") totals.timeouts++;
          else {
            latencies.push(ms);
            const statusClass = `${Math.floor(status / 100)}xx`;
            totals[statusClass] = (totals[statusClass] ?? 0) + 1;
          }
          increment(statuses.get(name), status);
          if (counted !== undefined) increment(headerCounts.get(name), counted);
          slowestMs.set(name, Math.max(slowestMs.get(name), ms));
        }
      }
      await Promise.all(Array.from({ length: CONNECTIONS }, connection));
      latencies.sort((a, b) => a - b);
      const percentile = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? 0);
      return { ...totals, perSecond: totals.requests / seconds, p50: percentile(50), p99: percentile(99), slowestMs, headerCounts };
    },

    /** Routes that answered anything but their expected status in any run, or never answered. */
    unexpectedStatuses() {
      return ROUTES.flatMap(({ method, path, expected }) => {
        const counts = statuses.get(routeName({ method, path }));
        const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
        const others = [...counts].filter(([status]) => status !== expected).map(([status, n]) => `${n}× ${status}`);
        if (total === 0) return [`${method} ${path}: never answered`];
        return others.length > 0 ? [`${method} ${path}: expected ${expected}, got ${others.join(", ")}`] : [];
      });
    },

    connectionsUsed: () => socketsUsed.size,

    close: () => agent.destroy(),
  };
}

function increment(counts, key) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
