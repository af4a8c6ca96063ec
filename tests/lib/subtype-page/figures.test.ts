// @vitest-environment node
import { describe, expect, it } from "vitest";
import { datasets } from "@/lib/datasets";
import { FIVE_YEAR_BY_STAGE_PERIOD, SHARE_OF_CASES_PERIOD } from "@/lib/datasets/queries";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { answerSentence, shareSentence, shownRows, stageBars, stageTakeaway, subtypeFigures } from "@/lib/subtype-page/figures";
import { SUBTYPE_IDS, SUBTYPES } from "@/lib/subtypes";

/** The dataset's own rows, found here by their fields rather than through the page's queries. */
const survivalRow = (subtype: string, measure: string, stage: string, period?: string) =>
  datasets.survival.filter(
    (row) => row.subtype === subtype && row.measure === measure && row.stage === stage && (period === undefined || row.period === period),
  );

describe("subtypeFigures", () => {
  it.each(SUBTYPE_IDS)("%s: the four-year answer is the dataset's all-stages row", (id) => {
    const rows = survivalRow(id, "four-year-cause-specific", "all");
    expect(rows).toHaveLength(1);
    expect(subtypeFigures(id, datasets).fourYear).toBe(rows[0]);
  });

  it.each(SUBTYPE_IDS)("%s: the share is the all-cases percent of the edition the site shows", (id) => {
    const rows = datasets.prevalence.filter(
      (row) => row.subtype === id && row.measure === "percent-of-cases" && row.period === SHARE_OF_CASES_PERIOD && row.denominator === "all-cases",
    );
    expect(rows).toHaveLength(1);
    expect(subtypeFigures(id, datasets).share).toBe(rows[0]);
  });

  it.each(SUBTYPE_IDS)("%s: by stage, every four-year row of the subtype and the five-year rows of the by-stage edition, in stage order", (id) => {
    const figures = subtypeFigures(id, datasets);
    expect(figures.fourYearByStage.map((row) => row.stage)).toEqual(["all", "stage-iv"]);
    expect(figures.fourYearByStage).toEqual(datasets.survival.filter((row) => row.subtype === id && row.measure === "four-year-cause-specific"));
    const stages = ["all", "localized", "regional", "distant"];
    expect(figures.fiveYearByStage).toEqual(stages.flatMap((stage) => survivalRow(id, "five-year-relative", stage, FIVE_YEAR_BY_STAGE_PERIOD)));
  });

  it("HR−/HER2+ reads 82.7% four years after diagnosis and 4.0% of cases, as the issue names them", () => {
    const figures = subtypeFigures("hr-neg-her2-pos", datasets);
    expect(formatFigure(figures.fourYear)).toBe("82.7%");
    expect(figures.share && formatFigure(figures.share)).toBe("4.0%");
    expect(answerSentence(figures)).toBe(
      "82.7% of people with hormone receptor-negative, HER2-positive breast cancer had not died of breast cancer four years after diagnosis (diagnosed 2010–2013).",
    );
    expect(shareSentence("hr-neg-her2-pos", figures.share)).toBe(
      "4.0% of all new breast cancers diagnosed in 2017–2021 were HR−/HER2+ (hormone receptor-negative, HER2-positive).",
    );
  });

  it("lists every figure the page prints, once, for the citation block", () => {
    const figures = subtypeFigures("hr-pos-her2-neg", datasets);
    const shown = shownRows(figures);
    expect(shown).toHaveLength(1 + 1 + 2 + 4);
    expect(new Set(shown.map((row) => row.sourceId))).toEqual(new Set(["howlader-2018-cebp", "seer-statfacts-subtypes-2024", "seer-statfacts-subtypes-2023"]));
  });

  it("says why there is no share, and never prints one, when the data gives none", () => {
    expect(shareSentence("hr-pos-her2-pos", null)).toBe("No share of new cases is given for HR+/HER2+.");
  });
});

describe("stage sentences and bars", () => {
  it("reads the earliest and the latest stage with a figure, from the rows", () => {
    const rows = subtypeFigures("hr-neg-her2-neg", datasets).fiveYearByStage;
    const [localized, distant] = [rows.find((r) => r.stage === "localized")!, rows.find((r) => r.stage === "distant")!];
    expect(stageTakeaway(rows)).toBe(
      `Five-year relative survival was ${formatFigure(localized)} for cancer found only in the breast and ${formatFigure(distant)} for cancer spread to distant parts of the body (diagnosed 2013–2019).`,
    );
  });

  it("names the one staged figure where only one is given (HR+ four-year, de novo stage IV)", () => {
    const rows = subtypeFigures("hr-pos-her2-pos", datasets).fourYearByStage;
    const stageIv = rows.find((r) => r.stage === "stage-iv")!;
    expect(stageTakeaway(rows)).toBe(
      `Four-year breast cancer-specific survival was ${formatFigure(stageIv)} for cancer already spread to distant organs when first found (diagnosed 2010–2013).`,
    );
  });

  it("says which stage is missing and why, instead of a figure, where the source gives none", () => {
    const rows = subtypeFigures("hr-neg-her2-pos", datasets).fourYearByStage;
    const gap = rows.find((r) => r.stage === "stage-iv")!;
    expect(gap.value).toBeNull();
    expect(stageTakeaway(rows)).toBe(`De novo stage IV (AJCC): not available. ${gap.unavailableReason}`);
  });

  it("labels each bar by its stage, in the subtype's colour and marker, and keeps the gap as a gap", () => {
    const rows: SubtypeSurvivalRow[] = subtypeFigures("hr-neg-her2-pos", datasets).fourYearByStage;
    const bars = stageBars(rows, "plain");
    expect(bars.map((bar) => [bar.label, bar.valueText, bar.value])).toEqual([
      ["All stages", "82.7%", 82.7],
      ["De novo stage IV (AJCC)", "Not available", null],
    ]);
    expect(bars.every((bar) => bar.color === "var(--subtype-hr-neg-her2-pos)" && bar.marker === SUBTYPES["hr-neg-her2-pos"].marker)).toBe(true);
    expect(stageBars(rows, "details").every((bar) => bar.sublabel === undefined)).toBe(true);
  });
});
