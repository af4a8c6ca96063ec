// @vitest-environment node
// Every /api route file declares its methods through lib/api/methods: a method it does not implement is
// a JSON 405 with an Allow header, never Next's bare 405. The files are found on disk, so a new route
// that skips the helper fails here.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

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
  });
});
