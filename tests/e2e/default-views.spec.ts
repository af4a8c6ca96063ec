import { expect, test } from "@playwright/test";
import { DEFAULT_VIEWS } from "../../scripts/pages.mjs";

// The server answers each query-less default view from memory (server/default-views.mjs). "path?" asks
// for the same view but reaches Next, which renders it now: the two answers must be the same resource.
const RESOURCE_HEADERS = [
  "content-type",
  "cache-control",
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "access-control-allow-origin",
];

test("every default view served from memory is the page Next renders, byte for byte, with its headers", async ({ request }) => {
  for (const path of DEFAULT_VIEWS) {
    const [stored, rendered] = await Promise.all([request.get(path), request.get(`${path}?`)]);
    expect(stored.status(), path).toBe(200);
    expect(rendered.status(), path).toBe(200);
    expect((await stored.body()).equals(await rendered.body()), `${path}: same bytes`).toBe(true);
    for (const name of RESOURCE_HEADERS) expect(stored.headers()[name], `${path} ${name}`).toBe(rendered.headers()[name]);
    expect(stored.headers()["cache-control"], path).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(stored.headers().etag, path).toBeTruthy();
  }
});

test("a client that holds the default view gets a 304, and a changed view is not confused with it", async ({ request }) => {
  const first = await request.get("/api/survival");
  const etag = first.headers().etag!;
  expect((await request.get("/api/survival", { headers: { "if-none-match": etag } })).status()).toBe(304);
  expect((await request.get("/api/survival?stage=distant", { headers: { "if-none-match": etag } })).status()).toBe(200);
});

// A view with a query is rendered on each request (server/query-views.mjs), but is as much a pure
// function of its address as a default view: it carries the hash of its bytes, and a holder gets a 304.
test("a page or embed view with a query carries an ETag of its bytes, and a client that holds it gets a 304", async ({ request }) => {
  for (const [path, other] of [
    ["/survival?measure=five-year-relative", "/survival?measure=five-year-relative&stage=distant"],
    ["/embed/trials?endpoint=cleopatra-os", "/embed/trials?endpoint=cleopatra-pfs"],
  ] as const) {
    const [first, again] = await Promise.all([request.get(path), request.get(path)]);
    const etag = first.headers().etag ?? "";
    expect(first.status(), path).toBe(200);
    expect(etag, path).toMatch(/^"[\w-]+"$/);
    expect(again.headers().etag, path).toBe(etag);
    expect((await first.body()).equals(await again.body()), `${path}: same bytes`).toBe(true);
    expect(first.headers()["cache-control"], path).toMatch(/^public, /);
    const held = await request.get(path, { headers: { "if-none-match": etag } });
    expect(held.status(), path).toBe(304);
    expect((await request.get(other, { headers: { "if-none-match": etag } })).status(), other).toBe(200);
  }
});

test("a view with a query that is not an answer to keep (a redirect, a 404) goes out as Next gave it, untagged", async ({ request }) => {
  const redirect = await request.get("/testing?ihc=2++", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(new URL(redirect.headers().location ?? "", "http://x").search).toBe("?ihc=2%2B%2B");
  const missing = await request.get("/embed/nothing-here?x=1");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["cache-control"]).toBe("private, no-store");
  expect(missing.headers().etag).toBeUndefined();
});
