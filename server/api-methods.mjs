// Next's route handlers are called only for the methods below. Any other method under /api Next
// answers itself before our code runs: a bare 400 (PROPFIND, SEARCH, MKCOL, LINK, …), or a bare 500
// where the Fetch API refuses to build a Request at all (TRACE, TRACK). So the server hands such a
// request to the route as DELETE, which no /api route implements, naming the method it really came
// with in a header: the route answers the JSON 405 with its own Allow (lib/api/methods), and an
// unknown path the catch-all's JSON 404, exactly as for PUT.

/** Next's HTTP_METHODS (next/dist/server/web/http): the methods a route.ts may export. */
const ROUTED_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"]);
/** Read by lib/api/methods (ORIGINAL_METHOD_HEADER); only this server sets it. */
export const ORIGINAL_METHOD_HEADER = "x-her2-atlas-method";

/** Rewrites `req` in place, before Next sees it; a client's own copy of the header never passes. */
export function routeUnusualMethod(req) {
  delete req.headers[ORIGINAL_METHOD_HEADER];
  if (ROUTED_METHODS.has(req.method) || !isApiPath(req.url)) return;
  req.headers[ORIGINAL_METHOD_HEADER] = req.method;
  req.method = "DELETE";
}

function isApiPath(url) {
  const path = (url ?? "").split("?")[0];
  return path === "/api" || path.startsWith("/api/");
}
