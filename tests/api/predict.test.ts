// @vitest-environment node
// GET /api/predict: every reference patient through HTTP at R's precision, the envelope and its
// credits, CSV, and a JSON 400 naming the parameter for each kind of bad input the README names.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/predict/route";
import { CHECKED_RANGES, PREDICT_PARAMETERS } from "@/lib/predict/inputs";
import { describePatient, readReference } from "../lib/predict/fixtures";

const PATIENTS = [...readReference("predict-public.json"), ...readReference("predict-extra.json")];
const EXAMPLE = "age=42&screen=0&size=25&grade=3&nodes=1&er=0&her2=1&ki67=1&pr=0&generation=3&horm=0&traz=1&bis=0&radio=1&heartGy=2&smoker=0";
const get = (query: string) => GET(new Request(`http://localhost/api/predict?${query}`));
const withValue = (name: string, value: string) => EXAMPLE.replace(new RegExp(`(^|&)${name}=[^&]*`), `$1${name}=${value}`);

type Body = {
  dataset: string;
  model: { name: string; licence: string };
  data: { years: number[]; results: { treatment: string; allCauseSurvival: number[]; breastCancerDeaths: number[]; otherDeaths: number[] }[] };
  sources: { id: string }[];
};

describe("GET /api/predict", () => {
  it.each(PATIENTS.map((patient, i) => [describePatient(patient, i), patient] as const))("reproduces R for %s", async (_, patient) => {
    const query = new URLSearchParams(PREDICT_PARAMETERS.map((name) => [name, String(patient.input[name])])).toString();
    const response = await get(query);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    for (const expected of patient.results) {
      const got = body.data.results.find((r) => r.treatment === expected.treatment);
      for (const series of ["allCauseSurvival", "breastCancerDeaths", "otherDeaths"] as const) {
        for (const [year, value] of (got?.[series] ?? []).entries()) {
          expect(Math.abs(value - (expected[series][year] ?? Number.NaN)), `${expected.treatment} ${series} year ${year + 1}`).toBeLessThan(1e-9);
        }
      }
    }
  });

  it("names the model, its version and licence, and cites it", async () => {
    const response = await get(EXAMPLE);
    expect(response.headers.get("etag")).toBeTruthy();
    const body = (await response.json()) as Body;
    expect(body.dataset).toBe("predict");
    expect(body.model).toMatchObject({ name: "PREDICT Breast v3.2", licence: "MIT" });
    expect(body.sources.map((s) => s.id)).toContain("predict-v32");
    expect(body.data.years).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(body.data.results).toHaveLength(10);
    const chosen = body.data.results.find((r) => r.treatment === "radioHormone5ChemoTrazBis");
    expect(Math.round(chosen?.allCauseSurvival[9] ?? 0)).toBe(83);
  });

  it("cautions a heart dose above the checked ones, naming the parameter, and stays silent at the checked limit", async () => {
    const cautions = async (heartGy: string) => ((await (await get(withValue("heartGy", heartGy))).json()) as { cautions: unknown[] }).cautions;
    expect(await cautions(String(CHECKED_RANGES.heartGy.max))).toEqual([]);
    const [caution, ...rest] = (await cautions("99")) as { parameter: string; message: string }[];
    expect(rest).toEqual([]);
    expect(caution?.parameter).toBe("heartGy");
    expect(caution?.message).toContain(`99 Gy is above the doses the model’s results were checked at (0–${CHECKED_RANGES.heartGy.max} Gy)`);
  });

  it("answers CSV: one row per treatment sequence and year", async () => {
    const lines = (await (await get(`${EXAMPLE}&format=csv`)).text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe("treatment,year,allCauseSurvival,breastCancerDeaths,otherDeaths");
    expect(lines).toHaveLength(1 + 10 * 15);
  });

  it.each([
    ["a missing parameter", EXAMPLE.replace("age=42&", ""), "age"],
    ["an unknown parameter", `${EXAMPLE}&weight=60`, "weight"],
    ["a repeated parameter", `${EXAMPLE}&age=50`, "age"],
    ["age below 25", withValue("age", "24.9"), "age"],
    ["age above 85", withValue("age", "85.1"), "age"],
    ["a malformed age", withValue("age", "forty"), "age"],
    ["a size of 0", withValue("size", "0"), "size"],
    ["negative nodes", withValue("nodes", "-1"), "nodes"],
    ["fractional nodes", withValue("nodes", "1.5"), "nodes"],
    ["a negative heart dose", withValue("heartGy", "-0.1"), "heartGy"],
    ["an unlisted HER2 code", withValue("her2", "2"), "her2"],
    ["an unlisted chemotherapy generation", withValue("generation", "1"), "generation"],
    ["a bad format", `${EXAMPLE}&format=xml`, "format"],
  ])("answers %s with a JSON 400 naming it", async (_, query, parameter) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
  });

  it.each([
    ["age", "25"],
    ["age", "85"],
    ["nodes", "0"],
    ["heartGy", "0"],
  ])("accepts %s=%s, at the edge of the range", async (name, value) => {
    expect((await get(withValue(name, value))).status).toBe(200);
  });
});
