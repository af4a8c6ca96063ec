import { describe, expect, it } from "vitest";
import {
  absentSubtypes,
  comparisonSentence,
  describeSurvival,
  FOUR_YEAR_NO_UNKNOWN,
  measurePeriods,
  stageIvRows,
  stageIvSentence,
  survivalBars,
  survivalTakeaway,
  survivalViewRows,
} from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import { datasets } from "@/lib/datasets";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";

const rows = datasets.survival;

describe("survival chart transforms", () => {
  it("four-year view: sorted by value, highest first, whatever order the rows come in", () => {
    const fourYear = rows.filter((r) => r.measure === "four-year-cause-specific" && r.stage === "all");
    const value = (subtype: string, v: number) => ({ ...fourYear.find((r) => r.subtype === subtype)!, value: v });
    // Reordered: triple-negative highest, HR+/HER2− lowest, and a tie the fixed subtype order breaks.
    const fixture = [value("hr-pos-her2-neg", 50), value("hr-neg-her2-neg", 95), value("hr-neg-her2-pos", 70), value("hr-pos-her2-pos", 70)];
    expect(survivalViewRows(fixture, SURVIVAL_DEFAULTS).map((r) => r.subtype)).toEqual([
      "hr-neg-her2-neg",
      "hr-pos-her2-pos",
      "hr-neg-her2-pos",
      "hr-pos-her2-neg",
    ]);
    const withGap = [{ ...value("hr-pos-her2-neg", 0), value: null }, value("hr-neg-her2-neg", 10)];
    expect(survivalViewRows(withGap, SURVIVAL_DEFAULTS).map((r) => r.value)).toEqual([10, null]);
  });

  it("the measure picker's years come from the rows each view shows", () => {
    expect(measurePeriods(rows)).toEqual({ "four-year-cause-specific": "2010–2013", "five-year-relative": "2013–2019" });
  });

  it("four-year view: the four subtypes, all stages, highest first", () => {
    const view = survivalViewRows(rows, SURVIVAL_DEFAULTS);
    expect(view.map((r) => [r.subtype, r.value])).toEqual([
      ["hr-pos-her2-neg", 92.5],
      ["hr-pos-her2-pos", 90.3],
      ["hr-neg-her2-pos", 82.7],
      ["hr-neg-her2-neg", 77.0],
    ]);
  });

  it("five-year view groups every stage of the 2013–2019 edition, unknown included", () => {
    const view = survivalViewRows(rows, { ...SURVIVAL_DEFAULTS, measure: "five-year-relative" });
    expect(view).toHaveLength(20);
    expect(new Set(view.map((r) => r.period))).toEqual(new Set(["2013-2019"]));
    const bars = survivalBars(view, "plain");
    expect(bars.map((b) => b.group)).toEqual([
      ...Array(5).fill("All stages"),
      ...Array(5).fill("Localized"),
      ...Array(5).fill("Regional"),
      ...Array(5).fill("Distant"),
    ]);
  });

  it("a missing figure stays a gap with its reason, never a zero", () => {
    const view = survivalViewRows(rows, { ...SURVIVAL_DEFAULTS, measure: "five-year-relative", stage: "all" });
    const unknown = survivalBars(view, "plain").find((b) => b.id.endsWith("all-unknown"));
    expect(unknown).toMatchObject({ value: null, valueText: "Not available" });
    expect(unknown?.description).toMatch(/not available/i);
    expect(unknown?.description).toMatch(/2023 edition/);
  });

  it("names a gap's stage inside its sentence with its capitals kept: de novo stage IV (AJCC)", () => {
    const gap = rows.find((row) => row.id === "four-year-stage-iv-hr-neg-her2-pos") as SubtypeSurvivalRow;
    expect(describeSurvival(gap, "plain")).toMatch(/^HR−\/HER2\+, de novo stage IV \(AJCC\): not available\./);
  });

  it("filters by the selected subtypes", () => {
    const view = survivalViewRows(rows, { ...SURVIVAL_DEFAULTS, measure: "five-year-relative", stage: "distant", subtypes: ["hr-neg-her2-pos"] });
    expect(view.map((r) => r.value)).toEqual([39.5]);
  });

  it("plain and detailed wording change the words, not the numbers", () => {
    const row = survivalViewRows(rows, SURVIVAL_DEFAULTS).find((r) => r.id === "four-year-all-hr-neg-her2-pos")!;
    const plain = describeSurvival(row, "plain");
    const details = describeSurvival(row, "details");
    expect(plain).not.toBe(details);
    expect(plain).toContain("82.7%");
    expect(details).toContain("82.7%");
    expect(plain).toContain("hormone receptor-negative, HER2-positive");
    expect(details).toContain("4-year breast cancer-specific survival");
  });

  it("plain wording says what each measure counts: breast cancer deaths only, or survival relative to people without cancer", () => {
    const [fourYear] = survivalViewRows(rows, { ...SURVIVAL_DEFAULTS, subtypes: ["hr-neg-her2-pos"] });
    expect(describeSurvival(fourYear!, "plain")).toBe(
      "82.7% of people with hormone receptor-negative, HER2-positive breast cancer had not died of breast cancer four years after diagnosis (diagnosed 2010–2013).",
    );
    const [fiveYear] = survivalViewRows(rows, { ...SURVIVAL_DEFAULTS, measure: "five-year-relative", stage: "distant", subtypes: ["hr-neg-her2-pos"] });
    expect(describeSurvival(fiveYear!, "plain")).toBe(
      "Compared with people of the same age, race and sex who do not have cancer, people with hormone receptor-negative, HER2-positive breast cancer whose cancer was spread to distant parts of the body were 39.5% as likely to live at least five years after diagnosis (diagnosed 2013–2019).",
    );
  });

  it("the by-stage views leave out the all-subtypes reference rows", () => {
    const view = survivalViewRows(rows, { ...SURVIVAL_DEFAULTS, measure: "five-year-relative" });
    expect(view.every((r) => r.subtype !== null)).toBe(true);
  });

  it("the de novo stage IV callout carries the two given figures and two gaps", () => {
    expect(stageIvRows(rows).map((r) => r.value)).toEqual([35.9, 45.5, null, null]);
  });

  it("writes the stage IV sentence from the figures shown, and adapts when subtypes are left out", () => {
    const stageIv = stageIvRows(rows);
    expect(stageIvSentence(stageIv)).toBe(
      "Among women whose cancer had already spread to distant organs when it was found (de novo stage IV), four-year breast cancer-specific survival was higher for HR+/HER2+ (45.5%) than for HR+/HER2− (35.9%), and the authors report the difference held after controlling for other factors.",
    );
    expect(stageIvSentence(stageIv.filter((r) => r.subtype !== "hr-pos-her2-neg"))).toBe(
      "Among women whose cancer had already spread to distant organs when it was found (de novo stage IV), four-year breast cancer-specific survival was 45.5% for HR+/HER2+.",
    );
    expect(stageIvSentence(stageIv.filter((r) => r.value === null))).toBeNull();
    const swapped = stageIv.map((r) => (r.subtype === "hr-pos-her2-neg" ? { ...r, value: 50 } : r));
    expect(stageIvSentence(swapped)).toMatch(/higher for HR\+\/HER2− \(50\.0%\) than for HR\+\/HER2\+ \(45\.5%\)\.$/);
  });

  it("writes the comparison sentence from the data", () => {
    expect(comparisonSentence(rows, ["hr-neg-her2-pos", "hr-neg-her2-neg"])).toBe(
      "About 83 of 100 people with HR−/HER2+ breast cancer had not died of breast cancer four years after diagnosis, compared with about 77 of 100 with triple-negative.",
    );
    expect(comparisonSentence(rows, ["hr-pos-her2-neg", "hr-pos-her2-pos"])).toMatch(/About 93 of 100 .* HR\+\/HER2− .* about 90 of 100 with HR\+\/HER2\+\./);
  });

  it("takeaways name the extremes from the data", () => {
    expect(survivalTakeaway(survivalViewRows(rows, SURVIVAL_DEFAULTS), "four-year-cause-specific")).toBe(
      "Four years after diagnosis, 92.5% (HR+/HER2−) to 77.0% (HR−/HER2−) had not died of breast cancer; for HER2+, 90.3% (HR+/HER2+) and 82.7% (HR−/HER2+).",
    );
    // A HER2-positive subtype at an end of the range is named there, not again.
    const withoutTripleNegative = { ...SURVIVAL_DEFAULTS, subtypes: ["hr-pos-her2-neg" as const, "hr-pos-her2-pos" as const, "hr-neg-her2-pos" as const] };
    expect(survivalTakeaway(survivalViewRows(rows, withoutTripleNegative), "four-year-cause-specific")).toBe(
      "Four years after diagnosis, 92.5% (HR+/HER2−) to 82.7% (HR−/HER2+) had not died of breast cancer; for HER2+, 90.3% (HR+/HER2+).",
    );
    expect(survivalTakeaway(survivalViewRows(rows, { ...SURVIVAL_DEFAULTS, measure: "five-year-relative" }), "five-year-relative")).toMatch(
      /HR\+\/HER2\+ \(45\.6%\)/,
    );
  });

  it("reads a 100% relative figure as the same survival as people without cancer, not as nobody dying", () => {
    const localized = { ...SURVIVAL_DEFAULTS, measure: "five-year-relative" as const, stage: "localized" as const };
    const viewRows = survivalViewRows(rows, localized);
    expect(viewRows.some((row) => row.value === 100)).toBe(true);
    expect(survivalTakeaway(viewRows, "five-year-relative")).toBe(
      "In this selection, five-year relative survival was highest for HR+/HER2− (100.0%: as likely to live at least five years as people of the same age, race and sex who do not have cancer).",
    );
    const staged = survivalViewRows(rows, { ...SURVIVAL_DEFAULTS, measure: "five-year-relative" as const, subtypes: ["hr-pos-her2-neg" as const] });
    expect(survivalTakeaway(staged, "five-year-relative")).toContain("at the localized stage (100.0%: as likely to live at least five years as people");
    // Below 100 the figure stands alone: the glossary says what it means.
    expect(survivalTakeaway(survivalViewRows(rows, { ...localized, subtypes: ["hr-neg-her2-neg" as const] }), "five-year-relative")).toBe(
      "Five-year relative survival was 91.8% for HR−/HER2− (localized).",
    );
  });

  it("with one subtype chosen, gives its own figure or its stages instead of naming it highest and lowest", () => {
    const one = { ...SURVIVAL_DEFAULTS, subtypes: ["hr-neg-her2-pos" as const] };
    expect(survivalTakeaway(survivalViewRows(rows, one), "four-year-cause-specific")).toBe(
      "Four years after diagnosis, 82.7% of people with HR−/HER2+ had not died of breast cancer.",
    );
    const fiveYear = { ...one, measure: "five-year-relative" as const };
    const staged = survivalViewRows(rows, fiveYear).filter((row) => row.value !== null && row.stage !== "all");
    const values = staged.map((row) => row.value as number);
    expect(survivalTakeaway(survivalViewRows(rows, fiveYear), "five-year-relative")).toBe(
      `For HR−/HER2+, five-year relative survival was highest at the localized stage (${Math.max(...values).toFixed(1)}%) and lowest at the distant stage (${Math.min(...values).toFixed(1)}%).`,
    );
    const distantOnly = survivalViewRows(rows, { ...fiveYear, stage: "distant" });
    expect(survivalTakeaway(distantOnly, "five-year-relative")).toBe(
      `Five-year relative survival was ${distantOnly[0]?.value?.toFixed(1)}% for HR−/HER2+ (distant).`,
    );
    // Unknown status alone: no four-year figure (the source imputed it), its own stages in the five-year view.
    const unknown = { ...SURVIVAL_DEFAULTS, subtypes: ["unknown" as const] };
    expect(survivalTakeaway(survivalViewRows(rows, unknown), "four-year-cause-specific")).toBe("No figures match this selection.");
    expect(survivalTakeaway(survivalViewRows(rows, { ...unknown, measure: "five-year-relative" }), "five-year-relative")).toBe(
      "For cancers of unknown HR/HER2 status, five-year relative survival was highest at the localized stage (96.6%) and lowest at the distant stage (17.8%).",
    );
    // Beside a subtype, unknown status is never the one named highest or lowest.
    const withUnknown = survivalViewRows(rows, { ...fiveYear, subtypes: ["hr-neg-her2-pos", "unknown"] });
    expect(survivalTakeaway(withUnknown, "five-year-relative")).toMatch(/^For HR−\/HER2\+, five-year relative survival was highest at the localized stage/);
  });
});

describe("absentSubtypes: a ticked subtype with no bar says why", () => {
  it("four-year view: Unknown is ticked by default and has no figure, because the source imputed missing status", () => {
    const view = survivalViewRows(rows, SURVIVAL_DEFAULTS);
    expect(SURVIVAL_DEFAULTS.subtypes).toContain("unknown");
    expect(absentSubtypes(view, SURVIVAL_DEFAULTS)).toEqual([{ subtype: "unknown", reason: FOUR_YEAR_NO_UNKNOWN }]);
    expect(FOUR_YEAR_NO_UNKNOWN).toMatch(/multiple imputation/);
  });

  it("nothing is absent once Unknown is unticked, nor in the five-year view, where Unknown has its own bars", () => {
    const known = { ...SURVIVAL_DEFAULTS, subtypes: SURVIVAL_DEFAULTS.subtypes.filter((id) => id !== "unknown") };
    expect(absentSubtypes(survivalViewRows(rows, known), known)).toEqual([]);
    const fiveYear = { ...SURVIVAL_DEFAULTS, measure: "five-year-relative" as const };
    expect(absentSubtypes(survivalViewRows(rows, fiveYear), fiveYear)).toEqual([]);
  });

  it("a subtype missing from the data for another reason is named as a gap, not explained away", () => {
    const fiveYear = { ...SURVIVAL_DEFAULTS, measure: "five-year-relative" as const, stage: "distant" as const };
    const withoutHer2Pos = survivalViewRows(rows, fiveYear).filter((row) => row.subtype !== "hr-neg-her2-pos");
    expect(absentSubtypes(withoutHer2Pos, fiveYear)).toEqual([
      { subtype: "hr-neg-her2-pos", reason: "The data hold no 5-year relative survival figure for HR−/HER2+ in this view." },
    ]);
  });
});
