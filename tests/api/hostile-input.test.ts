// @vitest-environment node
// Property-based: thousands of random and hostile query strings (and file names) at every API route.
// Every answer is one of the route's documented statuses with the content type it promises — never a
// 500, never HTML — and never carries the hostile input back unescaped. Then hostile request bodies
// (wrong media type, deep nesting, oversize) and out-of-range oEmbed sizes, each with the answer it gets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as getCard } from "@/app/api/cards/[file]/route";
import { GET as getChart } from "@/app/api/charts/[file]/route";
import { GET as getHer2Status, POST as postHer2Status } from "@/app/api/her2-status/route";
import { GET as getOembed } from "@/app/api/oembed/route";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { GET as getPrevalence } from "@/app/api/prevalence/route";
import { GET as getIndex } from "@/app/api/route";
import { GET as getSubtypes } from "@/app/api/subtypes/route";
import { GET as getSurvival } from "@/app/api/survival/route";
import { GET as getTherapies } from "@/app/api/therapies/route";
import { MAX_BATCH_BYTES } from "@/lib/api/her2-status";
import { HER2_PARAMETERS } from "@/lib/her2";

const JSON_TYPE = "application/json; charset=utf-8";
const CSV_TYPE = "text/csv; charset=utf-8";
const SVG_TYPE = "image/svg+xml; charset=utf-8";
const PNG_TYPE = "image/png";

type Handler = (request: Request) => Response | Promise<Response>;
interface RouteUnderTest {
  handler: Handler;
  statuses: number[];
  types: string[];
  numRuns: number;
}

const DATASET = { statuses: [200, 304, 400], types: [JSON_TYPE, CSV_TYPE], numRuns: 600 };
const DOCUMENT = { statuses: [200, 304, 400], types: [JSON_TYPE], numRuns: 400 };
/** A file name: mostly real ones (so valid queries reach the drawing code), some hostile. */
const withFile =
  (get: (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>, file: string): Handler =>
  (request) =>
    get(request, { params: Promise.resolve({ file }) });

const ROUTES: Record<string, RouteUnderTest> = {
  survival: { handler: getSurvival, ...DATASET },
  prevalence: { handler: getPrevalence, ...DATASET },
  subtypes: { handler: getSubtypes, ...DATASET },
  therapies: { handler: getTherapies, ...DATASET },
  "her2-status": { handler: getHer2Status, statuses: [200, 304, 400], types: [JSON_TYPE], numRuns: 600 },
  index: { handler: getIndex, ...DOCUMENT },
  openapi: { handler: getOpenApi, ...DOCUMENT },
  // oEmbed: 404 for an address that is not a chart, 501 for a format other than JSON (both as oEmbed specifies).
  oembed: { handler: getOembed, statuses: [200, 304, 400, 404, 501], types: [JSON_TYPE], numRuns: 500 },
  // SVG only here: rasterising a PNG costs ~100 ms, and the PNG path is the same SVG rasterised.
  "charts/survival.svg": { handler: withFile(getChart, "survival.svg"), statuses: [200, 304, 400], types: [JSON_TYPE, SVG_TYPE], numRuns: 200 },
  "charts/testing.svg": { handler: withFile(getChart, "testing.svg"), statuses: [200, 304, 400], types: [JSON_TYPE, SVG_TYPE], numRuns: 200 },
  "charts/treatments.svg": { handler: withFile(getChart, "treatments.svg"), statuses: [200, 304, 400], types: [JSON_TYPE, SVG_TYPE], numRuns: 150 },
  "cards/data.png": { handler: withFile(getCard, "data.png"), statuses: [200, 304, 400], types: [JSON_TYPE, PNG_TYPE], numRuns: 100 },
};

const KNOWN = [
  "subtype",
  "measure",
  "stage",
  "by",
  "id",
  "format",
  "class",
  "population",
  ...HER2_PARAMETERS,
  "url",
  "maxwidth",
  "maxheight",
  "size",
  "theme",
  "wording",
  "view",
  "compare",
  "subtypes",
  "period",
  "raceFigures",
  "races",
];
const KNOWN_VALUES = [
  "hr-pos-her2-neg",
  "hr-neg-her2-pos",
  "unknown",
  "all",
  "distant",
  "stage-iv",
  "csv",
  "json",
  "race",
  "five-year-relative",
  "incidence-rate",
  "2+",
  "3",
  "0",
  "true",
  "2.0",
  "4.0",
  "1e999",
  "NaN",
  "-1",
  "single",
  "her2-low",
  "monoclonal-antibody",
  "/survival",
  "http://localhost/embed/testing",
  "dark",
  "square",
  "details",
];
const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "%",
  "%E0%A4%A",
  "../../etc/passwd",
  "\u0000",
  "' OR 1=1 --",
  "${7*7}",
  "{{7*7}}",
  "\ud800",
  "A".repeat(10_000),
  "%2C%2C",
  ",",
  " ",
  "+",
  "__proto__",
  "constructor",
  "javascript:alert(1)",
  "http://evil.test/survival",
];

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

/** Names and values as the route reads them, that would be markup if they appeared in a document unescaped. */
function markupInputs(url: string): string[] {
  return [...new URL(url).searchParams].flat().filter((text) => text.length >= 3 && /[<>"'&]/.test(text));
}

async function expectSafeAnswer(route: RouteUnderTest, url: string) {
  const response = await route.handler(new Request(url));
  expect(route.statuses).toContain(response.status);
  if (response.status === 304) return;
  const type = response.headers.get("content-type") ?? "";
  expect(route.types).toContain(type);
  if (type === PNG_TYPE) {
    expect(response.status).toBe(200);
    return;
  }
  const body = await response.text();
  if (type === JSON_TYPE) {
    const json = JSON.parse(body) as { error?: { parameter: unknown; message: unknown; allowed?: unknown } };
    // safeJson escapes <, > and & everywhere, so no JSON answer can carry markup.
    expect(body).not.toMatch(/[<>]/);
    if (response.status >= 400) {
      expect(typeof json.error?.message).toBe("string");
      expect(json.error?.parameter === null || typeof json.error?.parameter === "string").toBe(true);
      const message = json.error?.message;
      expect(typeof message).toBe("string");
      expect((message as string).length).toBeLessThan(200);
      // A list of what the parameter takes, or none: an empty one would claim it takes nothing.
      if (json.error?.allowed !== undefined) expect(json.error.allowed).toEqual(expect.arrayContaining([expect.any(String)]));
    }
  } else {
    // CSV and SVG never repeat a hostile name or value as it came.
    expect(response.status).toBe(200);
    for (const input of markupInputs(url)) expect(body).not.toContain(input);
    expect(body).not.toMatch(/<script|<html|<foreignObject/i);
  }
}

describe.each(Object.entries(ROUTES))("GET %s under hostile queries", (_, route) => {
  it("answers a documented status with its promised content type, never 500, never an echo", async () => {
    await fc.assert(
      fc.asyncProperty(rawQuery, async (query) => {
        let url: string;
        try {
          url = new URL(`http://localhost/api/x?${query}`).toString();
        } catch {
          return; // not a URL a client could send
        }
        await expectSafeAnswer(route, url);
      }),
      { numRuns: route.numRuns },
    );
  });
});

describe.each([
  ["charts", getChart],
  ["cards", getCard],
])("GET /api/%s/<hostile file name>", (_, get) => {
  it("is a JSON 404 (or an image for a real file), never 500", async () => {
    const file = fc.oneof(
      fc.constantFrom(
        "survival.png",
        "nope.svg",
        "survival.gif",
        "..%2F..%2Fetc%2Fpasswd",
        "<svg onload=alert(1)>.svg",
        "home.png",
        "HOME.PNG",
        ".png",
        "survival.svg.svg",
        "constructor.png",
        "__proto__.svg",
      ),
      fc.string().map((name) => `${name}.svg`),
      fc.string({ unit: "binary" }),
    );
    await fc.assert(
      fc.asyncProperty(file, async (name) => {
        const response = await get(new Request("http://localhost/api/x"), { params: Promise.resolve({ file: name }) });
        expect([200, 404]).toContain(response.status);
        const type = response.headers.get("content-type");
        if (response.status === 404) {
          expect(type).toBe(JSON_TYPE);
          const body = await response.text();
          expect(body).not.toMatch(/[<>]/);
          expect((JSON.parse(body) as { error: { allowed: string[] } }).error.allowed.length).toBeGreaterThan(0);
        } else {
          expect([SVG_TYPE, PNG_TYPE]).toContain(type);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("POST /api/her2-status under hostile bodies", () => {
  const postBody = (body: BodyInit, headers: Record<string, string> = { "Content-Type": "application/json" }) =>
    postHer2Status(new Request("http://localhost/api/her2-status", { method: "POST", body, headers }));
  const errorOf = async (response: Response) => ((await response.json()) as { error: { parameter: string | null; message: string; allowed?: string[] } }).error;
  /** `[[[…1…]]]` (or `{"a":{"a":…}}`) of about `bytes` bytes. */
  const nested = (bytes: number, open = "[", close = "]") => `${open.repeat(bytes / 2)}${close.repeat(bytes / 2)}`;

  it.each([
    ["text/plain", { "Content-Type": "text/plain" }],
    ["text/csv", { "Content-Type": "text/csv" }],
    ["a form", { "Content-Type": "application/x-www-form-urlencoded" }],
  ])("refuses a JSON batch sent as %s with 415 naming application/json", async (_, headers) => {
    const response = await postBody('[{"ihc":"3+"}]', headers);
    expect(response.status).toBe(415);
    expect(response.headers.get("content-type")).toBe(JSON_TYPE);
    expect(await errorOf(response)).toMatchObject({ parameter: null, allowed: ["application/json"] });
  });

  it("refuses a body without a Content-Type with 415", async () => {
    const response = await postBody(new Blob(['[{"ihc":"3+"}]']), {});
    expect(response.status).toBe(415);
  });

  it.each([
    ["1 MB of nested arrays", nested(1_000_000)],
    ["4 MB of nested arrays", nested(4_000_000)],
    ["1 MB of nested objects", `${'{"a":'.repeat(200_000)}1${"}".repeat(200_000)}`],
    ["a case nested 9 deep", `[{"ihc":${nested(14)}}]`],
  ])("refuses %s with a 400 naming the body, before parsing it", async (_, body) => {
    const response = await postBody(body);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.parameter).toBeNull();
    expect(error.message).toMatch(/^The body nests arrays or objects more than 8 deep/);
  });

  it("answers a case nested 8 deep with that case's own error, as before", async () => {
    const response = await postBody(`[{"ihc":${nested(12)}},{"ihc":"3+"}]`);
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: [{ error: { parameter: string } }, { result: { category: string } }] };
    expect(results[0].error.parameter).toBe("ihc");
    expect(results[1].result.category).toBe("her2-positive");
  });

  it("refuses a body over the size limit with 413, however it nests", async () => {
    const response = await postBody(nested(MAX_BATCH_BYTES + 2));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toMatch(/^The body is larger than 4 MB/);
  });
});

describe("GET /api/oembed maxwidth and maxheight", () => {
  const oembed = (query: string) => getOembed(new Request(`http://localhost/api/oembed?url=%2Fsurvival&${query}`));

  it.each([
    "maxwidth=abc",
    "maxwidth=1.5",
    "maxwidth=0",
    "maxwidth=-1",
    "maxwidth=10001",
    "maxwidth=1e3",
    "maxwidth=",
    "maxwidth=%205",
    "maxwidth=0x10",
    "maxheight=abc",
    "maxheight=99999999999999999999",
  ])("?%s is a 400 naming the parameter and its range", async (query) => {
    const response = oembed(query);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { parameter: string; message: string } };
    expect(error.parameter).toBe(query.split("=")[0]);
    expect(error.message).toContain("whole number of pixels from 1 to 10000");
  });

  it.each([
    ["maxwidth=1", 1, 720],
    ["maxwidth=640&maxheight=480", 640, 480],
    ["maxwidth=10000&maxheight=10000", 960, 720],
    ["", 960, 720],
  ])("?%s answers %i × %i", async (query, width, height) => {
    const response = oembed(query);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ width, height });
  });
});
