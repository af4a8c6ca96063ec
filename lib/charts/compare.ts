/**
 * "Compare two subtypes" as words and cells: the page's figure and its exported image both draw
 * from these, so the sentence, the counts and the caveat cannot drift apart.
 */
import { formatPeriod } from "../datasets/dimensions";
import type { SubtypeSurvivalRow, SurvivalRow } from "../datasets/schemas";
import { FOUR_YEAR_OUTCOME } from "../datasets/survival-dimensions";
import { formatFigure } from "../format";
import { isHer2Positive, SUBTYPES, type SubtypeId } from "../subtypes";
import { ICON_ARRAY } from "./layout";
import { comparisonSentence, describeSurvival, outOf100 } from "./survival";

export const COMPARE_TITLE = "Compare two subtypes";

export interface ComparePanel {
  subtype: SubtypeId;
  row: SubtypeSurvivalRow;
  filled: number;
  /** "92.5%": the exact figure, always shown beside the rounded picture. */
  figure: string;
  /** What the picture shows, for its accessible name and its caption. */
  title: string;
  description: string;
  caption: string;
}

function fourYear(rows: readonly SurvivalRow[], id: SubtypeId): SubtypeSurvivalRow | undefined {
  return rows.find((r): r is SubtypeSurvivalRow => r.subtype === id && r.measure === "four-year-cause-specific" && r.stage === "all");
}

/** One panel per side of the pair that has a four-year figure; a side without one is left out. */
export function comparePanels(rows: readonly SurvivalRow[], pair: readonly [SubtypeId, SubtypeId]): ComparePanel[] {
  return pair.flatMap((subtype) => survivalPanel(rows, subtype) ?? []);
}

/** One subtype's four-year figure as "out of 100 people" (a comparison's side, or a subtype page's picture); null without a figure. */
export function survivalPanel(rows: readonly SurvivalRow[], subtype: SubtypeId): ComparePanel | null {
  const row = fourYear(rows, subtype);
  if (!row || row.value === null) return null;
  const filled = outOf100(row.value);
  const figure = formatFigure(row);
  return {
    subtype,
    row,
    filled,
    figure,
    title: `${SUBTYPES[subtype].label}: about ${filled} of 100 people`,
    description: `${filled} filled circles of 100: people who ${FOUR_YEAR_OUTCOME} (${figure}).`,
    // Said as the measure says it (had not died of breast cancer): "17 had died of it" would overstate a net measure.
    caption: `filled: about ${filled} of 100, who ${FOUR_YEAR_OUTCOME}; hollow: the other ${100 - filled}.`,
  };
}

export function compareTakeaway(rows: readonly SurvivalRow[], pair: readonly [SubtypeId, SubtypeId]): string {
  return comparisonSentence(rows, pair) ?? "Four-year figures are not available for this pair.";
}

/**
 * Group averages, not a prediction (her2-data.md §6 caveat 4), and, where a HER2-positive subtype is
 * shown, that its treatment has improved since (caveat 3): said wherever four-year figures are
 * compared (the home page, the subtype cards, every comparison and subtype page).
 */
export function survivalCaveat(rows: readonly SurvivalRow[], subtypes: readonly SubtypeId[]): string {
  const period = subtypes.map((id) => fourYear(rows, id)?.period).find(Boolean);
  const lag = subtypes.some(isHer2Positive) ? ", and treatment for HER2-positive cancer has improved since then" : "";
  return (
    `These are averages for groups of women diagnosed in ${period ? formatPeriod(period) : "the period shown"}, not a prediction for any one ` +
    `person. Each person's outlook depends on stage, grade, age, health and treatment${lag}.`
  );
}

/** Centres of the icon array's circles, row by row; the first `filled` are filled. */
export function iconArrayCells(filled: number): { cx: number; cy: number; on: boolean }[] {
  const { columns, rows, cell } = ICON_ARRAY;
  return Array.from({ length: columns * rows }, (_, i) => ({
    cx: (i % columns) * cell + cell / 2,
    cy: Math.floor(i / columns) * cell + cell / 2,
    on: i < filled,
  }));
}

/** The "Details" wording of one side: the exact figure with its measure, years and registry. */
export function compareDetail(panel: ComparePanel): string {
  return describeSurvival(panel.row, "details");
}
