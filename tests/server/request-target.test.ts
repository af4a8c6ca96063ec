// @vitest-environment node
// Requests whose target is not a path, or whose head Node cannot read, get a clear answer before any
// route: "*" (a 204 for OPTIONS, else a 400), an absolute-form target read as its path (never a
// redirect to the host it names), and a JSON 431 for an address over Node's 16 KB limit.
import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerUnreadableRequest, answerUnusualTarget } from "@/server/request-target.mjs";

let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (answerUnusualTarget(req, res)) return;
    res.writeHead(200, { "content-type": "text/plain" }).end(`route saw ${req.url}`);
  });
  server.on("clientError", answerUnreadableRequest);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  port = typeof address === "object" && address ? address.port : 0;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A chunked body's data: each chunk's size line (hex), then that many characters (ASCII here). */
function unchunk(text: string): string {
  let body = "";
  for (let at = 0; ; ) {
    const lineEnd = text.indexOf("\r\n", at);
    const size = Number.parseInt(text.slice(at, lineEnd), 16);
    if (!size) return body;
    body += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/** One request line as written on the wire, and the answer: status, headers and body. */
function raw(requestLine: string): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString();
    });
    socket.on("end", () => {
      const at = text.indexOf("\r\n\r\n");
      const head = text.slice(0, at).toLowerCase();
      const rest = text.slice(at + 4);
      resolve({ status: Number(head.split(" ")[1]), head, body: head.includes("transfer-encoding: chunked") ? unchunk(rest) : rest });
    });
    socket.on("error", reject);
  });
}

describe("the request target", () => {
  it("answers OPTIONS * with the server's methods", async () => {
    const answer = await raw("OPTIONS * HTTP/1.1");
    expect(answer.status).toBe(204);
    expect(answer.head).toContain("allow: get, head, post, options");
  });

  it.each(["GET * HTTP/1.1", "POST * HTTP/1.1", "GET ftp://example.org/survival HTTP/1.1", "GET survival HTTP/1.1"])(
    "answers %s with a JSON 400, not a 500",
    async (line) => {
      const answer = await raw(line);
      expect(answer.status).toBe(400);
      expect(answer.head).toContain("application/json");
      expect(JSON.parse(answer.body)).toEqual({ error: { parameter: null, message: expect.any(String) } });
    },
  );

  it("reads an absolute-form target as its path and query, whatever host it names", async () => {
    const answer = await raw("GET http://evil.example/api/predict?age=50 HTTP/1.1");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("route saw /api/predict?age=50");
  });

  it("lets a path through untouched", async () => {
    expect((await raw("GET /survival?stage=distant HTTP/1.1")).body).toBe("route saw /survival?stage=distant");
  });
});

describe("a head Node cannot read", () => {
  it("answers an address over 16 KB with a JSON 431 a client can read", async () => {
    const answer = await raw(`GET /api/subtypes?id=${"a".repeat(17_000)} HTTP/1.1`);
    expect(answer.status).toBe(431);
    expect(answer.head).toContain("application/json");
    expect(answer.head).toContain("cache-control: private, no-store");
    expect(JSON.parse(answer.body).error.message).toMatch(/over 16 KB/);
  });

  it("answers a request line that is not HTTP with a JSON 400", async () => {
    const answer = await raw("NOT A REQUEST");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.parameter).toBeNull();
  });
});
