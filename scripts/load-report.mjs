// Pure pieces of `npm run load:cdn`'s report: what kind of route a path is, how much of each kind
// the cache answered by itself, and the markdown table that sets the figures through the cache
// beside the figures straight from the app.

export const ROUTE_CLASSES = ["api", "page", "image", "static file"];

/** API answers, pages (embeds are pages too), images (charts, cards, the icon), other static files. */
export function routeClass(path) {
  const pathname = path.split("?")[0];
  if (/^\/api\/(charts|cards)\//.test(pathname) || /\.(png|svg)$/.test(pathname)) return "image";
  if (pathname === "/api" || pathname.startsWith("/api/")) return "api";
  if (/\.[a-z0-9]+$/i.test(pathname)) return "static file";
  return "page";
}

/**
 * nginx's $upstream_cache_status values for an answer the cache gave without asking the app.
 * REVALIDATED is not one: the app was asked (If-None-Match) and answered 304.
 */
const FROM_CACHE = new Set(["HIT", "STALE", "UPDATING"]);

/**
 * Adds up per-route counts of a header's values (keys "METHOD path", as load-test.mjs's run
 * returns them) per route class, and over all routes under "all".
 */
export function countsByClass(headerCounts) {
  const byClass = new Map([["all", new Map()], ...ROUTE_CLASSES.map((name) => [name, new Map()])]);
  for (const [route, counts] of headerCounts) {
    const kind = routeClass(route.slice(route.indexOf(" ") + 1));
    for (const [value, n] of counts) {
      for (const target of [byClass.get("all"), byClass.get(kind)]) target.set(value, (target.get(value) ?? 0) + n);
    }
  }
  return byClass;
}

/** Share of answers the cache gave by itself; null when nothing was counted. */
export function hitRatio(counts) {
  let total = 0;
  let fromCache = 0;
  for (const [value, n] of counts) {
    total += n;
    if (FROM_CACHE.has(value)) fromCache += n;
  }
  return { fromCache, total, ratio: total === 0 ? null : fromCache / total };
}

function cacheCell(counts) {
  const { ratio } = hitRatio(counts);
  // The app sends no X-Cache-Status: straight from it, "none" is all there is.
  if (ratio === null || [...counts.keys()].every((value) => value === "none")) return "—";
  const breakdown = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([value, n]) => `${value} ${n}`)
    .join(", ");
  return `${(ratio * 100).toFixed(1)}% (${breakdown})`;
}

/**
 * The two runs side by side. Each result: requests, perSecond, p50, p99, errors, timeouts,
 * unexpected (routes that answered a wrong status) and headerCounts.
 */
export function comparisonTable(direct, cached, { directLabel = "straight to the app", cachedLabel = "through nginx's cache" } = {}) {
  const both = (format) => `${format(direct)} | ${format(cached)}`;
  const directByClass = countsByClass(direct.headerCounts);
  const cachedByClass = countsByClass(cached.headerCounts);
  return [
    `| | ${directLabel} | ${cachedLabel} |`,
    `| --- | ---: | ---: |`,
    `| requests | ${both((r) => r.requests)} |`,
    `| throughput, req/s | ${both((r) => Math.round(r.perSecond))} |`,
    `| latency p50, ms | ${both((r) => r.p50)} |`,
    `| latency p99, ms | ${both((r) => r.p99)} |`,
    `| errors + timeouts | ${both((r) => r.errors + r.timeouts)} |`,
    `| routes with an unexpected status | ${both((r) => r.unexpected)} |`,
    ...["all", ...ROUTE_CLASSES].map(
      (kind) =>
        `| answered by the cache: ${kind === "all" ? "all routes" : kind} | ${cacheCell(directByClass.get(kind))} | ${cacheCell(cachedByClass.get(kind))} |`,
    ),
  ].join("\n");
}
