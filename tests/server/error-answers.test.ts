// @vitest-environment node
// An error answer is never kept by a shared cache: whatever headers the route or next.config.js gave it.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepErrorsPrivate } from "@/server/error-answers.mjs";

const SHARED = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    keepErrorsPrivate(res);
    const status = Number(new URL(req.url ?? "/", "http://x").searchParams.get("status"));
    // As Next answers: the policy set beforehand (next.config.js), or given with the head.
    if (req.url?.startsWith("/set")) {
      res.setHeader("cache-control", SHARED);
      res.statusCode = status;
      res.end("body");
    } else if (req.url?.startsWith("/head-array")) {
      res.writeHead(status, ["Cache-Control", SHARED, "Content-Type", "text/plain"]);
      res.end("body");
    } else {
      res.writeHead(status, { "Cache-Control": SHARED, "content-type": "text/plain" });
      res.end("body");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(() => server.close());

describe("keepErrorsPrivate", () => {
  it.each(["/set", "/head-object", "/head-array"])("makes a 404 and a 500 private and unstored (%s)", async (path) => {
    for (const status of [404, 500]) {
      const response = await fetch(`${base}${path}?status=${status}`);
      expect(response.status).toBe(status);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(await response.text()).toBe("body");
    }
  });

  it.each(["/set", "/head-object", "/head-array"])("leaves a 200 and a redirect as the route gave them (%s)", async (path) => {
    for (const status of [200, 307]) {
      const response = await fetch(`${base}${path}?status=${status}`, { redirect: "manual" });
      expect(response.headers.get("cache-control")).toBe(SHARED);
    }
  });
});
