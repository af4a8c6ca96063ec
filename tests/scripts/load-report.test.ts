// @vitest-environment node
import { describe, expect, it } from "vitest";
import { comparisonTable, countsByClass, type HeaderCounts, hitRatio, ROUTE_CLASSES, type RunFigures, routeClass } from "../../scripts/load-report.mjs";
import { ROUTES, routeName } from "../../scripts/load-test.mjs";

describe("routeClass", () => {
  it.each([
    ["/api", "api"],
    ["/api/survival?subtype=hr-neg-her2-pos", "api"],
    ["/api/openapi.json", "api"],
    ["/api/her2-status", "api"],
    ["/api/charts/survival.png?size=square", "image"],
    ["/api/charts/treatments.svg", "image"],
    ["/api/cards/data.png", "image"],
    ["/icon.svg", "image"],
    ["/", "page"],
    ["/testing?ihc=2%2B&ratio=2.5", "page"],
    ["/embed/survival", "page"],
    ["/embed.js", "static file"],
    ["/_next/static/chunks/app.js", "static file"],
    // A query that looks like a file name does not make a page a file.
    ["/survival?format=x.png", "page"],
  ])("%s is %s", (path, kind) => {
    expect(routeClass(path)).toBe(kind);
  });

  it("finds every kind among the load test's routes, so each gets a hit ratio", () => {
    const kinds = new Set(ROUTES.map((route) => routeClass(route.path)));
    expect([...kinds].sort()).toEqual([...ROUTE_CLASSES].sort());
  });
});

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("hitRatio", () => {
  it("counts only answers the cache gave without asking the app", () => {
    expect(hitRatio(counts({ HIT: 6, STALE: 1, UPDATING: 1, MISS: 1, REVALIDATED: 1 }))).toEqual({ fromCache: 8, total: 10, ratio: 0.8 });
    expect(hitRatio(counts({ MISS: 3, EXPIRED: 2, BYPASS: 1, none: 4 }))).toEqual({ fromCache: 0, total: 10, ratio: 0 });
  });

  it("has no ratio when nothing was counted", () => {
    expect(hitRatio(new Map()).ratio).toBeNull();
  });
});

describe("countsByClass", () => {
  it("adds each route's counts to its kind and to all routes", () => {
    const perRoute: HeaderCounts = new Map([
      [routeName({ method: "GET", path: "/api/survival" }), counts({ HIT: 5, MISS: 1 })],
      [routeName({ method: "POST", path: "/api/her2-status" }), counts({ none: 2 })],
      [routeName({ method: "GET", path: "/survival" }), counts({ MISS: 4 })],
      [routeName({ method: "GET", path: "/api/cards/data.png" }), counts({ HIT: 3 })],
    ]);
    const byClass = countsByClass(perRoute);
    expect(byClass.get("api")).toEqual(counts({ HIT: 5, MISS: 1, none: 2 }));
    expect(byClass.get("page")).toEqual(counts({ MISS: 4 }));
    expect(byClass.get("image")).toEqual(counts({ HIT: 3 }));
    expect(byClass.get("static file")).toEqual(new Map());
    expect(byClass.get("all")).toEqual(counts({ HIT: 8, MISS: 5, none: 2 }));
  });
});

describe("comparisonTable", () => {
  const run = (overrides: Partial<RunFigures>): RunFigures => ({
    requests: 0,
    perSecond: 0,
    p50: 0,
    p99: 0,
    errors: 0,
    timeouts: 0,
    unexpected: 0,
    headerCounts: new Map(),
    ...overrides,
  });
  const direct = run({ requests: 6000, perSecond: 200.4, p50: 310, p99: 1200, headerCounts: new Map([["GET /api", counts({ none: 6000 })]]) });
  const cached = run({
    requests: 30000,
    perSecond: 999.6,
    p50: 40,
    p99: 250,
    timeouts: 1,
    headerCounts: new Map([
      ["GET /api", counts({ HIT: 2900, MISS: 100 })],
      ["GET /survival", counts({ MISS: 1 })],
    ]),
  });
  const rows = comparisonTable(direct, cached).split("\n");

  it("is a markdown table with the two runs side by side", () => {
    expect(rows[0]).toBe("| | straight to the app | through nginx's cache |");
    expect(rows[1]).toBe("| --- | ---: | ---: |");
    expect(rows).toContain("| requests | 6000 | 30000 |");
    expect(rows).toContain("| throughput, req/s | 200 | 1000 |");
    expect(rows).toContain("| latency p50, ms | 310 | 40 |");
    expect(rows).toContain("| latency p99, ms | 1200 | 250 |");
    expect(rows).toContain("| errors + timeouts | 0 | 1 |");
  });

  it("gives the cache's share per kind of route, with the statuses behind it, and none for the app alone", () => {
    expect(rows).toContain("| answered by the cache: all routes | — | 96.6% (HIT 2900, MISS 101) |");
    expect(rows).toContain("| answered by the cache: api | — | 96.7% (HIT 2900, MISS 100) |");
    expect(rows).toContain("| answered by the cache: page | — | 0.0% (MISS 1) |");
    expect(rows).toContain("| answered by the cache: image | — | — |");
  });
});
