// @vitest-environment node
import { createServer, type Server } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchView, renderViews, type StoredView, sendView, storedView } from "@/server/default-views.mjs";

const PUBLIC = "public, max-age=300, s-maxage=3600";
const body = Buffer.from("<!doctype html><p>The default view</p>");
const headersOf = (extra: Record<string, string>) =>
  new Headers({ "content-type": "text/html; charset=utf-8", date: "Sat, 05 Dec 2026 00:00:00 GMT", ...extra });

describe("storedView: keeps what a shared cache may keep", () => {
  it("keeps a public 200 with its resource headers, not its per-message ones", () => {
    const view = storedView(
      200,
      headersOf({ "cache-control": PUBLIC, "content-security-policy": "default-src 'self'", "content-length": "38", vary: "rsc" }),
      body,
    )!;
    const names = view.headers.map(([name]) => name);
    expect(names).toContain("content-security-policy");
    expect(names).not.toContain("date");
    expect(names).not.toContain("content-length");
    expect(Object.fromEntries(view.headers).vary).toBe("rsc, Accept-Encoding");
    expect(view.etag).toMatch(/^"[\w-]+"$/);
  });

  it("keeps the ETag the app gave, and computes one from the body otherwise", () => {
    expect(storedView(200, headersOf({ "cache-control": PUBLIC, etag: '"abc"' }), body)!.etag).toBe('"abc"');
    const a = storedView(200, headersOf({ "cache-control": PUBLIC }), body)!.etag;
    const b = storedView(200, headersOf({ "cache-control": PUBLIC }), Buffer.from("another body"))!.etag;
    expect(a).not.toBe(b);
  });

  it.each([
    [404, PUBLIC],
    [400, PUBLIC],
    [200, "private, no-cache, no-store, max-age=0, must-revalidate"],
    [200, "no-store"],
    [200, ""],
    [200, "public, no-store"],
  ])("refuses a %i with Cache-Control %j", (status, cacheControl) => {
    expect(storedView(status, headersOf({ "cache-control": cacheControl }), body)).toBeNull();
  });
});

describe("matchView: only a plain GET or HEAD of the exact query-less path", () => {
  const views = new Map([["/survival", storedView(200, headersOf({ "cache-control": PUBLIC }), body)!]]);

  it("answers GET and HEAD of the path", () => {
    expect(matchView(views, "GET", "/survival", {})).not.toBeNull();
    expect(matchView(views, "HEAD", "/survival", {})).not.toBeNull();
  });

  it.each([
    ["POST", "/survival", {}],
    ["GET", "/survival?stage=distant", {}],
    ["GET", "/survival?", {}],
    ["GET", "/survival/", {}],
    ["GET", "/Survival", {}],
    ["GET", "/survival", { rsc: "1" }],
    ["GET", "/survival", { "next-router-prefetch": "1" }],
    ["GET", "/survival", { "next-action": "x" }],
  ])("leaves %s %s %j to Next", (method, url, headers) => {
    expect(matchView(views, method, url, headers)).toBeNull();
  });
});

describe("sendView and renderViews over HTTP", () => {
  let app: Server;
  let fast: Server;
  let appUrl = "";
  let fastUrl = "";
  const views = new Map<string, StoredView>();

  beforeAll(async () => {
    // A stand-in for Next: one cacheable page, one private page, one error.
    app = createServer((req, res) => {
      if (req.url === "/page") res.writeHead(200, { "content-type": "text/html", "cache-control": PUBLIC, "x-frame-options": "DENY" }).end(body);
      else if (req.url === "/private") res.writeHead(200, { "cache-control": "private" }).end("mine");
      else res.writeHead(404, { "cache-control": PUBLIC }).end("no");
    });
    fast = createServer((req, res) => {
      const view = matchView(views, req.method, req.url, req.headers);
      if (view) sendView(view, req, res);
      else res.writeHead(599).end();
    });
    await Promise.all([app, fast].map((server) => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))));
    const url = (server: Server) => `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    [appUrl, fastUrl] = [url(app), url(fast)];
  });
  afterAll(() => {
    app.close();
    fast.close();
  });

  it("renders each path once and keeps only what may be shared", async () => {
    const skipped = await renderViews(appUrl, ["/page", "/private", "/missing"], views);
    expect([...views.keys()]).toEqual(["/page"]);
    expect(skipped).toEqual(["/private (200)", "/missing (404)"]);
  });

  it("answers the same bytes and headers, gzipped when accepted, 304 when the client holds it", async () => {
    const plain = await fetch(`${fastUrl}/page`, { headers: { "accept-encoding": "identity" } });
    expect(plain.status).toBe(200);
    expect(Buffer.from(await plain.arrayBuffer())).toEqual(body);
    expect(plain.headers.get("x-frame-options")).toBe("DENY");
    expect(plain.headers.get("content-encoding")).toBeNull();

    const etag = plain.headers.get("etag")!;
    const zipped = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve) => {
      import("node:http").then(({ get }) =>
        get(`${fastUrl}/page`, { headers: { "accept-encoding": "br;q=1, gzip;q=0.5" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ encoding: res.headers["content-encoding"], bytes: Buffer.concat(chunks) }));
        }),
      );
    });
    expect(zipped.encoding).toBe("gzip");
    expect(gunzipSync(zipped.bytes)).toEqual(body);

    const again = await fetch(`${fastUrl}/page`, { headers: { "if-none-match": `W/${etag}, "other"` } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    const head = await fetch(`${fastUrl}/page`, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.headers.get("content-length")).toBe(String(body.length));
  });
});
