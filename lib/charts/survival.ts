/** Survival rows → chart marks and sentences. Pure: the same input always gives the same picture. */
import { formatPeriod, FOUR_YEAR_OUTCOME, STAGE_LABELS, SURVIVAL_MEASURE_LABELS, type Stage } from "../datasets/dimensions";
import { FIVE_YEAR_BY_STAGE_PERIOD, hasSubtype, survivalRows } from "../datasets/queries";
import type { SubtypeSurvivalRow, SurvivalRow } from "../datasets/schemas";
import { formatFigure } from "../format";
import { SUBTYPES, type SubtypeCategoryId, type SubtypeId } from "../subtypes";
import { subtypeBarDatum, type BarDatum } from "./bars";
import type { SurvivalViewState } from "./url-state";
import type { Wording } from "./wording";

const BY_STAGE: readonly Exclude<Stage, "stage-iv">[] = ["all", "localized", "regional", "distant"];

export function describeSurvival(row: SubtypeSurvivalRow, wording: Wording): string {
  const subtype = SUBTYPES[row.subtype];
  if (row.value === null) return `${subtype.label}, ${STAGE_LABELS[row.stage].label.toLowerCase()}: not available. ${row.unavailableReason ?? ""}`.trim();
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

/** The rows a survival view shows, in drawing order (grouped by stage for five-year). */
export function survivalViewRows(rows: readonly SurvivalRow[], state: Pick<SurvivalViewState, "measure" | "stage" | "subtypes">): SubtypeSurvivalRow[] {
  const keep = (row: SubtypeSurvivalRow) => state.subtypes.includes(row.subtype);
  if (state.measure === "four-year-cause-specific") {
    return survivalRows(rows, { measure: state.measure, stage: "all" }).filter(keep);
  }
  const stages = state.stage === null ? BY_STAGE : [state.stage];
  return stages.flatMap((stage) => survivalRows(rows, { measure: state.measure, stage, period: FIVE_YEAR_BY_STAGE_PERIOD }).filter(keep));
}

export function survivalBars(viewRows: readonly SubtypeSurvivalRow[], wording: Wording): BarDatum[] {
  const grouped = viewRows.some((row) => row.measure === "five-year-relative");
  return viewRows.map((row) => survivalBar(row, wording, grouped ? STAGE_LABELS[row.stage].label : undefined));
}

/** De novo stage IV four-year figures (the callout): only where the source gives them. */
export function stageIvRows(rows: readonly SurvivalRow[]): SubtypeSurvivalRow[] {
  return survivalRows(rows, { measure: "four-year-cause-specific", stage: "stage-iv" });
}

/** "About 83 of 100": whole people for the icon array; the exact figure is always shown beside it. */
export function outOf100(value: number): number {
  return Math.round(value);
}

export function comparisonSentence(rows: readonly SurvivalRow[], pair: readonly [SubtypeId, SubtypeId]): string | null {
  const [a, b] = pair.map((id) => rows.filter(hasSubtype).find((row) => row.subtype === id && row.measure === "four-year-cause-specific" && row.stage === "all"));
  if (!a || !b || a.value === null || b.value === null) return null;
  const name = (id: SubtypeCategoryId) => (id === "hr-neg-her2-neg" ? "triple-negative" : `${SUBTYPES[id].label}`);
  return (
    `About ${outOf100(a.value)} of 100 people with ${name(a.subtype)} breast cancer ${FOUR_YEAR_OUTCOME}, ` +
    `compared with about ${outOf100(b.value)} of 100 with ${name(b.subtype)}.`
  );
}

export function survivalTakeaway(viewRows: readonly SubtypeSurvivalRow[], measure: SurvivalViewState["measure"]): string {
  const known = viewRows.filter((row): row is SubtypeSurvivalRow & { value: number } => row.value !== null && row.subtype !== "unknown");
  if (known.length === 0) return "No figures match this selection.";
  if (measure === "four-year-cause-specific") {
    const best = known.reduce((a, b) => (b.value > a.value ? b : a));
    const worst = known.reduce((a, b) => (b.value < a.value ? b : a));
    return `Four years after diagnosis, survival was highest for ${SUBTYPES[best.subtype].label} (${formatFigure(best)}) and lowest for ${SUBTYPES[worst.subtype].label} (${formatFigure(worst)}).`;
  }
  const distant = known.filter((row) => row.stage === "distant");
  if (distant.length > 1) {
    const best = distant.reduce((a, b) => (b.value > a.value ? b : a));
    return `Survival falls sharply once cancer has spread to distant organs; at that stage it was highest for ${SUBTYPES[best.subtype].label} (${formatFigure(best)}).`;
  }
  const best = known.reduce((a, b) => (b.value > a.value ? b : a));
  return `In this selection, five-year relative survival was highest for ${SUBTYPES[best.subtype].label} (${formatFigure(best)}).`;
}
