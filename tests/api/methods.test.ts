// @vitest-environment node
// Every /api route file declares its methods through lib/api/methods: a method it does not implement is
// a JSON 405 with an Allow header, never Next's bare 405. The files are found on disk, so a new route
// that skips the helper fails here.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ORIGINAL_METHOD_HEADER } from "@/lib/api/methods";
import { routeUnusualMethod, ORIGINAL_METHOD_HEADER as SERVER_HEADER } from "@/server/api-methods.mjs";

const API_DIR = join(__dirname, "..", "..", "app", "api");
const routeFiles = (readdirSync(API_DIR, { recursive: true }) as string[]).filter((file) => /(^|\/)route\.ts$/.test(file)).sort();
/** The catch-all answers a JSON 404 to every method: there is no route there to allow anything. */
const CATCH_ALL = join("[...path]", "route.ts");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS", Handler>>;

const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const call = async (module: RouteModule, method: keyof RouteModule) =>
  module[method]!(
    new Request("http://localhost/api/x", { method, body: WITH_BODY.has(method) ? "[]" : null, headers: { "Content-Type": "application/json" } }),
    {
      params: Promise.resolve({ file: "survival.svg", path: "x" }),
    },
  );

/** Methods Next answers itself before a route runs (400 or, for TRACE and TRACK, 500): server/api-methods hands them on. */
const UNROUTED = ["TRACE", "TRACK", "PROPFIND", "SEARCH", "MKCOL", "LINK", "QUERY"];
/** What the production server does with a request whose method Next cannot route: the request the route then sees. */
const throughServer = (method: string, headers: Record<string, string> = {}) => {
  const req = { method, url: "/api/x?ihc=3", headers: { ...headers } };
  routeUnusualMethod(req as never);
  return { method: req.method as keyof RouteModule, request: new Request("http://localhost/api/x?ihc=3", { method: req.method, headers: req.headers }) };
};

const modules = new Map<string, RouteModule>();
// Importing every route loads the datasets and sharp: slow once on a busy machine, so not inside a test's time.
beforeAll(async () => {
  for (const file of routeFiles) modules.set(file, (await import(join(API_DIR, file))) as RouteModule);
}, 120_000);

describe("HTTP methods of every /api route", () => {
  it("finds the route files", () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(10);
    expect(routeFiles).toContain(CATCH_ALL);
  });

  describe.each(routeFiles.filter((file) => file !== CATCH_ALL))("app/api/%s", (file) => {
    it("exports every method Next routes, so none falls through to Next's bare 405", async () => {
      const module = modules.get(file)!;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const) expect(typeof module[method], method).toBe("function");
    });

    it("answers the methods it does not implement with a JSON 405 naming the ones it does, in Allow", async () => {
      const module = modules.get(file)!;
      const preflight = await call(module, "OPTIONS");
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
      const allow = preflight.headers.get("allow")!;
      const implemented = file === join("her2-status", "route.ts") ? ["GET", "HEAD", "POST", "OPTIONS"] : ["GET", "HEAD", "OPTIONS"];
      expect(allow.split(", ")).toEqual(implemented);
      for (const method of (["POST", "PUT", "PATCH", "DELETE"] as const).filter((m) => !implemented.includes(m))) {
        const response = await call(module, method);
        expect(response.status, method).toBe(405);
        expect(response.headers.get("allow")).toBe(allow);
        expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
        expect(response.headers.get("cache-control")).toBe("no-store");
        const { error } = (await response.json()) as { error: { parameter: null; message: string; allowed: string[] } };
        expect(error).toEqual({ parameter: null, message: `This route does not answer ${method}.`, allowed: implemented });
      }
    });
  });

  it(`app/api/${CATCH_ALL} answers every method with the JSON 404`, async () => {
    const module = modules.get(CATCH_ALL)!;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) expect((await call(module, method)).status).toBe(404);
    for (const unrouted of UNROUTED) {
      const { method, request } = throughServer(unrouted);
      const response = await module[method]!(request, { params: Promise.resolve({ path: "x" }) });
      expect(response.status, unrouted).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    }
  });
});

describe("a method Next cannot route, through the production server", () => {
  it("names it in the header the routes read", () => {
    expect(SERVER_HEADER).toBe(ORIGINAL_METHOD_HEADER);
  });

  describe.each(routeFiles.filter((file) => file !== CATCH_ALL))("app/api/%s", (file) => {
    it.each(UNROUTED)("answers %s with the JSON 405 and the route's Allow", async (unrouted) => {
      const module = modules.get(file)!;
      const allow = (await call(module, "OPTIONS")).headers.get("allow")!;
      const { method, request } = throughServer(unrouted);
      const response = await module[method]!(request, { params: Promise.resolve({ file: "survival.svg", path: "x", id: "cleopatra-os" }) });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe(allow);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      const { error } = (await response.json()) as { error: { message: string; allowed: string[] } };
      expect(error).toEqual({ parameter: null, message: `This route does not answer ${unrouted}.`, allowed: allow.split(", ") });
    });
  });

  it("leaves the methods Next routes, and every path outside /api, as they came", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]) expect(throughServer(method).method).toBe(method);
    const page = { method: "PROPFIND", url: "/apis", headers: {} };
    routeUnusualMethod(page as never);
    expect(page).toEqual({ method: "PROPFIND", url: "/apis", headers: {} });
  });

  it("drops a client's own copy of the header, so a DELETE is not answered as another method", async () => {
    const { method, request } = throughServer("DELETE", { [ORIGINAL_METHOD_HEADER]: "GET" });
    expect(request.headers.has(ORIGINAL_METHOD_HEADER)).toBe(false);
    const response = await modules.get(join("survival", "route.ts"))![method]!(request, { params: Promise.resolve({}) });
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe("This route does not answer DELETE.");
  });
});
