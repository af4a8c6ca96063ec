// Views with a query (/survival?stage=distant, /embed/trials?endpoint=…) are rendered by Next on each
// request and streamed without an ETag. Yet each is, like a default view, a pure function of its
// address, the build and the data release, so a browser or CDN holding one should get a 304, not a
// second copy. This asks Next for the page through the server's loopback listener, then answers it
// as a default view is answered (server/default-views.mjs): tagged with a hash of its bytes, 304 on a
// match, gzip when accepted. Nothing is stored: each request is still rendered.
import { request as httpRequest } from "node:http";
import { isPageLoad, PER_MESSAGE_HEADERS, sendView, storedView } from "./default-views.mjs";

/** Request headers the loopback request sets itself, or that would make Next answer in part. */
const NOT_FORWARDED = new Set(["accept-encoding", "if-none-match", "if-modified-since", "connection", "keep-alive", "content-length"]);

/** A GET or HEAD of a page or embed with a query, as a reader's browser asks for it (not Next's router). */
export function isQueryView(method, url, headers) {
  if (!url?.includes("?") || url.startsWith("/api/") || url.startsWith("/_next/")) return false;
  return isPageLoad(method, headers);
}

/** Next's full answer to `req` from the loopback listener at `renderer` (an origin such as http://127.0.0.1:4000). */
function renderThrough(renderer, req) {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !NOT_FORWARDED.has(name)));
  return new Promise((resolve, reject) => {
    // GET for a HEAD too: the ETag is the hash of the body the GET would send.
    const upstream = httpRequest(`${renderer}${req.url}`, { method: "GET", headers: { ...headers, "accept-encoding": "identity" } }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ response, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    upstream.on("error", reject);
    upstream.end();
  });
}

/**
 * Answers a query view through `renderer`. Anything a shared cache may not keep (a redirect, an error)
 * goes out as Next gave it. Rejects only when the loopback request fails before an answer began.
 */
export async function answerQueryView(renderer, req, res) {
  const { response, body } = await renderThrough(renderer, req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) headers.append(name, one);
  }
  const view = storedView(response.statusCode ?? 500, headers, body);
  if (view) return sendView(view, req, res);
  const kept = [...headers].filter(([name]) => !PER_MESSAGE_HEADERS.has(name));
  res.writeHead(response.statusCode ?? 500, [...kept, ["content-length", String(body.length)]]);
  res.end(req.method === "HEAD" ? undefined : body);
}
