// @vitest-environment node
// A view with a query is answered through the loopback listener with an ETag of its bytes: a holder
// of the same bytes gets a 304, anything else is answered as Next gave it.
import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQueryView, isQueryView } from "@/server/query-views.mjs";

const SHARED = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";
const servers: Server[] = [];
let front = "";

/** Stands in for Next: a page per query, a redirect built from the Host it was sent, a private answer. */
function fakeNext(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/redirect") {
    res.writeHead(307, { location: `http://${req.headers.host}/testing?ihc=2%2B`, "cache-control": SHARED });
    res.end();
  } else if (url.pathname === "/private") {
    res.writeHead(200, { "cache-control": "private, no-store", "content-type": "text/html" });
    res.end("private page");
  } else {
    res.writeHead(200, { "cache-control": SHARED, "content-type": "text/html; charset=utf-8", "x-seen-encoding": String(req.headers["accept-encoding"]) });
    res.end(`<p>view ${url.search}</p>`);
  }
}

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

/** A GET as sent and answered on the wire: fetch would neither send a Host of ours nor leave gzip packed. */
async function rawGet(path: string, headers: Record<string, string>): Promise<IncomingMessage & { body: Buffer }> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => get(`${front}${path}`, { headers }, resolve).on("error", reject));
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Object.assign(response, { body: Buffer.concat(chunks) });
}

beforeAll(async () => {
  const renderer = await listen(createServer(fakeNext));
  front = await listen(createServer((req, res) => void answerQueryView(renderer, req, res)));
});
afterAll(() => {
  for (const server of servers) server.close();
});

describe("isQueryView", () => {
  it.each([
    ["GET", "/survival?stage=distant", {}, true],
    ["HEAD", "/embed/trials?endpoint=x", {}, true],
    ["GET", "/survival?", {}, true],
    ["GET", "/survival", {}, false],
    ["POST", "/outcomes?age=50", {}, false],
    ["GET", "/api/survival?stage=distant", {}, false],
    ["GET", "/_next/static/chunks/a.js?v=1", {}, false],
    ["GET", "/survival?stage=distant", { rsc: "1" }, false],
    ["GET", "/survival?stage=distant", { "next-router-prefetch": "1" }, false],
  ])("%s %s %o → %s", (method, url, headers, expected) => {
    expect(isQueryView(method, url, headers)).toBe(expected);
  });
});

describe("answerQueryView", () => {
  it("tags a view with the hash of its bytes, the same each time, and answers a holder 304 with no body", async () => {
    const first = await fetch(`${front}/survival?stage=distant`);
    const etag = first.headers.get("etag");
    expect(first.status).toBe(200);
    expect(await first.text()).toBe("<p>view ?stage=distant</p>");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe(SHARED);
    expect((await fetch(`${front}/survival?stage=distant`)).headers.get("etag")).toBe(etag);
    const held = await fetch(`${front}/survival?stage=distant`, { headers: { "if-none-match": etag! } });
    expect(held.status).toBe(304);
    expect(held.headers.get("etag")).toBe(etag);
    expect(await held.text()).toBe("");
  });

  it("gives another view another tag, and does not take one view's tag for another's", async () => {
    const distant = (await fetch(`${front}/survival?stage=distant`)).headers.get("etag")!;
    const regional = await fetch(`${front}/survival?stage=regional`, { headers: { "if-none-match": distant } });
    expect(regional.status).toBe(200);
    expect(regional.headers.get("etag")).not.toBe(distant);
  });

  it("asks Next for the whole body, and sends it gzipped when the reader accepts gzip", async () => {
    const plain = Buffer.from(await (await fetch(`${front}/survival?stage=local`)).arrayBuffer());
    const gzipped = await rawGet("/survival?stage=local", { "accept-encoding": "gzip" });
    expect(gzipped.headers["x-seen-encoding"]).toBe("identity");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).equals(plain)).toBe(true);
  });

  it("answers HEAD with the GET's tag and no body", async () => {
    const get = await fetch(`${front}/survival?stage=distant`);
    const head = await fetch(`${front}/survival?stage=distant`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(await head.text()).toBe("");
  });

  it("passes a redirect through as Next made it, for the host the reader asked", async () => {
    const response = await rawGet("/redirect?ihc=2++", { host: "her2.example.org" });
    expect(response.statusCode).toBe(307);
    expect(response.headers.location).toBe("http://her2.example.org/testing?ihc=2%2B");
    expect(response.headers.etag).toBeUndefined();
  });

  it("leaves an answer no shared cache may keep untagged and unchanged", async () => {
    const response = await fetch(`${front}/private?x=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("etag")).toBeNull();
    expect(await response.text()).toBe("private page");
  });
});
