/** Pure selections over the validated datasets, named for what the pages and charts show. */
import { isHer2Positive, SUBTYPE_CATEGORY_IDS, type SubtypeCategoryId } from "../subtypes";
import type { PrevalenceRow, SubtypeSurvivalRow, SurvivalRow } from "./schemas";
import type { Stage, SurvivalMeasure } from "./survival-dimensions";

/** The edition used when a chart needs all-stages and by-stage five-year figures side by side (her2-data.md §3b). */
export const FIVE_YEAR_BY_STAGE_PERIOD = "2013-2019";
export const SHARE_OF_CASES_PERIOD = "2017-2021";

/**
 * The survival figures the pages show: the four-year figures, and the five-year edition that gives
 * all-stages and by-stage figures side by side. The 2024 edition's all-stages figures (diagnosed
 * 2014–2020) are served by the API only, so no page may date a shown figure by them.
 */
export function shownSurvival(rows: readonly SurvivalRow[]): SurvivalRow[] {
  return rows.filter((row) => row.measure !== "five-year-relative" || row.period === FIVE_YEAR_BY_STAGE_PERIOD);
}

export function bySubtypeOrder<Row extends { subtype: SubtypeCategoryId | null }>(rows: readonly Row[]): Row[] {
  const rank = (row: Row) => (row.subtype === null ? SUBTYPE_CATEGORY_IDS.length : SUBTYPE_CATEGORY_IDS.indexOf(row.subtype));
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

export function hasSubtype(row: SurvivalRow): row is SubtypeSurvivalRow {
  return row.subtype !== null;
}

/** One measure's per-subtype figures, in subtype order; rows on all subtypes together are left out. */
export function survivalRows(rows: readonly SurvivalRow[], selection: { measure: SurvivalMeasure; stage?: Stage; period?: string }): SubtypeSurvivalRow[] {
  return bySubtypeOrder(
    rows
      .filter(hasSubtype)
      .filter(
        (row) =>
          row.measure === selection.measure &&
          (selection.stage === undefined || row.stage === selection.stage) &&
          (selection.period === undefined || row.period === selection.period),
      ),
  );
}

/** Four-year breast cancer-specific survival, all stages (Howlader 2018). */
export function fourYearSurvival(rows: readonly SurvivalRow[]): SubtypeSurvivalRow[] {
  return survivalRows(rows, { measure: "four-year-cause-specific", stage: "all" });
}

/** Percent of all cases by subtype, unknown included, for one period. */
export function shareOfCases(rows: readonly PrevalenceRow[], period = SHARE_OF_CASES_PERIOD): PrevalenceRow[] {
  return bySubtypeOrder(rows.filter((row) => row.measure === "percent-of-cases" && row.period === period && row.denominator === "all-cases"));
}

/** How every page says the HER2-positive share is ours: SEER prints only the two subtypes' shares. */
export const HER2_POSITIVE_SUM_NOTE = "our sum";

/**
 * HER2-positive share = HR+/HER2+ plus HR−/HER2+ (her2-data.md §5, DERIVED). Sums the published
 * one-decimal shares, so it can differ from the sum of SEER's unrounded figures in the last digit.
 */
export function her2PositiveShare(shares: readonly PrevalenceRow[]): { value: number; parts: PrevalenceRow[] } {
  const parts = shares.filter((row) => row.subtype !== null && isHer2Positive(row.subtype) && row.value !== null);
  const tenths = parts.reduce((sum, row) => sum + Math.round((row.value ?? 0) * 10), 0);
  return { value: tenths / 10, parts };
}
