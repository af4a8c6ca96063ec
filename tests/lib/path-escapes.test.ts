import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMalformedEscape, SUSPECT_ESCAPE } from "@/lib/path-escapes";

describe("hasMalformedEscape", () => {
  it.each([
    "/api/charts/%ZZ.png",
    "/api/cards/%.png",
    "/embed/%ZZ",
    "/api/%ZZ",
    "/api/survival%ZZ",
    "/api/survival%",
    "/x%4",
    "/%E0%A4%A",
    "/embed/%FF",
    "/embed/%C3%28",
    "/%ED%A0%80",
  ])("%s does not decode", (path) => {
    expect(hasMalformedEscape(path)).toBe(true);
  });

  it.each(["/", "/api/survival", "/embed/survival", "/api/charts/survival%2Esvg", "/caf%C3%A9", "/%25ZZ", "/a%20b", "/%e2%9c%93"])("%s decodes", (path) => {
    expect(hasMalformedEscape(path)).toBe(false);
  });

  it("is true exactly when decodeURIComponent throws, and only for paths with a suspect escape", () => {
    const piece = fc.oneof(fc.constantFrom("%", "%Z", "%4", "%41", "%C3", "%A9", "%FF", "%25", "/", "a", "é"), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const path = `/${pieces.join("")}`;
        let throws = false;
        try {
          decodeURIComponent(path);
        } catch {
          throws = true;
        }
        expect(hasMalformedEscape(path)).toBe(throws);
        if (throws) expect(SUSPECT_ESCAPE.test(path)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
