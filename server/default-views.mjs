// Default views served from memory: the answer to a query-less GET of a page, embed or dataset route
// is a pure function of the build and the data release (design.md §8), so the server renders each one
// once at start, through Next, and then answers it as a static file would. A view with a query is
// answered the same way but rendered each time (server/query-views.mjs); anything else (a client-side
// navigation's RSC fetch, a POST, an API query) goes to Next as before.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
// The requests Next answers differently from a plain page load (App Router navigations and server
// actions); next.config.js reads the same list.
import NEXT_REQUEST_HEADERS from "./next-router-headers.json" with { type: "json" };

/** Headers that describe one connection or one encoding of the body, not the resource. */
export const PER_MESSAGE_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/**
 * A stored answer, or null when it must not be stored: only a 200 that a shared cache may keep
 * (Cache-Control public), as a CDN in front would decide.
 */
export function storedView(status, headers, body) {
  const cacheControl = headers.get("cache-control") ?? "";
  if (status !== 200 || !/(^|,)\s*public\s*(,|$)/i.test(cacheControl) || /no-store|private/i.test(cacheControl)) return null;
  const kept = [...headers].filter(([name]) => !PER_MESSAGE_HEADERS.has(name.toLowerCase()));
  const etag = headers.get("etag") ?? `"${createHash("sha1").update(body).digest("base64url")}"`;
  const vary = headers.get("vary");
  const rest = kept.filter(([name]) => !["etag", "vary"].includes(name.toLowerCase()));
  let gzipped = null;
  return {
    headers: [...rest, ["etag", etag], ["vary", !vary ? "Accept-Encoding" : /accept-encoding/i.test(vary) ? vary : `${vary}, Accept-Encoding`]],
    etag,
    body,
    // Compressed when first asked for: a view rendered per request (server/query-views.mjs) is
    // gzipped only for a reader who accepts it, and not for a 304.
    get gzipped() {
      gzipped ??= gzipSync(body);
      return gzipped;
    },
  };
}

/** A GET or HEAD as a reader's browser loads a page, not a request of Next's own router. */
export function isPageLoad(method, headers) {
  return (method === "GET" || method === "HEAD") && !NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined);
}

/** The stored view this request asks for, or null when Next must answer it. */
export function matchView(views, method, url, headers) {
  if (!isPageLoad(method, headers)) return null;
  return views.get(url) ?? null;
}

function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

function acceptsGzip(acceptEncoding) {
  return (acceptEncoding ?? "").split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return coding === "gzip" && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** Answers a stored view: 304 on a matching If-None-Match, gzip when the client accepts it. */
export function sendView(view, req, res) {
  if (etagMatches(req.headers["if-none-match"], view.etag)) {
    res.writeHead(304, view.headers);
    res.end();
    return;
  }
  const gzip = acceptsGzip(req.headers["accept-encoding"]);
  const body = gzip ? view.gzipped : view.body;
  res.writeHead(200, [...view.headers, ...(gzip ? [["content-encoding", "gzip"]] : []), ["content-length", String(body.length)]]);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Renders each path through the running server (so the answer carries every header Next and
 * next.config.js give it) and keeps those a shared cache could keep. Returns the paths left to Next.
 */
export async function renderViews(baseUrl, paths, views) {
  const skipped = [];
  for (const path of paths) {
    const response = await fetch(`${baseUrl}${path}`, { headers: { "accept-encoding": "identity" } });
    const view = storedView(response.status, response.headers, Buffer.from(await response.arrayBuffer()));
    if (view) views.set(path, view);
    else skipped.push(`${path} (${response.status})`);
  }
  return skipped;
}
