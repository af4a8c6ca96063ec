// What reaches the server before any route: the request line's target and the request's head.
// Next routes paths only: an absolute-form target (what a client sends a proxy) made it redirect to
// the host the target names, and "*" (OPTIONS for the server as a whole) made it throw (a bare 500).
// A head Node cannot read (an address over its 16 KB limit) was closed with an empty 431.
import { STATUS_CODES } from "node:http";

/** The methods this server answers somewhere: what OPTIONS * lists. */
const SERVER_METHODS = "GET, HEAD, POST, OPTIONS";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "x-content-type-options": "nosniff" };

function errorBody(message) {
  return JSON.stringify({ error: { parameter: null, message } });
}

/**
 * Reads an absolute-form target as its path and query, as HTTP/1.1 asks of a server (RFC 9112 §3.2.2),
 * and answers "*" itself. Returns true when it has answered the request.
 */
export function answerUnusualTarget(req, res) {
  if (req.url.startsWith("/")) return false;
  if (req.url === "*") {
    if (req.method === "OPTIONS") res.writeHead(204, { allow: SERVER_METHODS }).end();
    else res.writeHead(400, JSON_HEADERS).end(errorBody("The target * is for OPTIONS only: ask for a path."));
    return true;
  }
  const absolute = URL.canParse(req.url) ? new URL(req.url) : null;
  if (absolute && /^https?:$/.test(absolute.protocol)) {
    req.url = `${absolute.pathname}${absolute.search}`;
    return false;
  }
  res.writeHead(400, JSON_HEADERS).end(errorBody("The request target must be a path, such as /api/survival."));
  return true;
}

/**
 * Node's answer to a request head it cannot parse, with a JSON error instead of an empty body: 431
 * when the address or headers are over the limit, 400 for anything else. The connection then closes.
 */
export function answerUnreadableRequest(error, socket) {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "The request's address and headers are over 16 KB: ask with a shorter query."]
      : [400, "The request could not be read as HTTP/1.1."];
  const body = errorBody(message);
  const headers = { ...JSON_HEADERS, "content-length": Buffer.byteLength(body), "cache-control": "private, no-store", connection: "close" };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head.join("")}\r\n${body}`);
}
