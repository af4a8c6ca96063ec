// @vitest-environment node
import { describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { GET as getPrevalence } from "@/app/api/prevalence/route";
import { GET as getIndex } from "@/app/api/route";
import { GET as getSubtypes } from "@/app/api/subtypes/route";
import { GET as getSurvival, OPTIONS as optionsSurvival } from "@/app/api/survival/route";
import { withDecimals } from "@/lib/api/endpoints";
import { datasets } from "@/lib/datasets";
import { SUBTYPE_IDS, SUBTYPES } from "@/lib/subtypes";
import { expectErrorNaming } from "./error-answer";

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

interface Envelope<Row = Record<string, unknown>> {
  dataset: string;
  version: string;
  query: Record<string, string>;
  data: Row[];
  sources: { id: string; citation: string }[];
}

describe("GET /api/survival", () => {
  it("returns the two requested four-year figures with their source", async () => {
    const res = getSurvival(request("/api/survival?subtype=hr-neg-her2-pos,hr-neg-her2-neg&measure=four-year-cause-specific&stage=all"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await res.json()) as Envelope<{ subtype: string; value: number; sourceId: string }>;
    expect(body.dataset).toBe("survival");
    expect(body.query).toEqual({ subtype: "hr-neg-her2-pos,hr-neg-her2-neg", measure: "four-year-cause-specific", stage: "all" });
    expect(body.data.map((r) => [r.subtype, r.value])).toEqual([
      ["hr-neg-her2-pos", 82.7],
      ["hr-neg-her2-neg", 77.0],
    ]);
    expect(body.sources.map((s) => s.id)).toEqual(["howlader-2018-cebp"]);
  });

  it("answers a bad stage with a 400 naming stage and the allowed values", async () => {
    const res = getSurvival(request("/api/survival?stage=bogus"));
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { error: { parameter: string; allowed: string[] } };
    expect(body.error.parameter).toBe("stage");
    expect(body.error.allowed).toEqual(["all", "localized", "regional", "distant", "stage-iv"]);
  });

  it.each(["subtype=her2", "measure=overall", "stage=all&stage=distant", "foo=1", "format=pdf", "subtype="])("rejects %s with a JSON 400", async (query) => {
    const res = getSurvival(request(`/api/survival?${query}`));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { parameter: string; message: string } };
    expect(body.error.parameter).toBe(query.split("=")[0]);
    expect(body.error.message.length).toBeGreaterThan(5);
  });

  it("answers a valid query that matches nothing with 200 and empty data", async () => {
    const res = getSurvival(request("/api/survival?measure=four-year-cause-specific&stage=localized"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Envelope;
    expect(body.data).toEqual([]);
    expect(body.sources).toEqual([]);
  });

  it("serves RFC 4180 CSV as an attachment with the citation on every row", async () => {
    const res = getSurvival(request("/api/survival?stage=regional&format=csv"));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe("attachment; filename=survival.csv");
    const text = await res.text();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "id,subtype,group,measure,stage,value,decimals,unit,period,period_kind,registry,population,definition,status,note,unavailable_reason,source_id,source_citation",
    );
    // Five subtype categories and the all-subtypes row.
    expect(lines.filter(Boolean)).toHaveLength(1 + 6);
    expect(text).toMatch(/\r\nfive-year-2013-2019-regional-all-subtypes,,all-subtypes,five-year-relative,regional,86.3,1,percent,2013-2019,diagnosis,/);
    expect(text).toContain(
      '"Five-year relative survival: survival of people with breast cancer compared with people in the general population of the same age, race and sex who have not been diagnosed with cancer."',
    );
    expect(lines[1]).toMatch(/^five-year-2013-2019-regional-hr-pos-her2-neg,hr-pos-her2-neg,,five-year-relative,regional,90.3,1,percent,2013-2019,diagnosis,/);
  });

  it("writes each CSV value with the decimals its source printed (JSON drops 77.0's zero), and says how its period dates it", async () => {
    const csv = await getSurvival(request("/api/survival?measure=four-year-cause-specific&stage=all&format=csv")).text();
    expect(csv).toMatch(/\r\nfour-year-all-hr-neg-her2-neg,hr-neg-her2-neg,,four-year-cause-specific,all,77\.0,1,percent,2010-2013,diagnosis,/);
    expect(withDecimals(77, 1)).toBe("77.0");
    expect(withDecimals(61, 0)).toBe("61");
    expect(withDecimals(1.25, 1)).toBe("1.25"); // never rounded away
    expect(withDecimals(0, 2)).toBe("0.00");
  });

  it("keeps the CSV header when no row matches, so a download still says what its columns are", async () => {
    const full = await getSurvival(request("/api/survival?format=csv")).text();
    const empty = await getSurvival(request("/api/survival?measure=four-year-cause-specific&stage=localized&format=csv")).text();
    expect(empty).toBe(`${full.split("\r\n")[0]}\r\n`);
  });

  it("sends CORS, Cache-Control and an ETag, and answers 304 when it matches", async () => {
    const first = getSurvival(request("/api/survival"));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const again = getSurvival(request("/api/survival", { "If-None-Match": etag! }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = getSurvival(request("/api/survival?stage=all", { "If-None-Match": etag! }));
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);
  });

  it("answers the CORS preflight", () => {
    const res = optionsSurvival();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toContain("GET");
  });
});

describe("GET /api/prevalence", () => {
  it("breaks down by race with confidence intervals", async () => {
    const res = getPrevalence(request("/api/prevalence?by=race&subtype=hr-pos-her2-pos&measure=incidence-rate"));
    const body = (await res.json()) as Envelope<{ race: string; period: string; ci: { lower: number } | null }>;
    const withCi = body.data.filter((r) => r.ci !== null);
    expect(withCi.map((r) => r.race)).toEqual(["hispanic", "nh-aian", "nh-api", "nh-black", "nh-white"]);
    expect(body.data.every((r) => r.race !== null)).toBe(true);
  });

  it("by=subtype keeps only all-ages, all-races rows, unknown included", async () => {
    const body = (await getPrevalence(request("/api/prevalence?by=subtype&measure=percent-of-cases")).json()) as Envelope<{
      subtype: string;
      race: null;
      ageGroup: null;
    }>;
    expect(body.data.every((r) => r.race === null && r.ageGroup === null)).toBe(true);
    expect(body.data.some((r) => r.subtype === "unknown")).toBe(true);
  });

  // her2-data.md §6 caveat 7: observed stage rates and delay-adjusted totals are not mixed.
  it("by=subtype gives subtype totals only: no rate of one stage (observed) beside the totals (delay-adjusted)", async () => {
    const query = "/api/prevalence?by=subtype&subtype=hr-pos-her2-neg&measure=incidence-rate";
    const body = (await getPrevalence(request(query)).json()) as Envelope<{ id: string; stage?: string }>;
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.filter((r) => r.stage !== undefined)).toEqual([]);
    const all = (await getPrevalence(request("/api/prevalence?period=2022&subtype=hr-pos-her2-neg&measure=incidence-rate")).json()) as Envelope<{
      stage?: string;
    }>;
    expect(all.data.filter((r) => r.stage !== undefined).length).toBe(4);
  });

  it("rejects by=stage", async () => {
    await expectErrorNaming(getPrevalence(request("/api/prevalence?by=stage")), 400, "by");
  });

  it("keeps the race/ethnicity groups asked for, as the by-age chart draws them, and names a wrong one", async () => {
    const all = (await getPrevalence(request("/api/prevalence?measure=incidence-rate&by=age&subtype=hr-pos-her2-pos")).json()) as Envelope<{ race: string }>;
    const two = (await getPrevalence(
      request("/api/prevalence?measure=incidence-rate&by=age&subtype=hr-pos-her2-pos&race=nh-black,hispanic"),
    ).json()) as Envelope<{
      race: string;
    }>;
    expect(new Set(two.data.map((row) => row.race))).toEqual(new Set(["nh-black", "hispanic"]));
    expect(two.data).toEqual(all.data.filter((row) => row.race === "nh-black" || row.race === "hispanic"));
    await expectErrorNaming(getPrevalence(request("/api/prevalence?race=martian")), 400, "race");
  });
});

describe("GET /api/subtypes", () => {
  it("serves the four subtypes with labels and colours from the one config", async () => {
    const body = (await getSubtypes(request("/api/subtypes")).json()) as Envelope<{ id: string; label: string; color: { light: string } }>;
    expect(body.data.map((r) => r.id)).toEqual([...SUBTYPE_IDS]);
    for (const row of body.data) {
      const style = SUBTYPES[row.id as (typeof SUBTYPE_IDS)[number]];
      expect(row.label).toBe(style.label);
      expect(row.color.light).toBe(style.color.light);
    }
  });

  it("serves the dataset's definitions, and cites every source its rows and definitions name, aliases included", async () => {
    const response = getSubtypes(request("/api/subtypes"));
    const text = await response.text();
    const body = JSON.parse(text) as Envelope & { definitions: unknown };
    expect(body.definitions).toEqual(datasets.subtypes.definitions);
    const cited = new Set([...text.matchAll(/"sourceId":"([^"]+)"/g)].map((m) => m[1]));
    expect(cited).toContain("seer-statfacts-subtypes-2023");
    expect(body.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });

  it("defines HER2-positive to include ISH done first, and ultralow by its rule, as the medical review asked", async () => {
    const { definitions } = (await getSubtypes(request("/api/subtypes")).json()) as { definitions: Record<string, { text: string; sourceId: string }> };
    expect(definitions.her2Positive?.text).toContain("IHC 3+, or IHC 2+ with ISH amplification, or ISH group 1 when ISH is the first test");
    expect(definitions.her2Ultralow).toEqual({
      text: expect.stringContaining("IHC 0 with faint, incomplete membrane staining in >0% to ≤10% of tumor cells"),
      sourceId: "rakha-2026-consensus",
    });
    expect(definitions.her2LowUltralowApproval).toEqual({
      text: expect.stringContaining("progressed on one or more endocrine therapies in the metastatic setting"),
      sourceId: "fda-2025-her2ultralow",
    });
  });

  it("filters by id and rejects unknown (not a defined subtype)", async () => {
    const one = (await getSubtypes(request("/api/subtypes?id=hr-neg-her2-pos")).json()) as Envelope<{ id: string }>;
    expect(one.data.map((r) => r.id)).toEqual(["hr-neg-her2-pos"]);
    expect(getSubtypes(request("/api/subtypes?id=unknown")).status).toBe(400);
  });
});

describe("GET /api and /api/openapi.json", () => {
  it("indexes every dataset with its filters and sources", async () => {
    const body = (await getIndex(request("/api")).json()) as {
      datasets: { dataset: string; rows: number; filters: { name: string; allowed: string[] }[]; fields: string[] }[];
    };
    expect(body.datasets.map((d) => d.dataset)).toEqual(["subtypes", "prevalence", "survival", "therapies", "trials"]);
    const survival = body.datasets.find((d) => d.dataset === "survival")!;
    expect(survival.rows).toBe(datasets.survival.length);
    expect(survival.filters.map((f) => f.name)).toEqual(["subtype", "measure", "stage", "period"]);
    expect(survival.filters.find((f) => f.name === "period")?.allowed).toEqual(["2010-2013", "2013-2019", "2014-2020"]);
    expect(survival.fields).toEqual(expect.arrayContaining(["subtype", "measure", "stage", "value", "unit", "period", "sourceId"]));
  });

  it("describes every route in OpenAPI 3.1, with row schemas generated from the zod schemas", async () => {
    const doc = (await getOpenApi(request("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string; description?: string }[] } }>;
      components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/survival", "/api/prevalence", "/api/subtypes"]));
    const stage = doc.paths["/api/survival"]!.get.parameters.find((p) => p.name === "stage");
    expect(stage?.description).toContain("stage-iv");
    expect(doc.components.schemas.SurvivalRow?.properties?.stage?.enum).toEqual(["all", "localized", "regional", "distant", "stage-iv"]);
    // Fields added for all-subtype totals, stated ranges and not-found figures are described, not just listed.
    const prevalenceProps = doc.components.schemas.PrevalenceRow?.properties as Record<string, { description?: string; enum?: string[] }>;
    expect(prevalenceProps.group?.description).toMatch(/subtype null/);
    expect(prevalenceProps.range?.description).toMatch(/range/);
    expect(prevalenceProps.stage?.enum).toEqual(["localized", "regional", "distant", "unstaged"]);
    // JSON drops a trailing zero (77.0 travels as 77): the schema says how many decimals a value has.
    const survivalProps = doc.components.schemas.SurvivalRow?.properties as Record<string, { description?: string }>;
    expect(survivalProps.decimals?.description).toContain("percent 1, per-100000 1, percent-per-year 1, years 0 (so 77 in percent is 77.0)");
    expect(doc.components.schemas.SurvivalRow?.properties?.status?.enum).toEqual(["confirmed", "confirmed-copy", "not-found"]);
    // Every $ref points at a defined schema.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of refs) expect(doc.components.schemas[ref.split("/").pop()!]).toBeDefined();
  });
});

describe("period filter", () => {
  it("tells two editions of a figure apart", async () => {
    const body = (await getSurvival(
      request("/api/survival?measure=five-year-relative&stage=all&subtype=hr-pos-her2-neg&period=2014-2020"),
    ).json()) as Envelope<{ value: number }>;
    expect(body.data.map((r) => r.value)).toEqual([95.1]);
    expect(getPrevalence(request("/api/prevalence?period=1999")).status).toBe(400);
  });
});
