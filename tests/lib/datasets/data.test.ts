// @vitest-environment node
import { describe, expect, it } from "vitest";
import prevalenceFile from "@/data/prevalence.json";
import sourcesFile from "@/data/sources.json";
import subtypesFile from "@/data/subtypes.json";
import survivalFile from "@/data/survival.json";
import therapiesFile from "@/data/therapies.json";
import { DATA_VERSION, datasets, sourceFor, UNIT_RANGES } from "@/lib/datasets";
import { fourYearSurvival, her2PositiveShare, shareOfCases } from "@/lib/datasets/queries";
import { HER2_TEXT_SOURCE_IDS } from "@/lib/her2/result-text";
import { PREDICT_SOURCE_IDS } from "@/lib/predict/coefficients";
import { trials } from "@/lib/trials/data";

const allFigures = [...datasets.survival, ...datasets.prevalence];

describe("published data", () => {
  it("every sourceId resolves to a citation", () => {
    const cited = [
      ...allFigures.map((row) => row.sourceId),
      ...datasets.therapies.map((row) => row.sourceId),
      ...datasets.subtypes.subtypes.flatMap((s) => [s.sourceId, ...s.aliases.map((a) => a.sourceId)]),
      ...Object.values(datasets.subtypes.definitions).map((d) => d.sourceId),
    ];
    for (const id of cited) expect(sourceFor(id).citation.length).toBeGreaterThan(20);
  });

  it("every value is within the range of its unit, and every gap says why", () => {
    for (const row of allFigures) {
      const range = "range" in row ? row.range : undefined;
      if (range) {
        // A stated range ("about 80–85%") is its two ends, never a single value.
        expect(row.value, row.id).toBeNull();
        const { min, max } = UNIT_RANGES[row.unit];
        expect(range.low, row.id).toBeGreaterThanOrEqual(min);
        expect(range.high, row.id).toBeLessThanOrEqual(max);
        expect(range.low, row.id).toBeLessThan(range.high);
      } else if (row.value === null) {
        expect(row.unavailableReason, row.id).toBeTruthy();
      } else {
        const { min, max } = UNIT_RANGES[row.unit];
        expect(row.value, row.id).toBeGreaterThanOrEqual(min);
        expect(row.value, row.id).toBeLessThanOrEqual(max);
      }
    }
  });

  it("every source in sources.json is cited by some figure or definition", () => {
    const cited = new Set([
      ...allFigures.map((row) => row.sourceId),
      ...datasets.therapies.map((row) => row.sourceId),
      ...datasets.subtypes.subtypes.flatMap((s) => [s.sourceId, ...s.aliases.map((a) => a.sourceId)]),
      ...Object.values(datasets.subtypes.definitions).map((d) => d.sourceId),
      // The decision-flow sources are cited by lib/her2's text, not by a dataset row.
      ...HER2_TEXT_SOURCE_IDS,
      // The under-40 (AYA) share statement on /prevalence cites Keegan 2012; it is a finding, not a figure.
      "keegan-2012-bcr",
      // The trials' publications and the reconstruction their curves come from.
      ...trials.trials.map((trial) => trial.sourceId),
      trials.dataSourceId,
      // The PREDICT model: the R package it is written from, and the papers describing it.
      ...PREDICT_SOURCE_IDS,
    ]);
    expect(datasets.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it("all data files belong to one release", () => {
    const versions = [sourcesFile.version, subtypesFile.version, survivalFile.version, prevalenceFile.version, therapiesFile.version, trials.version];
    expect(versions).toEqual(Array(6).fill(DATA_VERSION));
  });

  it("shares of cases add up to 100 within each complete set, give or take the rounding the source printed", () => {
    const groups = new Map<string, typeof datasets.prevalence>();
    for (const row of datasets.prevalence.filter((r) => r.measure === "percent-of-cases" && r.subtype !== null)) {
      const key = `${row.sourceId}|${row.period}|${row.denominator}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const complete = [...groups.entries()].filter(([key, rows]) => (key.endsWith("|all-cases") ? rows.length === 5 : rows.length === 4));
    // SEER 2017–2021 (all cases, unknown included), Howlader 2010 (known status only), Kohler 2011 (whole percent).
    expect(complete.map(([key]) => key).sort()).toEqual([
      "howlader-2014-jnci|2010|known-status-cases",
      "kohler-2015-jnci|2011|not-stated",
      "seer-statfacts-subtypes-2024|2017-2021|all-cases",
    ]);
    for (const [key, rows] of complete) {
      const total = rows.reduce((sum, row) => sum + (row.value ?? 0), 0);
      // One-decimal shares: within 0.5. Whole-percent shares: each may be off by up to 0.5.
      const wholePercent = rows.every((row) => row.decimals === 0);
      expect(Math.abs(total - 100), key).toBeLessThanOrEqual(wholePercent ? rows.length * 0.5 : 0.5);
    }
  });
});

describe("figures match the reference exactly (her2-data.md)", () => {
  it("four-year breast cancer-specific survival, Howlader 2018, 2010–2013", () => {
    const rows = fourYearSurvival(datasets.survival);
    expect(rows.map((r) => [r.subtype, r.value, r.period, r.sourceId])).toEqual([
      ["hr-pos-her2-neg", 92.5, "2010-2013", "howlader-2018-cebp"],
      ["hr-pos-her2-pos", 90.3, "2010-2013", "howlader-2018-cebp"],
      ["hr-neg-her2-pos", 82.7, "2010-2013", "howlader-2018-cebp"],
      ["hr-neg-her2-neg", 77.0, "2010-2013", "howlader-2018-cebp"],
    ]);
  });

  it("de novo stage IV four-year figures: only the two the source gives", () => {
    const stageIv = datasets.survival.filter((r) => r.stage === "stage-iv");
    expect(Object.fromEntries(stageIv.map((r) => [r.subtype, r.value]))).toEqual({
      "hr-pos-her2-neg": 35.9,
      "hr-pos-her2-pos": 45.5,
      "hr-neg-her2-pos": null,
      "hr-neg-her2-neg": null,
    });
  });

  it("five-year relative survival by SEER stage, 2013–2019 edition", () => {
    const table = (subtype: string) =>
      ["all", "localized", "regional", "distant"].map(
        (stage) =>
          datasets.survival.find((r) => r.measure === "five-year-relative" && r.period === "2013-2019" && r.subtype === subtype && r.stage === stage)?.value,
      );
    expect(table("hr-pos-her2-neg")).toEqual([94.8, 100.0, 90.3, 34.0]);
    expect(table("hr-pos-her2-pos")).toEqual([91.0, 99.1, 89.8, 45.6]);
    expect(table("hr-neg-her2-pos")).toEqual([85.6, 97.2, 84.0, 39.5]);
    expect(table("hr-neg-her2-neg")).toEqual([77.6, 91.8, 66.2, 12.8]);
    expect(table("unknown")).toEqual([null, 96.6, 77.3, 17.8]);
  });

  it("records the disagreement between the two copies of the regional HR+/HER2− figure", () => {
    const row = datasets.survival.find((r) => r.id === "five-year-2013-2019-regional-hr-pos-her2-neg");
    expect(row?.note).toMatch(/90\.2/);
  });

  it("share of cases and incidence, SEER 22, 2017–2021", () => {
    const pick = (measure: string) =>
      Object.fromEntries(
        datasets.prevalence.filter((r) => r.measure === measure && r.period === "2017-2021" && r.subtype !== null).map((r) => [r.subtype, r.value]),
      );
    expect(pick("percent-of-cases")).toEqual({
      "hr-pos-her2-neg": 69.5,
      "hr-neg-her2-neg": 10.5,
      "hr-pos-her2-pos": 9.6,
      "hr-neg-her2-pos": 4.0,
      unknown: 6.1,
    });
    expect(pick("incidence-rate")).toEqual({ "hr-pos-her2-neg": 90.0, "hr-neg-her2-neg": 13.6, "hr-pos-her2-pos": 12.4, "hr-neg-her2-pos": 5.1, unknown: 7.9 });
  });

  it("HER2-positive share is the derived 13.6% of all cases", () => {
    expect(her2PositiveShare(shareOfCases(datasets.prevalence)).value).toBe(13.6);
  });

  it("race rates carry their confidence intervals", () => {
    const aian = datasets.prevalence.find((r) => r.id === "rate-2018-2022-race-nh-aian-hr-pos-her2-pos");
    expect(aian).toMatchObject({ value: 11.7, ci: { lower: 10.0, upper: 13.6, level: 95 } });
  });

  it("suppressed age cells are unavailable, not zero, while a published 0.0 stays 0.0", () => {
    const cell = (age: string, race: string) => datasets.prevalence.find((r) => r.id === `rate-2018-2022-age-${age}-${race}-hr-pos-her2-pos`);
    expect(cell("20-24", "nh-api")).toMatchObject({ value: null, unavailableReason: expect.stringMatching(/fewer than 16/) });
    expect(cell("20-24", "nh-aian")?.value).toBe(0);
    expect(cell("70-74", "nh-aian")?.value).toBe(43.0);
    expect(cell("90+", "nh-white")?.value).toBe(19.8);
  });

  it("HER2-low share among HER2-negative cancers", () => {
    const ncdb = datasets.prevalence.find((r) => r.id === "her2-low-share-ncdb-all");
    expect(ncdb).toMatchObject({ value: 65.5, period: "2010-2019", sourceId: "peiffer-2023-jamaonc" });
    expect(datasets.prevalence.find((r) => r.id === "her2-low-share-fda-2022")).toMatchObject({ value: 60, qualifier: "about" });
  });
});

describe("2020 on a trend (her2-data.md §6 caveat 9: flag 2020 on any time series)", () => {
  it("every incidence trend spanning 2020 says COVID lowered that year and that SEER's fit leaves it out", () => {
    const trends = datasets.prevalence.filter((row) => row.measure === "incidence-trend");
    expect(trends.length).toBeGreaterThan(0);
    for (const row of trends) {
      const [start, end = start] = row.period.split("-").map(Number) as [number, number?];
      if (start <= 2020 && end >= 2020)
        expect(row.note, row.id).toBe("Diagnoses fell in 2020 because of the COVID-19 pandemic; SEER leaves 2020 out of its trend fits.");
    }
  });
});
