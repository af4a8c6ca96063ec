// @vitest-environment node
/**
 * Every CONFIRMED figure in her2-data.md ships, with its definition, period, population, registry and
 * source. These are the figures added after the completeness audit (all-subtype totals, Kohler 2015,
 * incidence by stage, and the stated ranges of §5).
 */
import { describe, expect, it } from "vitest";
import { datasets, PrevalenceRowSchema, SurvivalRowSchema, sourceFor } from "@/lib/datasets";

const prevalence = (id: string) => {
  const row = datasets.prevalence.find((r) => r.id === id);
  if (!row) throw new Error(`no prevalence row ${id}`);
  return row;
};

describe("all-subtype totals (her2-data.md §3b, §4a)", () => {
  it("incidence, all subtypes together: 129.4 (2017–2021) and 126.9 (2016–2020) per 100,000", () => {
    expect(prevalence("rate-2017-2021-all-subtypes")).toMatchObject({
      subtype: null,
      group: "all-subtypes",
      measure: "incidence-rate",
      value: 129.4,
      unit: "per-100000",
      period: "2017-2021",
      registry: "SEER 22",
      sourceId: "seer-statfacts-subtypes-2024",
      status: "confirmed",
    });
    expect(prevalence("rate-2016-2020-all-subtypes")).toMatchObject({
      subtype: null,
      group: "all-subtypes",
      value: 126.9,
      period: "2016-2020",
      sourceId: "seer-statfacts-subtypes-2023",
      status: "confirmed-copy",
    });
  });

  it("the 2016–2020 subtype rates ship as the reference gives them", () => {
    const rates = datasets.prevalence.filter((r) => r.measure === "incidence-rate" && r.period === "2016-2020" && r.subtype !== null);
    expect(Object.fromEntries(rates.map((r) => [r.subtype, r.value]))).toEqual({
      "hr-pos-her2-neg": 87.2,
      "hr-neg-her2-neg": 13.2,
      "hr-pos-her2-pos": 12.6,
      "hr-neg-her2-pos": 5.1,
      unknown: 8.4,
    });
  });

  it("five-year relative survival, all subtypes, 2013–2019: 90.8 / 99.3 / 86.3 / 31.0", () => {
    const rows = datasets.survival.filter((r) => r.group === "all-subtypes");
    expect(rows.map((r) => [r.stage, r.value])).toEqual([
      ["all", 90.8],
      ["localized", 99.3],
      ["regional", 86.3],
      ["distant", 31.0],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({
        subtype: null,
        measure: "five-year-relative",
        period: "2013-2019",
        registry: "SEER 22 (excluding Illinois and Massachusetts)",
        sourceId: "seer-statfacts-subtypes-2023",
        status: "confirmed-copy",
      });
      expect(row.definition).toMatch(/same age, race and sex who have not been diagnosed with cancer/);
    }
  });
});

describe("Kohler 2015 (her2-data.md §4b)", () => {
  it("the % split 73/13/10/5 of 2011 cases, as whole percents, with its denominator left unstated", () => {
    const split = datasets.prevalence.filter((r) => r.sourceId === "kohler-2015-jnci" && r.measure === "percent-of-cases");
    expect(Object.fromEntries(split.map((r) => [r.subtype, r.value]))).toEqual({
      "hr-pos-her2-neg": 73,
      "hr-neg-her2-neg": 13,
      "hr-pos-her2-pos": 10,
      "hr-neg-her2-pos": 5,
    });
    for (const row of split) expect(row).toMatchObject({ period: "2011", decimals: 0, denominator: "not-stated", status: "confirmed" });
  });

  it("ships only the abstract's two rates; the UNCONFIRMED subtype rates (86.5, 15.5, 12.4, 5.5) do not ship", () => {
    const rates = datasets.prevalence.filter((r) => r.sourceId === "kohler-2015-jnci" && r.measure === "incidence-rate");
    expect(rates.map((r) => [r.race, r.subtype, r.value])).toEqual([
      ["nh-white", "hr-pos-her2-neg", 92.7],
      ["nh-black", "hr-neg-her2-neg", 27.2],
    ]);
    for (const row of rates) expect(row).toMatchObject({ period: "2011", unit: "per-100000", status: "confirmed" });
  });

  it("cites the source of §7", () => {
    expect(sourceFor("kohler-2015-jnci")).toMatchObject({ url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4603551" });
    expect(sourceFor("kohler-2015-jnci").citation).toMatch(/J Natl Cancer Inst\. 2015;107\(6\):djv048\. doi:10\.1093\/jnci\/djv048/);
  });
});

describe("incidence by stage, 2022, observed (her2-data.md §4f)", () => {
  it("HR+/HER2− and HR−/HER2+ by SEER Combined Summary Stage", () => {
    const table = (subtype: string) =>
      ["localized", "regional", "distant", "unstaged"].map(
        (stage) => datasets.prevalence.find((r) => r.subtype === subtype && r.stage === stage && r.period === "2022")?.value,
      );
    expect(table("hr-pos-her2-neg")).toEqual([65.2, 23.4, 4.3, 0.5]);
    expect(table("hr-neg-her2-pos")).toEqual([2.8, 2.0, 0.6, 0.0]);
    for (const row of datasets.prevalence.filter((r) => r.stage !== undefined)) {
      expect(row).toMatchObject({ measure: "incidence-rate", sourceId: "seer-explorer-nov2024", status: "confirmed-copy" });
      expect(row.definition).toMatch(/^Observed \(not delay-adjusted\)/);
    }
  });
});

describe("stated ranges (her2-data.md §5): two ends, never a midpoint, and the source's “about”", () => {
  it("HER2-negative: about 80–85% of new cases (FDA, 2022)", () => {
    expect(prevalence("share-2022-her2-negative-fda")).toMatchObject({
      subtype: null,
      group: "her2-negative",
      value: null,
      range: { low: 80, high: 85 },
      qualifier: "about",
      sourceId: "fda-2022-her2low",
      status: "confirmed-copy",
    });
  });

  it("HER2-low: approximately 45% to 55% of all breast cancers (Breast Cancer Res 2022, citing Tarantino 2020)", () => {
    const row = prevalence("share-2022-her2-low-review");
    expect(row).toMatchObject({ group: "her2-low", value: null, range: { low: 45, high: 55 }, qualifier: "about", sourceId: "bcr-2022-her2low" });
    expect(row.note).toMatch(/Tarantino/);
    expect(sourceFor("bcr-2022-her2low").citation).toMatch(/doi:10\.1186\/s13058-022-01519-x/);
  });

  it("HER2-positive as usually quoted: approximately 15–20% (Wynn & Tang), with no invented citation detail", () => {
    expect(prevalence("share-2022-her2-positive-convention")).toMatchObject({
      group: "her2-positive",
      range: { low: 15, high: 20 },
      sourceId: "wynn-tang-2022-cmr",
    });
    const source = sourceFor("wynn-tang-2022-cmr");
    expect(source.citation).toBe("Wynn & Tang, Cancer Metastasis Rev 2022: “Approximately 15-20% of breast cancers overexpress HER2”.");
    expect(source.url).toBeUndefined();
  });
});

describe("figures the source does not give", () => {
  it("carry status not-found, no value, and the reason", () => {
    const missing = [...datasets.survival, ...datasets.prevalence].filter((r) => r.status === "not-found");
    expect(missing.map((r) => r.id).sort()).toEqual([
      "five-year-2013-2019-all-unknown",
      "four-year-stage-iv-hr-neg-her2-neg",
      "four-year-stage-iv-hr-neg-her2-pos",
      "median-age-2018-2022-all-hr-neg-her2-neg",
      "median-age-2018-2022-all-hr-neg-her2-pos",
    ]);
    for (const row of missing) {
      expect(row.value, row.id).toBeNull();
      expect(row.unavailableReason, row.id).toBeTruthy();
    }
  });
});

describe("the schemas hold rows to these rules", () => {
  const base = {
    id: "x",
    measure: "five-year-relative",
    stage: "all",
    unit: "percent",
    period: "2013-2019",
    registry: "r",
    population: "p",
    definition: "d",
    sourceId: "s",
  } as const;

  it("a row without a subtype must name its group, and a subtype row must not", () => {
    expect(SurvivalRowSchema.safeParse({ ...base, subtype: null, value: 90.8, status: "confirmed" }).success).toBe(false);
    expect(SurvivalRowSchema.safeParse({ ...base, subtype: null, group: "all-subtypes", value: 90.8, status: "confirmed" }).success).toBe(true);
    expect(SurvivalRowSchema.safeParse({ ...base, subtype: "unknown", group: "all-subtypes", value: 90.8, status: "confirmed" }).success).toBe(false);
  });

  it("not-found means no value, with a reason", () => {
    expect(SurvivalRowSchema.safeParse({ ...base, subtype: "unknown", value: 50, status: "not-found", unavailableReason: "r" }).success).toBe(false);
    expect(SurvivalRowSchema.safeParse({ ...base, subtype: "unknown", value: null, status: "not-found" }).success).toBe(false);
    expect(SurvivalRowSchema.safeParse({ ...base, subtype: "unknown", value: null, status: "not-found", unavailableReason: "r" }).success).toBe(true);
  });

  it("a range replaces the value and must be in order and in the unit's bounds", () => {
    const row = {
      ...base,
      measure: "percent-of-cases",
      stage: undefined,
      subtype: null,
      group: "her2-negative",
      race: null,
      ageGroup: null,
      ci: null,
      qualifier: "about",
      denominator: "all-cases",
      status: "confirmed",
    };
    expect(PrevalenceRowSchema.safeParse({ ...row, value: null, range: { low: 80, high: 85 } }).success).toBe(true);
    expect(PrevalenceRowSchema.safeParse({ ...row, value: 82.5, range: { low: 80, high: 85 } }).success).toBe(false);
    expect(PrevalenceRowSchema.safeParse({ ...row, value: null, range: { low: 85, high: 80 } }).success).toBe(false);
    expect(PrevalenceRowSchema.safeParse({ ...row, value: null, range: { low: 80, high: 185 } }).success).toBe(false);
  });
});

describe("2022 race rows (her2-data.md §4c: “Single year 2022, delay-adjusted”)", () => {
  it("say delay-adjusted and claim nothing the reference does not", () => {
    const rows = datasets.prevalence.filter((r) => r.id.startsWith("rate-2022-race-"));
    expect(rows).toHaveLength(11);
    for (const row of rows) expect(row.definition, row.id).toBe("Delay-adjusted rate of new cases per 100,000 women, single year.");
  });
});
