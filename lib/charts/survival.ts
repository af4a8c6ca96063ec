/** Survival rows → chart marks and sentences. Pure: the same input always gives the same picture. */
import { formatPeriod } from "../datasets/dimensions";
import { FIVE_YEAR_BY_STAGE_PERIOD, hasSubtype, survivalRows } from "../datasets/queries";
import type { SubtypeSurvivalRow, SurvivalRow } from "../datasets/schemas";
import { FOUR_YEAR_OUTCOME, RELATIVE_SURVIVAL_PEERS, STAGE_LABELS, type Stage, SURVIVAL_MEASURE_LABELS } from "../datasets/survival-dimensions";
import { formatFigure, lowerFirst } from "../format";
import { SUBTYPE_CATEGORY_IDS, SUBTYPES, type SubtypeCategoryId, type SubtypeId } from "../subtypes";
import { type BarDatum, subtypeBarDatum } from "./bars";
import type { SurvivalViewState } from "./survival-state";
import type { Wording } from "./wording";

const BY_STAGE: readonly Exclude<Stage, "stage-iv">[] = ["all", "localized", "regional", "distant"];

/** The survival chart's title: the page, the home page and the exported image all print this one. */
export function survivalTitle(measure: SurvivalViewState["measure"]): string {
  return measure === "four-year-cause-specific" ? "Four-year breast cancer-specific survival by subtype" : "Five-year relative survival by subtype and stage";
}

export function describeSurvival(row: SubtypeSurvivalRow, wording: Wording): string {
  const subtype = SUBTYPES[row.subtype];
  if (row.value === null) return `${subtype.label}, ${lowerFirst(STAGE_LABELS[row.stage].label)}: not available. ${row.unavailableReason ?? ""}`.trim();
  const value = formatFigure(row);
  const years = formatPeriod(row.period);
  if (wording === "details") {
    return `${subtype.label}, ${STAGE_LABELS[row.stage].label}: ${SURVIVAL_MEASURE_LABELS[row.measure].label} ${value} (diagnosed ${years}, ${row.registry}).`;
  }
  const stageText = row.stage === "all" ? "" : ` whose cancer was ${STAGE_LABELS[row.stage].plain}`;
  return `${SURVIVAL_MEASURE_LABELS[row.measure].plain(value, `people with ${subtype.plainName} breast cancer${stageText}`)} (diagnosed ${years}).`;
}

export function survivalBar(row: SubtypeSurvivalRow, wording: Wording, group?: string): BarDatum {
  return subtypeBarDatum(row, wording, { valueText: formatFigure(row), description: describeSurvival(row, wording) }, { group });
}

/** Highest first; a gap goes last; equal values keep the fixed subtype order (the sort is stable). */
function byValueDescending(rows: readonly SubtypeSurvivalRow[]): SubtypeSurvivalRow[] {
  return [...rows].sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}

/**
 * The rows a survival view shows, in drawing order: four-year bars ranked by value (one group, so
 * the ranking is the reading); five-year grouped by stage, each group in the fixed subtype order
 * so a subtype keeps its place from stage to stage.
 */
export function survivalViewRows(rows: readonly SurvivalRow[], state: Pick<SurvivalViewState, "measure" | "stage" | "subtypes">): SubtypeSurvivalRow[] {
  const keep = (row: SubtypeSurvivalRow) => state.subtypes.includes(row.subtype);
  if (state.measure === "four-year-cause-specific") {
    return byValueDescending(survivalRows(rows, { measure: state.measure, stage: "all" }).filter(keep));
  }
  const stages = state.stage === null ? BY_STAGE : [state.stage];
  return stages.flatMap((stage) => survivalRows(rows, { measure: state.measure, stage, period: FIVE_YEAR_BY_STAGE_PERIOD }).filter(keep));
}

export function survivalBars(viewRows: readonly SubtypeSurvivalRow[], wording: Wording): BarDatum[] {
  const grouped = viewRows.some((row) => row.measure === "five-year-relative");
  return viewRows.map((row) => survivalBar(row, wording, grouped ? STAGE_LABELS[row.stage].label : undefined));
}

/**
 * Why the four-year figures have no "Unknown" bar: Howlader et al. filled in missing receptor status
 * by multiple imputation (her2-data.md §2, "Multiple imputation was used to fill in missing receptor status").
 */
export const FOUR_YEAR_NO_UNKNOWN =
  "Where receptor status was missing, Howlader et al. filled it in by multiple imputation (several plausible values, their results combined), so their four-year figures have no group for unknown status.";

/**
 * Subtypes the reader selected that the view draws no bar for, each with why: a ticked box never
 * silently does nothing. The four-year source has no unknown group; anything else is a gap in the data.
 */
export function absentSubtypes(
  viewRows: readonly SubtypeSurvivalRow[],
  state: Pick<SurvivalViewState, "measure" | "subtypes">,
): { subtype: SubtypeCategoryId; reason: string }[] {
  return state.subtypes
    .filter((subtype) => !viewRows.some((row) => row.subtype === subtype))
    .map((subtype) => ({
      subtype,
      reason:
        subtype === "unknown" && state.measure === "four-year-cause-specific"
          ? FOUR_YEAR_NO_UNKNOWN
          : `The data hold no ${SURVIVAL_MEASURE_LABELS[state.measure].label} figure for ${SUBTYPES[subtype].label} in this view.`,
    }));
}

/** De novo stage IV four-year figures (the callout): only where the source gives them. */
export function stageIvRows(rows: readonly SurvivalRow[]): SubtypeSurvivalRow[] {
  return survivalRows(rows, { measure: "four-year-cause-specific", stage: "stage-iv" });
}

/** The diagnosis years each measure's view shows, from the rows themselves (for the measure picker). */
export function measurePeriods(rows: readonly SurvivalRow[]): Record<SurvivalViewState["measure"], string> {
  const period = (measure: SurvivalViewState["measure"]) => {
    const shown = survivalViewRows(rows, { measure, stage: null, subtypes: [...SUBTYPE_CATEGORY_IDS] });
    return [...new Set(shown.map((row) => formatPeriod(row.period)))].join(", ");
  };
  return { "four-year-cause-specific": period("four-year-cause-specific"), "five-year-relative": period("five-year-relative") };
}

/**
 * The stage IV callout's sentence, from the figures shown: highest against lowest, or the one
 * figure alone; null when none is given. The adjusted comparison is the source's own claim about
 * exactly the HR+/HER2+ and HR+/HER2− pair (her2-data.md §2), so it is added only for that pair.
 */
export function stageIvSentence(shown: readonly SurvivalRow[]): string | null {
  const known = byValueDescending(shown.filter(hasSubtype)).filter((row) => row.value !== null);
  const lead = "Among women whose cancer had already spread to distant organs when it was found (de novo stage IV),";
  const named = (row: SubtypeSurvivalRow) => `${SUBTYPES[row.subtype].label} (${formatFigure(row)})`;
  const [high, low] = [known[0], known[known.length - 1]];
  if (!high || !low) return null;
  if (high === low) return `${lead} four-year breast cancer-specific survival was ${formatFigure(high)} for ${SUBTYPES[high.subtype].label}.`;
  const adjusted =
    known.length === 2 && high.subtype === "hr-pos-her2-pos" && low.subtype === "hr-pos-her2-neg"
      ? ", and the authors report the difference held after controlling for other factors"
      : "";
  return `${lead} four-year breast cancer-specific survival was higher for ${named(high)} than for ${named(low)}${adjusted}.`;
}

/** "About 83 of 100": whole people for the icon array; the exact figure is always shown beside it. */
export function outOf100(value: number): number {
  return Math.round(value);
}

export function comparisonSentence(rows: readonly SurvivalRow[], pair: readonly [SubtypeId, SubtypeId]): string | null {
  const [a, b] = pair.map((id) =>
    rows.filter(hasSubtype).find((row) => row.subtype === id && row.measure === "four-year-cause-specific" && row.stage === "all"),
  );
  if (!a || !b || a.value === null || b.value === null) return null;
  const name = (id: SubtypeCategoryId) => (id === "hr-neg-her2-neg" ? "triple-negative" : `${SUBTYPES[id].label}`);
  return (
    `About ${outOf100(a.value)} of 100 people with ${name(a.subtype)} breast cancer ${FOUR_YEAR_OUTCOME}, ` +
    `compared with about ${outOf100(b.value)} of 100 with ${name(b.subtype)}.`
  );
}

export function survivalTakeaway(viewRows: readonly SubtypeSurvivalRow[], measure: SurvivalViewState["measure"]): string {
  const valued = viewRows.filter((row): row is KnownRow => row.value !== null);
  // Unknown status is never named the highest or lowest subtype; chosen alone, it has figures of its own.
  const subtyped = valued.filter((row) => row.subtype !== "unknown");
  const known = subtyped.length > 0 ? subtyped : valued;
  const [first] = known;
  if (!first) return "No figures match this selection.";
  // One subtype chosen: there is no highest and lowest subtype to name, only its own figure or stages.
  if (known.every((row) => row.subtype === first.subtype)) return oneSubtypeTakeaway(first, known, measure);
  if (measure === "four-year-cause-specific") {
    const [best, worst] = extremes(known);
    // A HER2 atlas's readers look for the HER2-positive subtypes: those the range does not name, it adds.
    const her2Positive = known.filter((row) => SUBTYPES[row.subtype].her2 === "positive" && row !== best && row !== worst);
    const named = her2Positive.map((row) => `${formatFigure(row)} (${SUBTYPES[row.subtype].label})`);
    const her2Clause = named.length > 0 ? `; for HER2+, ${named.join(" and ")}` : "";
    // The measure in reader's words (the title names it): not overall survival; only deaths from breast cancer count.
    return `Four years after diagnosis, ${formatFigure(best)} (${SUBTYPES[best.subtype].label}) to ${formatFigure(worst)} (${SUBTYPES[worst.subtype].label}) had not died of breast cancer${her2Clause}.`;
  }
  const distant = known.filter((row) => row.stage === "distant");
  if (distant.length > 1) {
    const [best] = extremes(distant);
    return `Survival falls sharply once cancer has spread to distant organs; at that stage it was highest for ${SUBTYPES[best.subtype].label} (${formatFigure(best)}).`;
  }
  const [best] = extremes(known);
  return `In this selection, five-year relative survival was highest for ${SUBTYPES[best.subtype].label} (${relativeFigure(best)}).`;
}

/**
 * A five-year relative figure in a sentence. 100% is not "nobody died": it is the survival of people
 * of the same age, race and sex without cancer (the measure's definition), so the sentence says that.
 */
function relativeFigure(row: KnownRow): string {
  return row.value >= 100 ? `${formatFigure(row)}: as likely to live at least five years as people ${RELATIVE_SURVIVAL_PEERS}` : formatFigure(row);
}

type KnownRow = SubtypeSurvivalRow & { value: number };

/** The highest and the lowest row by value (the first of equals). */
function extremes(rows: readonly KnownRow[]): [KnownRow, KnownRow] {
  const [first] = rows;
  if (!first) throw new Error("extremes of no rows");
  return [rows.reduce((a, b) => (b.value > a.value ? b : a), first), rows.reduce((a, b) => (b.value < a.value ? b : a), first)];
}

/** The takeaway for rows of one subtype; `first` is the first of them. */
function oneSubtypeTakeaway(first: KnownRow, known: readonly KnownRow[], measure: SurvivalViewState["measure"]): string {
  const subtype = first.subtype === "unknown" ? "cancers of unknown HR/HER2 status" : SUBTYPES[first.subtype].label;
  if (measure === "four-year-cause-specific")
    return `Four years after diagnosis, ${formatFigure(first)} of people with ${subtype} had not died of breast cancer.`;
  const stage = (row: KnownRow) => lowerFirst(STAGE_LABELS[row.stage].label);
  // The all-stages figure lies between the stages it combines: the range is the stages'.
  const staged = known.filter((row) => row.stage !== "all");
  if (staged.length < 2) return `Five-year relative survival was ${relativeFigure(first)} for ${subtype} (${stage(first)}).`;
  const [high, low] = extremes(staged);
  return `For ${subtype}, five-year relative survival was highest at the ${stage(high)} stage (${relativeFigure(high)}) and lowest at the ${stage(low)} stage (${formatFigure(low)}).`;
}
