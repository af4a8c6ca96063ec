/**
 * FDA approval rows and survival periods → the treatments timeline: lanes, marks, survival bands,
 * takeaway, table rows and sources. Pure: the same input always gives the same picture, at any width.
 */
import { ascending } from "d3-array";
import { formatPeriod } from "../datasets/dimensions";
import type { Source, SurvivalRow, TherapyRow } from "../datasets/schemas";
import { type Stage, SURVIVAL_MEASURE_LABELS, type SurvivalMeasure } from "../datasets/survival-dimensions";
import {
  ACCELERATED_APPROVAL_MEANING,
  DRUG_CLASS_LABELS,
  DRUG_CLASSES,
  type DrugClass,
  HER2_POPULATION_LABELS,
  type Her2Population,
} from "../datasets/therapy-dimensions";
import { formatCount, formatIsoDate } from "../format";
import type { TreatmentsViewState } from "./therapies-state";
import type { Wording } from "./wording";

// ── Words ─────────────────────────────────────────────────────────────────────────────────────

export function approvalYear(row: TherapyRow): number {
  return Number(row.approvalDate.slice(0, 4));
}

/** "A", "A and B", "A, B and C". */
function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export function populationsText(populations: readonly Her2Population[]): string {
  return listText(populations.map((p) => HER2_POPULATION_LABELS[p]));
}

/** "HER2-low and HER2-ultralow (HR-positive only; requires an FDA-approved test)". */
function populationPhrase(row: TherapyRow): string {
  return `${populationsText(row.populations)}${row.populationNote ? ` (${row.populationNote})` : ""}`;
}

/** The brand as the chart prints it: a combination's "(with Perjeta)" becomes "+ Perjeta" to stay short. */
export function chartLabel(row: TherapyRow): string {
  return row.brand.replace(/\s*\(with ([^)]+)\)$/, " + $1");
}

/** "Kadcyla (ado-trastuzumab emtansine, T-DM1)": brand, then the generic name without nested brackets. */
export function brandAndDrug(row: TherapyRow): string {
  return `${chartLabel(row)} (${row.drug.replace(/\s*\(([^)]+)\)/g, ", $1")})`;
}

/**
 * The data marks a first, accelerated approval in its note, which then starts with those words
 * (her2-therapies.md §3 caveat 5). A note that merely mentions one (a later conversion) does not count.
 */
export function isAcceleratedApproval(row: TherapyRow): boolean {
  return /^accelerated approval\b/i.test(row.note ?? "");
}

/**
 * One sentence per approval: read aloud and shown in the tooltip. The indication itself is in the
 * table. "details" names the pivotal trials; "plain" leaves them out and says what an accelerated
 * approval is. Brand, date and populations are the same in both.
 */
export function describeApproval(row: TherapyRow, wording: Wording = "details"): string {
  const lead = `${brandAndDrug(row)}, ${formatIsoDate(row.approvalDate)}: ${populationPhrase(row)}.`;
  const accelerated = isAcceleratedApproval(row);
  if (wording === "plain") return accelerated ? `${lead} An accelerated approval: ${ACCELERATED_APPROVAL_MEANING}.` : lead;
  const trials = `Pivotal trial${row.pivotalTrials.length > 1 ? "s" : ""}: ${row.pivotalTrials.join(", ")}.`;
  return `${lead} ${trials}${accelerated ? " Accelerated approval." : ""}`;
}

// ── Selection ─────────────────────────────────────────────────────────────────────────────────

// Code-unit order, not localeCompare: ISO dates and ASCII ids sort the same, and the first collator costs a browser ~70 ms (4x throttled) to load.
function byDateThenClass(a: TherapyRow, b: TherapyRow): number {
  return ascending(a.approvalDate, b.approvalDate) || laneIndex(a.class) - laneIndex(b.class) || ascending(a.id, b.id);
}

function laneIndex(drugClass: DrugClass): number {
  return DRUG_CLASSES.indexOf(drugClass);
}

/** The approvals a view shows, oldest first: the order of the marks, the keyboard and the table. */
export function approvalsShown(rows: readonly TherapyRow[], state: Pick<TreatmentsViewState, "classes" | "populations">): TherapyRow[] {
  return rows.filter((row) => state.classes.includes(row.class) && row.populations.some((p) => state.populations.includes(p))).sort(byDateThenClass);
}

// ── Survival bands ────────────────────────────────────────────────────────────────────────────

/** The chart's title, on the page and on its exported image. */
export const TIMELINE_TITLE = "US FDA approvals of HER2-targeted drugs in breast cancer";

/** The heading over the bands, short enough for the narrowest chart. */
export const BANDS_HEADING = "Survival figures: years diagnosed";

/** Short measure names for the chart, where the full label does not fit a phone. */
const MEASURE_SHORT: Record<SurvivalMeasure, string> = { "four-year-cause-specific": "4-year", "five-year-relative": "5-year" };
const SUMMARY_STAGES: readonly Stage[] = ["localized", "regional", "distant"];

export interface SurvivalBand {
  id: string;
  measure: SurvivalMeasure;
  period: string;
  startYear: number;
  endYear: number;
  /** What tells two periods of one measure apart ("by stage", "all stages"); null when the measure has one period. */
  scope: string | null;
  /** Short chart label: "5-year, by stage, 2013–2019". */
  label: string;
  /** "5-year relative survival, by stage". */
  name: string;
}

/**
 * One band per survival measure and diagnosis period in the data (her2-data.md §6 caveat 3: the
 * figures describe people diagnosed then, treated with the drugs of that time).
 */
export function survivalBands(rows: readonly SurvivalRow[]): SurvivalBand[] {
  const groups = new Map<string, SurvivalRow[]>();
  for (const row of rows) {
    const key = `${row.measure}:${row.period}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const periodsOf = (measure: SurvivalMeasure) => new Set(rows.filter((r) => r.measure === measure).map((r) => r.period)).size;
  return [...groups.entries()]
    .map(([id, group]) => {
      const { measure, period } = group[0] as SurvivalRow;
      const [startYear, endYear = startYear] = period.split("-").map(Number) as [number, number?];
      const byStage = group.some((r) => SUMMARY_STAGES.includes(r.stage));
      const scope = periodsOf(measure) < 2 ? null : byStage ? "by stage" : "all stages";
      const qualifier = scope ? `, ${scope}` : "";
      return {
        id,
        measure,
        period,
        startYear,
        endYear,
        scope,
        label: `${MEASURE_SHORT[measure]}${qualifier}, ${formatPeriod(period)}`,
        name: `${SURVIVAL_MEASURE_LABELS[measure].label}${qualifier}`,
      };
    })
    .sort((a, b) => a.startYear - b.startYear || a.endYear - b.endYear);
}

/** "By the end of 2013, 6 of the approvals shown existed (Herceptin 1998, …); 14 came later." */
export function approvalsByBandEnd(band: SurvivalBand, approvals: readonly TherapyRow[]): string {
  const before = approvals.filter((row) => approvalYear(row) <= band.endYear);
  const existed =
    before.length === 0
      ? "none of the approvals shown existed yet"
      : `${before.length} of the approvals shown existed (${before.map((row) => `${chartLabel(row)} ${approvalYear(row)}`).join(", ")})`;
  return `By the end of ${band.endYear}, ${existed}; ${approvals.length - before.length} came later.`;
}

/** A band read aloud: which survival figure, whose diagnosis years, and which approvals existed by then. */
export function describeBand(band: SurvivalBand, approvals: readonly TherapyRow[]): string {
  return `${band.name}: people diagnosed ${formatPeriod(band.period)}. ${approvalsByBandEnd(band, approvals)}`;
}

// ── Takeaway ──────────────────────────────────────────────────────────────────────────────────

function bandTopic(band: SurvivalBand): string {
  return `${SURVIVAL_MEASURE_LABELS[band.measure].label} figures${band.scope ? ` (${band.scope})` : ""}`;
}

/** How many of the approvals shown came after the people behind the survival figures were diagnosed. */
export function timelineTakeaway(approvals: readonly TherapyRow[], bands: readonly SurvivalBand[]): string {
  if (approvals.length === 0) return "No approval in the list matches these filters.";
  const years = approvals.map(approvalYear);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  // The page's question first (when, and for which HER2 group); then how the survival figures' years relate.
  const [oldest, newest] = [approvals[0] as TherapyRow, approvals.at(-1) as TherapyRow];
  const span = first === last ? `in ${first}` : `from ${chartLabel(oldest)} in ${first} to ${chartLabel(newest)} in ${last}`;
  const shown = `${formatCount(approvals.length, "approval")} shown, ${span}${groupsText(approvals)}.`;
  const byEnd = [...bands].sort((a, b) => a.endYear - b.endYear);
  const earliest = byEnd[0];
  const latest = byEnd.at(-1);
  if (!earliest || !latest) return shown;
  const after = (band: SurvivalBand) => years.filter((year) => year > band.endYear).length;
  const sinceEarliest = `${after(earliest)} came after ${earliest.endYear}, the last year of diagnosis behind the ${bandTopic(earliest)}`;
  const sinceLatest = latest.endYear === earliest.endYear ? "" : `, and ${after(latest)} after ${latest.endYear}, the last behind the ${bandTopic(latest)}`;
  return `${shown} ${sinceEarliest}${sinceLatest}.`;
}

const LOW_POPULATIONS: readonly Her2Population[] = ["her2-low", "her2-ultralow"];

/** ": 18 for HER2-positive cancer and 2 for HER2-low or HER2-ultralow", where the approvals shown cover both. */
function groupsText(approvals: readonly TherapyRow[]): string {
  const low = approvals.filter((row) => row.populations.some((p) => LOW_POPULATIONS.includes(p)));
  // An approval covering both groups would be counted twice: then the groups go unsaid.
  if (low.length === 0 || low.some((row) => row.populations.some((p) => !LOW_POPULATIONS.includes(p)))) return "";
  const positive = approvals.length - low.length;
  return positive === 0 ? "" : `: ${positive} for HER2-positive cancer and ${low.length} for HER2-low or HER2-ultralow`;
}

// ── Layout ────────────────────────────────────────────────────────────────────────────────────

export interface ApprovalTableRow {
  key: string;
  date: string;
  /** Brand and generic name. */
  drug: string;
  drugClass: string;
  populations: string;
  indication: string;
  trials: string;
  /** Where the exact date was seen: an fda.gov copy, or a secondary source (her2-therapies.md status labels). */
  seenIn: string;
  notes: string;
}

/** The table view: one row per approval shown, in the marks' order, with the full text the chart shortens. */
export function approvalTableRows(approvals: readonly TherapyRow[]): ApprovalTableRow[] {
  return approvals.map((row) => ({
    key: row.id,
    date: formatIsoDate(row.approvalDate),
    drug: brandAndDrug(row),
    drugClass: DRUG_CLASS_LABELS[row.class].label,
    populations: populationPhrase(row),
    indication: row.indication,
    trials: row.pivotalTrials.join(", "),
    seenIn: row.status === "confirmed" ? "fda.gov copy" : "Secondary source",
    // An accelerated approval's note starts with those words, so the table marks it as the chart does.
    notes: row.note ?? "",
  }));
}

export interface BandTableRow {
  key: string;
  name: string;
  diagnosed: string;
  approvalsByThen: string;
}

/** The bands in the table view, in the chart's order. */
export function bandTableRows(bands: readonly SurvivalBand[], approvals: readonly TherapyRow[]): BandTableRow[] {
  return bands.map((band) => ({ key: band.id, name: band.name, diagnosed: formatPeriod(band.period), approvalsByThen: approvalsByBandEnd(band, approvals) }));
}

/**
 * How many sources the approval dates shown come from, to which date the list is complete and what
 * it leaves out ("" for no approvals): where the page's "Reading this list" cannot follow (an image,
 * an embed), so a presenter quoting "20 approvals" quotes them with their date (her2-therapies.md §3).
 * Each source is cited in full on /treatments.
 */
export function approvalDatesSource(count: number, asOf: string): string {
  if (count === 0) return "";
  return `Approval dates: US FDA, to ${formatIsoDate(asOf)}, ${count} ${count === 1 ? "source" : "sources"} (unconfirmed dates, biosimilars, non-breast uses left out).`;
}

export interface ApprovalSource {
  sourceId: string;
  citation: string;
  url?: string;
  /** The approvals this source dates: "Enhertu, 15 May 2026". */
  approvals: string[];
}

/** One entry per source of the approvals shown, in the order first cited. */
export function approvalSources(approvals: readonly TherapyRow[], sources: readonly Source[]): ApprovalSource[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const entries = new Map<string, ApprovalSource>();
  for (const row of approvals) {
    const source = byId.get(row.sourceId);
    if (!source) continue;
    const entry = entries.get(row.sourceId) ?? { sourceId: source.id, citation: source.citation, url: source.url, approvals: [] };
    entry.approvals.push(`${chartLabel(row)}, ${formatIsoDate(row.approvalDate)}`);
    entries.set(row.sourceId, entry);
  }
  return [...entries.values()];
}
