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
