/**
 * Prevalence rows → chart marks, sentences and table rows. Pure: the same rows always give the same
 * picture. Every number printed comes from data/prevalence.json; the one derived figure (HER2-positive
 * share of known-subtype cases) is computed here from those rows and labelled as derived where shown.
 */
import { formatPeriod } from "../datasets/dimensions";
import { RACE_IDS, RACE_LABELS, type RaceId } from "../datasets/prevalence-dimensions";
import { bySubtypeOrder, HER2_POSITIVE_SUM_NOTE, her2PositiveShare } from "../datasets/queries";
import type { PrevalenceRow } from "../datasets/schemas";
import { formatCount, formatFigure } from "../format";
import { isHer2Positive, SUBTYPES, type SubtypeCategoryId, type TableLabel } from "../subtypes";
import { type BarDatum, subtypeBarDatum } from "./bars";
import { niceMax } from "./linear";
import type { RaceFigures, RatePeriod } from "./prevalence-state";
import { chartValueText, ciText, describePrevalence } from "./prevalence-text";
import { RACE_SHORT_LABELS } from "./race-style";
import type { Wording } from "./wording";

export type Figure = PrevalenceRow & { value: number };
export const hasValue = (row: PrevalenceRow): row is Figure => row.value !== null;

/** HER2-low is a sub-group of HER2-negative, not a subtype: its bars take a neutral colour. */
const NEUTRAL_COLOR = "var(--muted)";

// ---------- shared helpers ----------

/** The top of a linear axis: a round number at or above every value and upper CI bound. */
export function niceDomainMax(rows: readonly PrevalenceRow[]): number {
  const highest = Math.max(0, ...rows.flatMap((row) => [row.value ?? 0, row.ci?.upper ?? 0]));
  return niceMax(highest, 5);
}

function raceRank(race: RaceId | null): number {
  // "All races" goes last: it is the reference the groups above it are read against.
  return race === null || race === "all" ? RACE_IDS.length : RACE_IDS.indexOf(race);
}

function byRace(rows: readonly PrevalenceRow[]): PrevalenceRow[] {
  return [...rows].sort((a, b) => raceRank(a.race) - raceRank(b.race));
}

function subtypeBar(row: PrevalenceRow & { subtype: SubtypeCategoryId }, wording: Wording, extra: Partial<BarDatum> = {}): BarDatum {
  return subtypeBarDatum(row, wording, { valueText: chartValueText(row), description: describePrevalence(row, wording) }, { ci: row.ci, ...extra });
}

function raceLabel(race: RaceId, wording: Wording): Pick<BarDatum, "label" | "sublabel"> {
  const { short, plain } = RACE_SHORT_LABELS[race];
  return { label: short, sublabel: wording === "plain" ? plain : undefined };
}

function withSubtype(row: PrevalenceRow): row is PrevalenceRow & { subtype: SubtypeCategoryId } {
  return row.subtype !== null;
}

/** "Hispanic and Non-Hispanic White": every group that shares the extreme value. */
function namesAt(rows: readonly Figure[], value: number): string {
  const names = rows.filter((row) => row.value === value).map((row) => (row.race ? RACE_LABELS[row.race] : ""));
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
}

/** The lowest and highest figure among the race groups (not "all races"), with who has each. */
function raceRange(rows: readonly PrevalenceRow[]): { low: Figure; lowNames: string; high: Figure; highNames: string; groups: number } | null {
  const groups = rows.filter(hasValue).filter((row) => row.race !== null && row.race !== "all");
  if (groups.length === 0) return null;
  const low = groups.reduce((a, b) => (b.value < a.value ? b : a));
  const high = groups.reduce((a, b) => (b.value > a.value ? b : a));
  return { low, lowNames: namesAt(groups, low.value), high, highNames: namesAt(groups, high.value), groups: groups.length };
}

// ---------- a. share of all cases ----------

export function shareBars(shares: readonly PrevalenceRow[], wording: Wording): BarDatum[] {
  return shares.filter(withSubtype).map((row) => subtypeBar(row, wording, { highlight: isHer2Positive(row.subtype) }));
}

/**
 * DERIVED (her2-data.md §4a: 13.59 / 93.93 = 14.5%): the HER2-positive share among cases whose
 * subtype is known, worked as the reference works it: the known cases are all cases less the
 * unknown share, so the denominator and the unknown share shown beside it add up to 100%.
 */
export function her2ShareOfKnown(shares: readonly PrevalenceRow[]): { value: number; her2Positive: number; known: number } | null {
  const unknown = shares.find((row) => row.subtype === "unknown")?.value;
  if (unknown === null || unknown === undefined) return null;
  const known = (1000 - Math.round(unknown * 10)) / 10;
  const her2Positive = her2PositiveShare(shares).value;
  return { value: Math.round((her2Positive / known) * 1000) / 10, her2Positive, known };
}

/**
 * The HER2-positive share as usually quoted ("Approximately 15-20%", Wynn & Tang 2022; her2-data.md
 * §5): the one place the range shown on the pages is read from, so no page hard-codes it.
 */
export function quotedHer2PositiveShare(rows: readonly PrevalenceRow[]): { row: PrevalenceRow; rangeText: string } | null {
  const row = rows.find((r) => r.group === "her2-positive" && r.range !== undefined);
  // Quoted as the source states it, so without the "about" the row carries for other displays.
  return row ? { row, rangeText: formatFigure({ ...row, qualifier: null }) } : null;
}

export function shareTakeaway(shares: readonly PrevalenceRow[]): string {
  const first = shares[0];
  if (!first) return "No figures match this selection.";
  const total = her2PositiveShare(shares);
  const parts = total.parts.map((row) => `${row.subtype ? SUBTYPES[row.subtype].label : ""} ${formatFigure(row)}`).join(" plus ");
  const unknown = shares.find((row) => row.subtype === "unknown");
  const unknownText = unknown && unknown.value !== null ? ` Another ${formatFigure(unknown)} had unknown HR or HER2 status.` : "";
  return (
    `In ${first.registry} data for ${formatPeriod(first.period)}, ${formatFigure({ value: total.value, unit: "percent" })} of all new breast ` +
    `cancers were HER2-positive (${parts}: ${HER2_POSITIVE_SUM_NOTE}).${unknownText}`
  );
}

// ---------- b. incidence rate by subtype ----------

export function incidenceRows(rows: readonly PrevalenceRow[], period: RatePeriod): PrevalenceRow[] {
  // Per subtype, all stages: the all-subtypes total and the by-stage rates belong to other views.
  return bySubtypeOrder(
    rows.filter(
      (row) =>
        row.measure === "incidence-rate" &&
        row.period === period &&
        row.subtype !== null &&
        row.race === null &&
        row.ageGroup === null &&
        row.stage === undefined,
    ),
  );
}

export function incidenceBars(viewRows: readonly PrevalenceRow[], wording: Wording): BarDatum[] {
  return viewRows.filter(withSubtype).map((row) => subtypeBar(row, wording, { highlight: isHer2Positive(row.subtype) }));
}

export function incidenceTakeaway(viewRows: readonly PrevalenceRow[]): string {
  const known = viewRows.filter(hasValue).filter((row) => row.subtype !== null && row.subtype !== "unknown");
  const first = known[0];
  if (!first) return "No figures match this selection.";
  const most = known.reduce((a, b) => (b.value > a.value ? b : a));
  const least = known.reduce((a, b) => (b.value < a.value ? b : a));
  const label = (row: Figure) => (row.subtype ? SUBTYPES[row.subtype].label : "");
  return (
    `In ${formatPeriod(first.period)}, ${label(most)} was the most common subtype (${formatFigure(most)} women) ` +
    `and ${label(least)} the least common (${formatFigure(least)}).`
  );
}

// ---------- c. by race/ethnicity ----------

const RACE_FIGURE_ROWS: Record<RaceFigures, (row: PrevalenceRow) => boolean> = {
  "hr-pos-her2-pos": (row) => row.subtype === "hr-pos-her2-pos" && row.period === "2018-2022",
  "her2-2022": (row) => row.period === "2022" && row.subtype !== null && isHer2Positive(row.subtype),
  // Du & Li's series only: Kohler's 2011 rate is another source, period and population.
  "triple-negative": (row) => row.subtype === "hr-neg-her2-neg" && row.period === "2010-2019",
};

export function raceRows(rows: readonly PrevalenceRow[], figures: RaceFigures): PrevalenceRow[] {
  const byRaceRows = rows.filter((row) => row.measure === "incidence-rate" && row.race !== null && row.ageGroup === null);
  return byRace(bySubtypeOrder(byRaceRows.filter(RACE_FIGURE_ROWS[figures])));
}

export function raceBars(viewRows: readonly PrevalenceRow[], figures: RaceFigures, wording: Wording): BarDatum[] {
  return viewRows.filter(withSubtype).map((row) => {
    const race = row.race ?? "all";
    // 2022 shows two subtypes per group: the group is the race, the bar is the subtype.
    if (figures === "her2-2022") return subtypeBar(row, wording, { group: RACE_SHORT_LABELS[race].short });
    return subtypeBar(row, wording, raceLabel(race, wording));
  });
}

export function raceTakeaway(viewRows: readonly PrevalenceRow[], figures: RaceFigures): string {
  const first = viewRows[0];
  if (!first) return "No figures match this selection.";
  const years = formatPeriod(first.period);
  const rangeFor = (subtype: SubtypeCategoryId) => raceRange(viewRows.filter((row) => row.subtype === subtype));
  if (figures === "her2-2022") {
    const clauses = (["hr-pos-her2-pos", "hr-neg-her2-pos"] as const).flatMap((subtype) => {
      const range = rangeFor(subtype);
      return range
        ? [
            `${SUBTYPES[subtype].label} rates from ${formatFigure(range.low, { unitText: false })} (${range.lowNames}) to ${formatFigure(range.high, { unitText: false })} (${range.highNames})`,
          ]
        : [];
    });
    return `In ${years}, per 100,000 women: ${clauses.join("; ")}.`;
  }
  const range = rangeFor(first.subtype ?? "hr-pos-her2-pos");
  if (!range) return "No figures match this selection.";
  const all = viewRows.find((row) => row.race === "all" && row.value !== null);
  const allText = all ? `; ${formatFigure(all, { unitText: false })} for all races together` : "";
  if (figures === "triple-negative") {
    return (
      `Among women aged 20 and over (diagnosed ${years}), triple-negative rates were highest in ${range.highNames} women ` +
      `(${formatFigure(range.high)}) and lowest in ${range.lowNames} women (${formatFigure(range.low, { unitText: false })})${allText}.`
    );
  }
  return (
    `In ${years}, HR+/HER2+ rates ranged from ${formatFigure(range.low)} in ${range.lowNames} women ` +
    `to ${formatFigure(range.high, { unitText: false })} in ${range.highNames} women${allText}.`
  );
}

// ---------- e. HER2-low among HER2-negative ----------

export function her2LowRows(rows: readonly PrevalenceRow[]): PrevalenceRow[] {
  // Measured cohorts first, then approximate estimates; within each, the overall figure before the groups.
  const rank = (row: PrevalenceRow) => (row.qualifier === "about" ? 100 : 0) + (row.race === null ? -1 : raceRank(row.race));
  return rows.filter((row) => row.measure === "her2-low-share-of-her2-negative").sort((a, b) => rank(a) - rank(b));
}

export function her2LowBars(viewRows: readonly PrevalenceRow[], wording: Wording): BarDatum[] {
  return viewRows.map((row) => ({
    id: row.id,
    ...(row.race ? raceLabel(row.race, wording) : { label: "All patients", sublabel: undefined }),
    value: row.value,
    valueText: chartValueText(row),
    color: NEUTRAL_COLOR,
    marker: "circle",
    unavailableReason: row.unavailableReason,
    group: `${row.registry}, ${formatPeriod(row.period)}`,
    description: describePrevalence(row, wording),
  }));
}

export function her2LowTakeaway(viewRows: readonly PrevalenceRow[]): string {
  const overall = viewRows.filter(hasValue).filter((row) => row.race === null);
  const [measured, ...others] = overall;
  if (!measured) return "No figures match this selection.";
  const range = raceRange(viewRows.filter((row) => row.sourceId === measured.sourceId));
  // "From … to" reads as the spread over everyone: say how many groups it spans (the reference gives Peiffer's three).
  const rangeText = range
    ? `, from ${formatFigure(range.low)} in ${range.lowNames} women to ${formatFigure(range.high)} in ${range.highNames} women (the ${formatCount(range.groups, "group")} with a figure here)`
    : "";
  const otherText = others.map((row) => ` ${row.registry}: ${formatFigure(row)}.`).join("");
  return `In the ${measured.registry}, ${formatFigure(measured)} of HER2-negative breast cancers diagnosed ${formatPeriod(measured.period)} were HER2-low${rangeText}.${otherText}`;
}

// ---------- f. median age at diagnosis ----------

export function medianAgeRows(rows: readonly PrevalenceRow[]): PrevalenceRow[] {
  const median = rows.filter((row) => row.measure === "median-age-at-diagnosis");
  // All races for every subtype first (gaps included), then each subtype by race/ethnicity.
  const overall = bySubtypeOrder(median.filter((row) => row.race === "all"));
  // Race order first, then a stable subtype sort: grouped by subtype, races in order within each.
  const groups = bySubtypeOrder(byRace(median.filter((row) => row.race !== "all")));
  return [...overall, ...groups];
}

export function medianAgeBars(viewRows: readonly PrevalenceRow[], wording: Wording): BarDatum[] {
  return viewRows
    .filter(withSubtype)
    .map((row) =>
      row.race === "all" || row.race === null
        ? subtypeBar(row, wording, { group: RACE_LABELS.all })
        : subtypeBar(row, wording, { ...raceLabel(row.race, wording), group: `${SUBTYPES[row.subtype].label} by race/ethnicity` }),
    );
}

export function medianAgeTakeaway(viewRows: readonly PrevalenceRow[]): string {
  const overall = viewRows.filter((row) => row.race === "all");
  const known = overall.filter(hasValue);
  const missing = overall.filter((row) => row.value === null).map((row) => (row.subtype ? SUBTYPES[row.subtype].label : ""));
  const first = known[0];
  if (!first) return "No figures match this selection.";
  const listed = known.map((row) => `${formatFigure(row, { unitText: false })} for ${row.subtype ? SUBTYPES[row.subtype].label : ""}`).join(" and ");
  const missingText = missing.length ? ` Figures for ${missing.join(" and ")} are not available.` : "";
  return `The median age at diagnosis (${formatPeriod(first.period)}, all races) was ${listed}.${missingText}`;
}

// ---------- table view ----------

export interface PrevalenceTableRow {
  key: string;
  labels: TableLabel[];
  valueText: string;
  ciText?: string;
  period: string;
  note?: string;
}

/** The table view of a bar chart: the same rows and the same printed values as the bars. */
export function tableRows(
  viewRows: readonly PrevalenceRow[],
  bars: readonly BarDatum[],
  labelsFor: (row: PrevalenceRow) => TableLabel[],
): PrevalenceTableRow[] {
  return viewRows.map((row) => ({
    key: row.id,
    labels: labelsFor(row),
    valueText: bars.find((bar) => bar.id === row.id)?.valueText ?? chartValueText(row),
    ciText: row.ci ? ciText(row) : undefined,
    period: row.period,
    periodKind: row.periodKind,
    note: row.value === null ? row.unavailableReason : row.note,
  }));
}

export function raceName(row: PrevalenceRow): string {
  return row.race ? RACE_LABELS[row.race] : "All patients";
}
