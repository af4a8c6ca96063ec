// @vitest-environment node
// Property-based: thousands of random and hostile query strings at every dataset route. Every answer
// must be 200, 304 or 400 with JSON (or CSV when asked for), never a 500, never HTML.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as getHer2Status } from "@/app/api/her2-status/route";
import { GET as getIndex } from "@/app/api/route";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { GET as getPrevalence } from "@/app/api/prevalence/route";
import { GET as getSubtypes } from "@/app/api/subtypes/route";
import { GET as getSurvival } from "@/app/api/survival/route";
import { GET as getTherapies } from "@/app/api/therapies/route";

const ROUTES = { "her2-status": getHer2Status, survival: getSurvival, prevalence: getPrevalence, subtypes: getSubtypes, therapies: getTherapies, index: getIndex, openapi: getOpenApi };
const KNOWN = ["subtype", "measure", "stage", "by", "id", "format", "class", "population", "ihc", "ultralow", "ratio", "copies", "cep17", "recountRatio", "recountCopies", "assay"];
const KNOWN_VALUES = ["hr-pos-her2-neg", "unknown", "all", "distant", "stage-iv", "csv", "json", "race", "five-year-relative", "incidence-rate", "2+", "3", "0", "true", "2.0", "4.0", "1e999", "NaN", "-1", "single", "her2-low", "monoclonal-antibody"];
const HOSTILE = ["<script>alert(1)</script>", "%", "%E0%A4%A", "../../etc/passwd", "\u0000", "' OR 1=1 --", "${7*7}", "{{7*7}}", "\ud800", "A".repeat(10_000), "%2C%2C", ",", " ", "+", "__proto__", "constructor"];

const part = fc.oneof(fc.constantFrom(...KNOWN, ...KNOWN_VALUES, ...HOSTILE), fc.string(), fc.string({ unit: "binary" }));
/** Percent-encode where possible; lone surrogates cannot be encoded, so they go in raw. */
const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
};
const rawQuery = fc
  .array(fc.tuple(part, fc.option(part, { nil: undefined }), fc.boolean()), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v, raw]) => (v === undefined ? encode(k) : `${encode(k)}=${raw ? v : encode(v)}`)).join("&"));

describe.each(Object.entries(ROUTES))("GET %s under hostile queries", (_, handler) => {
  it("answers 200/304/400 with a JSON or CSV body, never 500 or HTML", async () => {
    await fc.assert(
      fc.asyncProperty(rawQuery, async (query) => {
        let url: string;
        try {
          url = new URL(`http://localhost/api/x?${query}`).toString();
        } catch {
          return; // not a URL a client could send
        }
        const response = handler(new Request(url));
        expect([200, 304, 400]).toContain(response.status);
        const type = response.headers.get("content-type") ?? "";
        expect(type).toMatch(/^(application\/json|text\/csv); charset=utf-8$/);
        const body = await response.text();
        if (type.startsWith("application/json")) {
          const json = JSON.parse(body) as { error?: { parameter: unknown; message: unknown } };
          if (response.status === 400) {
            expect(typeof json.error?.message).toBe("string");
            expect(json.error?.parameter === null || typeof json.error?.parameter === "string").toBe(true);
            expect((json.error?.message as string).length).toBeLessThan(200);
          }
        }
        expect(body).not.toMatch(/<script|<html/i);
      }),
      { numRuns: 700 },
    );
  });
});
