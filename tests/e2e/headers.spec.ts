// The security headers on every route the site serves: pages, embeds, the 404 page, every API route
// and static files. The route list comes from the code's own registries, and a walk of app/ and
// public/ checks that no route the server can answer is missing from it.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, test } from "@playwright/test";
import { DATASET_NAMES, ENDPOINTS } from "../../lib/api/endpoints";
import { API_ROUTES } from "../../lib/api/routes";
import { CHARTS } from "../../lib/charts/registry";
import { EMBEDDABLE_CHARTS } from "../../lib/embed";
import { EXPORT_FORMATS } from "../../lib/export/charts";
import { cardName, PAGE_TEXT, type PagePath } from "../../lib/pages";
import { PAGES } from "../../scripts/pages.mjs";
import { expectSecurityHeaders, type Framing } from "./security-headers";

interface CheckedRoute {
  url: string;
  status: number;
}

const LISTED: CheckedRoute[] = [
  ...PAGES.map((url) => ({ url, status: 200 })),
  // The presenter's second window (its own axe and behaviour checks are in slides-fit.spec.ts).
  { url: "/present/notes", status: 200 },
  ...Object.keys(EMBEDDABLE_CHARTS).map((chart) => ({ url: `/embed/${chart}`, status: 200 })),
  { url: "/no-such-page", status: 404 },
  { url: "/embed/no-such-chart", status: 404 },
  { url: "/api/no-such-route", status: 404 },
  { url: "/api/survival/no-such-route", status: 404 },
  // Percent escapes that do not decode: answered by proxy.ts before Next's routing would give a bare 500.
  { url: "/api/charts/%ZZ.png", status: 400 },
  { url: "/api/survival%ZZ", status: 400 },
  { url: "/embed/%ZZ", status: 404 },
  ...["/api", "/api/openapi.json", ...DATASET_NAMES.map((name) => ENDPOINTS[name].path)].map((url) => ({ url, status: 200 })),
  // Each documented route's own example, which answers 200 (a 400 would still carry headers, but would hide a broken route).
  ...API_ROUTES.map((route) => ({ url: route.example, status: 200 })),
  ...Object.keys(CHARTS).flatMap((chart) => EXPORT_FORMATS.map((format) => ({ url: `/api/charts/${chart}.${format}`, status: 200 }))),
  ...(Object.keys(PAGE_TEXT) as PagePath[]).map((page) => ({ url: `/api/cards/${cardName(page)}.png`, status: 200 })),
  { url: "/icon.svg", status: 200 },
  { url: "/embed.js", status: 200 },
];
/** Each URL once (a documented route's example can be one of the chart images listed above). */
const ROUTES = LISTED.filter((route, index) => LISTED.findIndex((other) => other.url === route.url) === index);

function framingFor(url: string): Framing {
  return new URL(url, "http://x").pathname.startsWith("/embed/") ? "*" : "'self'";
}

for (const { url, status } of ROUTES) {
  test(`${url} answers ${status} with the security headers`, async ({ request }) => {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    // The API answers in JSON even for a path it does not have.
    if (url.startsWith("/api/") && !url.startsWith("/api/charts/") && !url.startsWith("/api/cards/"))
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expectSecurityHeaders(response, framingFor(url));
    // Every GET answer is a function of its URL and the data release: a CDN may keep it (issue 16).
    if (status === 200) expect(response.headers()["cache-control"], "shared-cacheable").toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
    // An error is never kept for everyone: a chart added later, or a repaired link, would stay a 404.
    else expect(response.headers()["cache-control"] ?? "", "not shared-cacheable").not.toMatch(/public/);
  });
}

test("a page or embed asked for by Next's router (an RSC header) is not marked for a shared cache, whatever it answers", async ({ request }) => {
  for (const path of ["/survival", "/embed/survival", "/"]) {
    for (const headers of [{ RSC: "1" }, { RSC: "1", "Next-Router-Prefetch": "1" }] as Record<string, string>[]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.headers()["cache-control"] ?? "", `${path} ${JSON.stringify(headers)}`).not.toMatch(/public/);
    }
  }
});

test("/favicon.ico, which browsers ask for on their own (Chromium during a client navigation), leads to the icon, not a 404", async ({ request }) => {
  const response = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/icon.svg");
});

test("Next's own static chunks carry the security headers", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk, "a script chunk on the home page").toBeTruthy();
  const response = await request.get(chunk!);
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response, "'self'");
});

/** Every route the server can answer, as a pattern over paths, read from app/ and public/. */
function servedRoutePatterns(): { file: string; pattern: RegExp }[] {
  const root = join(__dirname, "..", "..");
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
  const toPattern = (segments: string[]) => {
    const path = segments
      .filter((segment) => !/^\(.*\)$/.test(segment)) // route groups do not appear in URLs
      .map((segment) => {
        if (/^\[\[\.\.\..+\]\]$/.test(segment)) return ".*";
        if (/^\[\.\.\..+\]$/.test(segment)) return ".+";
        if (/^\[.+\]$/.test(segment)) return "[^/]+";
        return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    return new RegExp(`^/${path}$`);
  };
  const app = files("app").flatMap((file) => {
    const segments = relative("app", file).split(sep);
    const name = segments.pop()!;
    if (/^(page|route)\.tsx?$/.test(name)) return [{ file, pattern: toPattern(segments) }];
    // Metadata files (icon.svg, robots.txt…) are served at their own name.
    if (/^(icon|apple-icon|favicon|opengraph-image|twitter-image|robots|sitemap|manifest)\./.test(name))
      return [{ file, pattern: toPattern([...segments, name]) }];
    return [];
  });
  const publicFiles = files("public").map((file) => ({ file, pattern: toPattern(relative("public", file).split(sep)) }));
  return [...app, ...publicFiles];
}

test("the route list covers every page, route handler and static file the app defines", () => {
  const checked = ROUTES.map(({ url }) => new URL(url, "http://x").pathname);
  const missing = servedRoutePatterns()
    .filter(({ pattern }) => !checked.some((path) => pattern.test(path)))
    .map(({ file }) => file);
  expect(missing).toEqual([]);
});
