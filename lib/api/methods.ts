/**
 * The HTTP methods of one /api route, declared once: a method the route does not implement answers a
 * JSON 405 with an `Allow` header (Next's own 405 is bare), and OPTIONS, the CORS preflight, names
 * the same methods. Every app/api/**\/route.ts exports its methods through `apiMethods`. A method
 * Next cannot route (TRACE, PROPFIND, …) reaches the DELETE handler from server/api-methods.mjs.
 */
import { safeExcerpt } from "../excerpt";
import { errorResponse, preflightResponse } from "./respond";

/** Where server/api-methods.mjs names the method a request came with, when it hands it on as DELETE. */
export const ORIGINAL_METHOD_HEADER = "x-her2-atlas-method";

/** Any route handler: `never` lets each keep its own context type (a dynamic route's params), unchanged. */
type Handler = (request: Request, context: never) => Response | Promise<Response>;
type NotAllowed = (request: Request) => Response;

export function apiMethods<Get extends Handler, Post extends Handler | undefined = undefined>(implemented: { GET: Get; POST?: Post }) {
  // HEAD is answered from GET by Next itself.
  const allowed = ["GET", "HEAD", ...(implemented.POST ? ["POST"] : []), "OPTIONS"];
  const allow = allowed.join(", ");
  const notAllowed: NotAllowed = (request) =>
    withAllow(errorResponse({ parameter: null, message: `This route does not answer ${requestedMethod(request)}.`, allowed }, 405), allow);
  return {
    GET: implemented.GET,
    POST: (implemented.POST ?? notAllowed) as Post extends Handler ? Post : NotAllowed,
    PUT: notAllowed,
    PATCH: notAllowed,
    DELETE: notAllowed,
    // biome-ignore lint/correctness/noComponentHookFactories: OPTIONS is a route handler Next calls, not a React component
    OPTIONS: () => withAllow(preflightResponse(), allow),
  };
}

function withAllow(response: Response, allow: string): Response {
  response.headers.set("Allow", allow);
  return response;
}

/** The method the client used: the server's note of it where it handed the request on as DELETE. */
function requestedMethod(request: Request): string {
  const original = request.headers.get(ORIGINAL_METHOD_HEADER);
  return original && request.method === "DELETE" ? safeExcerpt(original) : request.method;
}
