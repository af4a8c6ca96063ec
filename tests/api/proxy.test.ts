// @vitest-environment node
// The proxy answers paths whose percent escapes do not decode (Next would answer them with a bare 500),
// and its matcher keeps it off every other path. The real routing is checked in tests/e2e/hostile-paths.spec.ts.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { SUSPECT_ESCAPE } from "@/lib/path-escapes";
import { CASE_PAGES, config, proxy } from "@/proxy";

const run = (path: string) => proxy(new NextRequest(`http://localhost${path}`));

/** The matcher's patterns as Next compiles them: `/:path(<pattern>)` over the whole pathname. */
const patterns = config.matcher.filter((source) => source.startsWith("/:path("));
const matchers = patterns.map((source) => new RegExp(`^/${/^\/:path\((.*)\)$/.exec(source)![1]}$`));
const matched = (path: string) => matchers.some((matcher) => matcher.test(path));

describe("proxy", () => {
  it.each(["/api/charts/%ZZ.png", "/api/cards/%.png", "/api/%ZZ", "/api/survival%ZZ", "/api/%ZZ/x", "/api/charts/%FF.png"])(
    "answers %s with a JSON 400",
    async (path) => {
      const response = run(path);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      const { error } = (await response.json()) as { error: { parameter: null; message: string } };
      expect(error.parameter).toBeNull();
      expect(error.message).toMatch(/malformed percent escape/);
    },
  );

  it.each([
    ["/%ZZ", "/_not-found"],
    ["/survival%E9", "/_not-found"],
    ["/apix%ZZ", "/_not-found"],
    // An embed keeps the embeds' framing policy: it answers the not-found embed, not the site's page.
    ["/embed/%ZZ", "/embed/not-found"],
    ["/embed/survival%ZZ", "/embed/not-found"],
  ])("shows %s the not-found page at %s", (path, notFound) => {
    const response = run(path);
    expect(response.status).toBe(404);
    expect(new URL(response.headers.get("x-middleware-rewrite")!).pathname).toBe(notFound);
  });

  it("lets a path that decodes through", () => {
    expect(run("/caf%C3%A9").headers.get("x-middleware-next")).toBe("1");
  });

  it("runs only for paths with a suspect escape: its matcher and lib/path-escapes agree", () => {
    const piece = fc.oneof(fc.constantFrom("%", "%Z", "%4", "%41", "%C3", "%A9", "%ff", "%7F", "%80", "%25", "/", "api", "embed"), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const path = `/${pieces.join("")}`;
        expect(matched(path)).toBe(SUSPECT_ESCAPE.test(path));
      }),
      { numRuns: 2000 },
    );
    for (const clean of ["/", "/api/survival", "/survival", "/embed/survival", "/api/charts/survival.png", "/_next/static/chunks/a.js"])
      expect(matched(clean)).toBe(false);
  });
});

// A page sees only decoded values, where "2++" is "2" and two spaces: the proxy reads the raw query as
// /api/her2-status does and sends a doubled plus on as %2B%2B, which the page rejects beside the field.
describe("proxy on the HER2 case pages", () => {
  it("runs for exactly /testing and /embed/testing besides the suspect escapes", () => {
    expect(config.matcher.filter((source) => !patterns.includes(source))).toEqual(CASE_PAGES);
    expect(CASE_PAGES).toEqual(["/testing", "/embed/testing"]);
  });

  it.each([
    ["/testing?ihc=2++", "/testing?ihc=2%2B%2B"],
    ["/embed/testing?ihc=2++&ratio=2.5&copies=5", "/embed/testing?ihc=2%2B%2B&ratio=2.5&copies=5"],
    ["/testing?theme=dark&ihc=+3+++", "/testing?theme=dark&ihc=%2B3%2B%2B%2B"],
  ])("sends %s on to %s", (path, target) => {
    const response = run(path);
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(`${location.pathname}${location.search}`).toBe(target);
  });

  it.each(["/testing", "/testing?ihc=2+", "/testing?ihc=2%2B&ratio=2.5", "/embed/testing?ihc=+2%2B+", "/testing?ihc=2%2B%2B", "/testing?ratio=2++"])(
    "lets %s through as it is",
    (path) => {
      expect(run(path).headers.get("x-middleware-next")).toBe("1");
    },
  );
});
