/**
 * FDA approval rows and survival periods → the treatments timeline: lanes, marks, survival bands,
 * takeaway, table rows and sources. Pure: the same input always gives the same picture, at any width.
 */
import { ascending } from "d3-array";
import { formatPeriod } from "../datasets/dimensions";
import { SURVIVAL_MEASURE_LABELS, type Stage, type SurvivalMeasure } from "../datasets/survival-dimensions";
import { ACCELERATED_APPROVAL_MEANING, DRUG_CLASS_LABELS, DRUG_CLASSES, HER2_POPULATION_LABELS, type DrugClass, type Her2Population } from "../datasets/therapy-dimensions";
import type { Source, SurvivalRow, TherapyRow } from "../datasets/schemas";
import type { TreatmentsViewState } from "./therapies-state";
import type { Wording } from "./wording";
import { formatIsoDate } from "../format";
import { linearScale } from "./linear";
import { populationsShortLabel } from "./therapy-style";
import { TIMELINE_LAYOUT } from "./timeline-layout";

// ── Words ─────────────────────────────────────────────────────────────────────────────────────


function approvalYear(row: TherapyRow): number {
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
  return rows
    .filter((row) => state.classes.includes(row.class) && row.populations.some((p) => state.populations.includes(p)))
    .sort(byDateThenClass);
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
  const shown = `${approvals.length} ${approvals.length === 1 ? "approval" : "approvals"} shown (${first === last ? first : `${first}–${last}`})`;
  const byEnd = [...bands].sort((a, b) => a.endYear - b.endYear);
  const earliest = byEnd[0];
  const latest = byEnd.at(-1);
  if (!earliest || !latest) return `${shown}.`;
  const after = (band: SurvivalBand) => years.filter((year) => year > band.endYear).length;
  const sinceEarliest = `${after(earliest)} came after ${earliest.endYear}, the last year of diagnosis behind the ${bandTopic(earliest)}`;
  const sinceLatest = latest.endYear === earliest.endYear ? "" : `, and ${after(latest)} after ${latest.endYear}, the last behind the ${bandTopic(latest)}`;
  return `${shown}: ${sinceEarliest}${sinceLatest}.`;
}

// ── Layout ────────────────────────────────────────────────────────────────────────────────────

type Side = "right" | "left";

export interface ApprovalMark {
  row: TherapyRow;
  xPct: number;
  y: number;
  /** The stacked line within its lane (0 = top). */
  laneRow: number;
  label: string;
  /** The populations it covers, short ("HER2+ metastatic"): the label's second line, so the mark is not read by colour alone. */
  populationLabel: string;
  labelSide: Side;
  /** One marker per population the approval covers, offset from the mark's centre (px). */
  markers: { population: Her2Population; dx: number }[];
  /** Half the width of the markers plus their ring (px). */
  halfWidth: number;
  accelerated: boolean;
  description: string;
}

export interface TimelineLane {
  drugClass: DrugClass;
  label: string;
  top: number;
  headerY: number;
  bottom: number;
  /** Where "none shown" is written when the filters leave the lane empty; null otherwise. */
  emptyY: number | null;
}

export interface PlacedBand {
  band: SurvivalBand;
  xPct: number;
  widthPct: number;
  y: number;
  labelY: number;
  labelXPct: number;
  labelAnchor: "start" | "end";
  description: string;
}

export interface TimelineLayout {
  height: number;
  lanesTop: number;
  /** Bottom of the last band: gridlines and band shading stop here. */
  plotBottom: number;
  lanes: TimelineLane[];
  /** In the order of `approvals`: oldest first. */
  marks: ApprovalMark[];
  bandHeaderY: number | null;
  bands: PlacedBand[];
  ticks: { year: number; xPct: number }[];
  topAxisY: number;
  bottomAxisY: number;
}

function textWidth(text: string, fontPx: number): number {
  return text.length * fontPx * TIMELINE_LAYOUT.charWidthEm;
}

/** A mark's horizontal extent in px for a chart `widthPx` wide: its markers and its label. */
export function markExtent(mark: Pick<ApprovalMark, "xPct" | "halfWidth" | "label" | "populationLabel" | "labelSide">, widthPx: number): [number, number] {
  const { labelGap, labelFontPx, populationFontPx } = TIMELINE_LAYOUT;
  const centre = (mark.xPct / 100) * widthPx;
  const label = labelGap + Math.max(textWidth(mark.label, labelFontPx), textWidth(mark.populationLabel, populationFontPx));
  return mark.labelSide === "right" ? [centre - mark.halfWidth, centre + mark.halfWidth + label] : [centre - mark.halfWidth - label, centre + mark.halfWidth];
}

/** Right of the marker when the label fits there at the layout width, else left. */
function labelSide(mark: Pick<ApprovalMark, "xPct" | "halfWidth" | "label" | "populationLabel">, width: number): Side {
  const [, right] = markExtent({ ...mark, labelSide: "right" }, width);
  const [left] = markExtent({ ...mark, labelSide: "left" }, width);
  return right <= width || left < 0 ? "right" : "left";
}

/** First-fit stacking: each mark takes the first row of its lane where it clears every mark already there. */
function stackInRows(extents: readonly [number, number][]): number[] {
  const rows: [number, number][][] = [];
  return extents.map(([lo, hi]) => {
    const clear = (row: [number, number][]) => row.every(([a, b]) => hi + TIMELINE_LAYOUT.minMarkGap <= a || b + TIMELINE_LAYOUT.minMarkGap <= lo);
    const index = rows.findIndex(clear);
    const target = index === -1 ? rows.length : index;
    (rows[target] ??= []).push([lo, hi]);
    return target;
  });
}

/** Start-anchored at the band's start if the label fits there at the layout width, else end-anchored, else at the left edge. */
function bandLabelPosition(xPct: number, widthPct: number, label: string, width: number): { labelXPct: number; labelAnchor: "start" | "end" } {
  const labelPct = (textWidth(label, TIMELINE_LAYOUT.bandFontPx) / width) * 100;
  if (xPct + labelPct <= 100) return { labelXPct: xPct, labelAnchor: "start" };
  if (xPct + widthPct - labelPct >= 0) return { labelXPct: xPct + widthPct, labelAnchor: "end" };
  return { labelXPct: 0, labelAnchor: "start" };
}

/**
 * Lanes (one per drug class chosen) hold the approvals as marks at their dates, stacked in rows so
 * that no two marks or labels touch at `widthPx`, and so at any wider one. The page does not know
 * its width on the server, so it lays out at the narrowest (the reference width); an exported image
 * knows its width and gets fewer, longer rows. The survival bands sit under the lanes on the same
 * time axis.
 */
export function layoutTimeline(
  approvals: readonly TherapyRow[],
  bands: readonly SurvivalBand[],
  classes: readonly DrugClass[],
  widthPx: number = TIMELINE_LAYOUT.referenceWidth,
  wording: Wording = "details",
): TimelineLayout {
  const L = TIMELINE_LAYOUT;
  const years = [...approvals.map(approvalYear), ...bands.flatMap((b) => [b.startYear, b.endYear])];
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  // Time as UTC milliseconds on a linear scale: the same positions as d3's scaleUtc, without its weight in the page.
  const x = linearScale([Date.UTC(minYear, 0, 1), Date.UTC(maxYear + 1, 0, 1)], [L.plotStartPct, L.plotEndPct]);
  const xOfYear = (year: number) => x(Date.UTC(year, 0, 1));
  const xOfDate = (isoDate: string) => x(Date.parse(`${isoDate}T00:00:00Z`));

  const placedMarks = new Map<string, ApprovalMark>();
  const lanes: TimelineLane[] = [];
  let cursor = L.axisHeight;
  for (const drugClass of classes) {
    const laneRows = approvals.filter((row) => row.class === drugClass);
    const shapes = laneRows.map((row) => {
      const xPct = xOfDate(row.approvalDate);
      const halfWidth = ((row.populations.length - 1) * L.markerSpacing + L.markerSize) / 2 + L.ringPadding;
      const text = { xPct, halfWidth, label: chartLabel(row), populationLabel: populationsShortLabel(row.populations) };
      return { row, ...text, labelSide: labelSide(text, widthPx) };
    });
    const rowIndex = stackInRows(shapes.map((shape) => markExtent(shape, widthPx)));
    const rowsTop = cursor + L.laneHeaderHeight;
    shapes.forEach((shape, i) => {
      const laneRow = rowIndex[i] ?? 0;
      const { row } = shape;
      placedMarks.set(row.id, {
        ...shape,
        y: rowsTop + laneRow * L.rowHeight + L.rowHeight / 2,
        laneRow,
        markers: row.populations.map((population, k) => ({ population, dx: (k - (row.populations.length - 1) / 2) * L.markerSpacing })),
        accelerated: isAcceleratedApproval(row),
        description: describeApproval(row, wording),
      });
    });
    const rowCount = Math.max(1, ...rowIndex.map((r) => r + 1));
    const bottom = rowsTop + rowCount * L.rowHeight;
    lanes.push({
      drugClass,
      label: `${DRUG_CLASS_LABELS[drugClass].label} (${laneRows.length})`,
      top: cursor,
      headerY: cursor + L.laneHeaderHeight - 8,
      bottom,
      emptyY: laneRows.length === 0 ? rowsTop + L.rowHeight / 2 + 4 : null,
    });
    cursor = bottom + L.laneGap;
  }

  const bandHeaderY = bands.length > 0 ? cursor + L.bandHeaderHeight - 10 : null;
  if (bands.length > 0) cursor += L.bandHeaderHeight;
  const placedBands = bands.map((band) => {
    const xPct = xOfYear(band.startYear);
    const widthPct = xOfYear(band.endYear + 1) - xPct;
    const placed: PlacedBand = {
      band,
      xPct,
      widthPct,
      labelY: cursor + L.bandLabelHeight - 4,
      y: cursor + L.bandLabelHeight,
      ...bandLabelPosition(xPct, widthPct, band.label, widthPx),
      description: describeBand(band, approvals),
    };
    cursor += L.bandLabelHeight + L.bandHeight + L.bandGap;
    return placed;
  });

  return {
    height: cursor + L.axisHeight,
    lanesTop: L.axisHeight,
    plotBottom: cursor,
    lanes,
    marks: approvals.flatMap((row) => placedMarks.get(row.id) ?? []),
    bandHeaderY,
    bands: placedBands,
    ticks: yearTicks(minYear, maxYear + 1, L.tickEveryYears).map((year) => ({ year, xPct: xOfYear(year) })),
    topAxisY: L.axisHeight - 8,
    bottomAxisY: cursor + L.axisHeight - 6,
  };
}

/** Years from `first` to `last` (inclusive) that are multiples of `every`: 2000, 2005, … */
export function yearTicks(first: number, last: number, every: number): number[] {
  const years: number[] = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every) years.push(year);
  return years;
}

// ── Table and sources ─────────────────────────────────────────────────────────────────────────

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
