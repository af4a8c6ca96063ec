/**
 * The fixed vocabularies of the public API (design.md §3), one module per dataset so that a page's
 * code carries only its own labels: units and periods here, the rest in survival-, prevalence- and
 * therapy-dimensions. Values are part of the contract; labels may be reworded.
 */

export const UNITS = ["percent", "per-100000", "percent-per-year", "years"] as const;
export type Unit = (typeof UNITS)[number];

/** How a figure was seen: in the source itself, in a word-for-word copy of it, or not found at all. */
export const FIGURE_STATUSES = ["confirmed", "confirmed-copy", "not-found"] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/** Plausible bounds per unit: a value outside them is a transcription error, not data. */
export const UNIT_RANGES: Record<Unit, { min: number; max: number }> = {
  percent: { min: 0, max: 100 },
  "per-100000": { min: 0, max: 100_000 },
  "percent-per-year": { min: -100, max: 100 },
  years: { min: 0, max: 120 },
};

/** Display an ASCII period ("2013-2019") with an en dash. */
export function formatPeriod(period: string): string {
  return period.replace("-", "–");
}
