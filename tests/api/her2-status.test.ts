// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/her2-status/route";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { MAX_BATCH_CASES } from "@/lib/api/her2-status";
import { sourceFor } from "@/lib/datasets";
import { classifyHer2, HER2_PARAMETERS, parseHer2Query } from "@/lib/her2";
import { classificationSources } from "@/lib/her2/result-text";
import { DATA_VERSION } from "@/lib/release";
import { expectErrorNaming } from "./error-answer";

const get = (query: string) => GET(new Request(`http://localhost/api/her2-status?${query}`));
const post = (body: string, headers: Record<string, string> = {}) =>
  POST(new Request("http://localhost/api/her2-status", { method: "POST", body, headers: { "Content-Type": "application/json", ...headers } }));

interface Result {
  kind: string;
  status?: string;
  category?: string;
  nextStep?: string;
  ishGroup: number | null;
  path: string[];
}

describe("GET /api/her2-status", () => {
  it.each([
    ["ihc=3%2B", { kind: "final", status: "positive", category: "her2-positive" }],
    ["ihc=3+", { kind: "final", status: "positive", category: "her2-positive" }],
    ["ihc=2%2B", { kind: "pending", nextStep: "reflex-ish" }],
    ["ihc=2+", { kind: "pending", nextStep: "reflex-ish" }],
    ["ihc=%202%20", { kind: "pending", nextStep: "reflex-ish" }],
    ["ihc=1", { kind: "final", status: "negative", category: "her2-low" }],
    ["ihc=0&ultralow=true", { kind: "final", status: "negative", category: "her2-ultralow" }],
    ["ihc=0&ultralow=false", { kind: "final", status: "negative", category: "her2-null" }],
    ["ihc=2%2B&ratio=2.5&copies=5.1", { kind: "final", status: "positive", category: "her2-positive" }],
    ["ihc=2%2B&ratio=1.5&copies=3.0", { kind: "final", status: "negative", category: "her2-low" }],
  ])("%s → %o", async (query, expected) => {
    const response = get(query);
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as { result: Result };
    expect(result).toMatchObject(expected);
    expect(result.path[0]).toBe("start");
  });

  it.each([
    ["ihc=4", "ihc"],
    ["ihc=2%2B&ihc=3", "ihc"],
    ["ihc=1&ultralow=true", "ultralow"],
    ["ihc=2%2B&ratio=abc&copies=4", "ratio"],
    ["ihc=2%2B&ratio=-1&copies=4", "ratio"],
    ["colour=red", "colour"],
  ])("%s is a 400 naming %s", async (query, parameter) => {
    const response = get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { parameter: string; message: string } };
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message.length).toBeGreaterThan(5);
  });

  it.each([
    ["ihc=2%2B&ihc=3", ["0", "1+", "2+", "3+"]],
    ["ihc=0&ultralow=true&ultralow=false", ["true", "false"]],
    ["copies=4&assay=single&assay=dual", ["dual", "single"]],
  ])("a repeated parameter (%s) is a 400 listing its allowed values", async (query, allowed) => {
    const body = (await get(query).json()) as { error: { allowed?: string[] } };
    expect(body.error.allowed).toEqual(allowed);
  });

  it("carries the medical review's wording: IHC 0 unsplit depends on the staining; HER2-low after group 4 rests on IHC", async () => {
    const text = async (query: string) => {
      const { result } = (await get(query).json()) as { result: { plain: string; clinical: string } };
      return `${result.plain} ${result.clinical}`;
    };
    expect(await text("ihc=0")).toContain("The pathology report, or the pathologist, can say whether faint staining was seen.");
    const group4 = await text("ihc=2%2B&ratio=1.8&copies=4.5&recountRatio=1.7&recountCopies=4.2");
    expect(group4).toContain("not amplified by the guideline's definition");
    expect(group4).toContain("Caveat: HER2-low after ISH group 2 or 4 rests on the IHC 2+ result");
    expect(await text("ihc=2%2B&ratio=1.5&copies=3.0")).toContain("2+ without extra gene copies");
  });

  it("says beside group 2's recount that the step is not confirmed for group 2, and leaves the caveat out elsewhere", async () => {
    const result = async (query: string) => ((await get(query).json()) as { result: { report: string; caveat?: string } }).result;
    const group2 = await result("ihc=2%2B&ratio=2.0&copies=3.99");
    expect(group2.report).toBe("Observer blinded to previous results recounts ISH, counting at least 20 cells");
    expect(group2.caveat).toMatch(/^For ISH group 2 this step is not confirmed: the ASCO\/CAP figure for group 2 was not seen/);
    expect(await result("ihc=2%2B&ratio=1.99&copies=6.0")).not.toHaveProperty("caveat");
  });

  // The batch CSV tool accepts a pathologist's "IHC 2+"; the API keeps design.md §5's rule (0–3, one "+").
  it.each(["IHC%202%2B", "IHC2%2B", "ihc%202"])("does not take the batch tool's IHC prefix: ihc=%s is a 400", async (value) => {
    await expectErrorNaming(get(`ihc=${value}`), 400, "ihc");
  });

  it("is cacheable: ETag and 304", () => {
    const first = get("ihc=3");
    const etag = first.headers.get("etag")!;
    const again = GET(new Request("http://localhost/api/her2-status?ihc=3", { headers: { "If-None-Match": etag } }));
    expect(again.status).toBe(304);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await getOpenApi(new Request("http://localhost/api/openapi.json")).json()) as {
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
    };
    expect(doc.paths["/api/her2-status"]?.get.parameters.map((p) => p.name)).toEqual([
      "ihc",
      "ultralow",
      "ratio",
      "copies",
      "cep17",
      "recountRatio",
      "recountCopies",
      "assay",
    ]);
  });
});

describe("POST /api/her2-status", () => {
  it.each(["?ihc=0", "?zz=%3Cscript%3E"])("refuses a query beside the body (%s): a 400 naming it, not a silent drop", async (query) => {
    const request = new Request(`http://localhost/api/her2-status${query}`, {
      method: "POST",
      body: '[{"ihc":3}]',
      headers: { "Content-Type": "application/json" },
    });
    const response = await POST(request);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { parameter: string; message: string } };
    expect(error.parameter).toBe(new URLSearchParams(query).keys().next().value);
    expect(error.message).toMatch(/no query/);
  });

  it("classifies each case in order, with per-case errors that do not stop the others", async () => {
    const response = await post(JSON.stringify([{ ihc: "3+" }, { ihc: "9" }, { ihc: 2, ratio: 2.4, copies: 4.4 }, "nope", { ihc: "1+" }]));
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: ({ result: Result } | { error: { parameter: string | null } })[] };
    expect(results).toHaveLength(5);
    expect(results[0]).toMatchObject({ result: { category: "her2-positive" } });
    expect(results[1]).toMatchObject({ error: { parameter: "ihc" } });
    expect(results[2]).toMatchObject({ result: { status: "positive" } });
    expect(results[3]).toMatchObject({ error: { parameter: null, message: "Each case must be a JSON object.", allowed: [...HER2_PARAMETERS] } });
    expect(results[4]).toMatchObject({ result: { category: "her2-low" } });
  });

  it("keeps the API's IHC rule in a JSON body too: the batch tool's \"IHC 2+\" spelling is a per-case error", async () => {
    const { results } = (await (await post(JSON.stringify([{ ihc: "IHC 2+" }, { ihc: "2++" }, { ihc: "2+" }]))).json()) as { results: object[] };
    expect(results).toMatchObject([{ error: { parameter: "ihc" } }, { error: { parameter: "ihc" } }, { result: { nextStep: "reflex-ish" } }]);
  });

  it.each([
    ["not JSON", "{ nope", 400],
    ["an object, not an array", JSON.stringify({ ihc: "3+" }), 400],
    ["too many cases", JSON.stringify(Array.from({ length: MAX_BATCH_CASES + 1 }, () => ({ ihc: "0" }))), 413],
  ])("rejects %s", async (_, body, status) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBeTruthy();
  });

  it.each(["{ nope", "{}"])("lists the case fields when the body %s is not a JSON array", async (body) => {
    const { error } = (await (await post(body)).json()) as { error: { allowed: string[] } };
    expect(error.allowed).toEqual([...HER2_PARAMETERS]);
  });

  it("rejects a body that declares or streams more than the size limit with 413", async () => {
    expect((await post("[]", { "Content-Length": String(50 * 1024 * 1024) })).status).toBe(413);
    expect((await post(`[${'{"ihc":"0"},'.repeat(400_000)}{"ihc":"0"}]`)).status).toBe(413);
  });

  it("handles a batch of exactly 10,000 cases", async () => {
    const cases = Array.from({ length: MAX_BATCH_CASES }, (_, i) => ({ ihc: String(i % 4) }));
    const { results } = (await (await post(JSON.stringify(cases))).json()) as { results: unknown[] };
    expect(results).toHaveLength(MAX_BATCH_CASES);
  });

  it("never answers 500 to random bodies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (body) => {
        const response = await post(body);
        expect([200, 400, 413]).toContain(response.status);
        expect(await response.text()).not.toMatch(/[<>]/);
      }),
      { numRuns: 300 },
    );
  });

  /** Hostile values: wrong types, huge and tiny numbers, nested arrays, markup. */
  const hostileValue = fc.oneof(
    fc.constantFrom("3+", "2+", "0", 1, 2.2, 4.4, true, "true", "dual", "single", null),
    fc.constantFrom(1e308, -1e308, 5e-324, -0, 0, Number.MAX_SAFE_INTEGER + 2, 1e21, "1e999", "NaN", "Infinity", "0x10", " 2.5 ", "2,5"),
    fc.constantFrom("<script>alert(1)</script>", "__proto__", "A".repeat(5000), "\u0000"),
    fc.array(fc.array(fc.integer(), { maxLength: 3 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
    fc.string({ maxLength: 20 }),
    fc.double(),
  );
  const hostileKey = fc.oneof(
    fc.constantFrom(...HER2_PARAMETERS),
    fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "format"),
    fc.string({ maxLength: 10 }),
  );
  /** Written by hand so "__proto__" arrives as an own key, as JSON.parse reads it from a real client. */
  const hostileCase = fc.oneof(
    fc
      .array(fc.tuple(hostileKey, hostileValue), { maxLength: 5 })
      .map((fields) => `{${fields.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(",")}}`),
    fc.constantFrom("null", "[]", "[[1]]", "3", '"3+"', "true"),
  );

  it("answers hostile cases one by one: a result or an error naming the field, never a 500, never a polluted prototype", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileCase, { maxLength: 8 }), async (cases) => {
        const response = await post(`[${cases.join(",")}]`);
        expect(response.status).toBe(200);
        const text = await response.text();
        expect(text).not.toMatch(/[<>]/);
        const { results } = JSON.parse(text) as {
          results: ({ result: Result } | { error: { parameter: string | null; message: string; allowed?: string[] } })[];
        };
        expect(results).toHaveLength(cases.length);
        results.forEach((entry, i) => {
          const sent = JSON.parse(cases[i]!) as unknown;
          if ("result" in entry) {
            expect(["final", "pending"]).toContain(entry.result.kind);
            expect(entry.result.path[0]).toBe("start");
          } else {
            expect(entry.error.message.length).toBeGreaterThan(5);
            expect(entry.error.message.length).toBeLessThan(200);
            if (sent === null || typeof sent !== "object" || Array.isArray(sent)) expect(entry.error.parameter).toBeNull();
            else expect(typeof entry.error.parameter).toBe("string");
          }
          // A case with a non-scalar field, or a field that is not a parameter, is never classified.
          if (sent !== null && typeof sent === "object" && !Array.isArray(sent)) {
            const fields = Object.entries(sent as Record<string, unknown>).filter(([, value]) => value !== null);
            const bad = fields.some(([key, value]) => typeof value === "object" || !(HER2_PARAMETERS as readonly string[]).includes(key));
            if (bad) expect(entry).toHaveProperty("error");
          }
        });
        expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(PROTOTYPE_KEYS);
      }),
      { numRuns: 600 },
    );
  });
});

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

describe("/api/her2-status's sources", () => {
  type Cited = { version: string; sources: { id: string; citation: string }[] };
  /** The sources the classifier's text cites for a case, as the result card lists them. */
  const sourcesOf = (query: string) => {
    const parsed = parseHer2Query(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(parsed.error.message);
    return classificationSources(classifyHer2(parsed.input));
  };

  it("names the data release and cites, in full, every source its result's text rests on", async () => {
    const body = (await (await get("ihc=2%2B&ratio=2.5&copies=5")).json()) as Cited;
    expect(body.version).toBe(DATA_VERSION);
    const ids = sourcesOf("ihc=2%2B&ratio=2.5&copies=5");
    expect(body.sources.map((source) => source.id)).toEqual(ids);
    expect(ids).toContain("asco-cap-2018");
    for (const source of body.sources) expect(source.citation).toBe(sourceFor(source.id).citation);
  });

  it("cites a batch's sources once each, for every result in it", async () => {
    const body = (await (await post(JSON.stringify([{ ihc: "3+" }, { ihc: "1+" }, { ihc: "9" }]))).json()) as Cited;
    const ids = ["ihc=3%2B", "ihc=1%2B"].flatMap(sourcesOf);
    expect(body.sources.map((source) => source.id)).toEqual([...new Set(ids)]);
    expect(body.version).toBe(DATA_VERSION);
  });
});
