/**
 * The approvals timeline's layout: lanes, stacked marks, survival bands and ticks. x is a percentage of the chart width and y is in
 * pixels, so the server-rendered SVG is final at any width. Text cannot be measured on the server,
 * so labels are placed for the narrowest chart (a 320 px screen less the page padding) with a
 * generous average character width: what fits there fits at every wider size.
 */

import type { TherapyRow } from "../datasets/schemas";
import { DRUG_CLASS_LABELS, type DrugClass, type Her2Population } from "../datasets/therapy-dimensions";
import { linearScale } from "./linear";
import { approvalYear, chartLabel, describeApproval, describeBand, isAcceleratedApproval, type SurvivalBand } from "./therapies";
import { populationsShortLabel } from "./therapy-style";
import type { Wording } from "./wording";

export const TIMELINE_LAYOUT = {
  /** The narrowest chart the layout must fit without collisions (px). */
  referenceWidth: 288,
  /** Average glyph width as a share of the font size; generous for system-ui, bold included. */
  charWidthEm: 0.62,
  /** Horizontal room, as percent of the chart width, so edge markers and year labels are not clipped. */
  plotStartPct: 2,
  plotEndPct: 98,
  /** Years between labelled ticks. */
  tickEveryYears: 5,
  /** Year labels above the lanes and under the bands (px). */
  axisHeight: 22,
  /** Each lane: a header with the class name, then one row per stacked line of marks (px). */
  laneHeaderHeight: 26,
  laneHeaderFontPx: 14,
  /** Tall enough for a label's two lines: the brand, then the populations under it. */
  rowHeight: 36,
  laneGap: 8,
  /** A population marker, and the distance between the centres of two markers on one approval (px). */
  markerSize: 10,
  markerSpacing: 13,
  /** Room around a mark's markers for the accelerated-approval ring and the focus ring (px). */
  ringPadding: 5,
  /** The focus ring sits this far outside the accelerated-approval ring, so both stay visible together (px). */
  focusRingGap: 3,
  labelGap: 5,
  labelFontPx: 13,
  /** Baselines of the brand line and the population line, from the marker's centre (px). */
  labelBaselineDy: -2,
  populationFontPx: 12,
  populationBaselineDy: 11,
  /** The least horizontal space between two marks that share a row, at the reference width (px). */
  minMarkGap: 8,
  /** The survival bands: a section header, then per band a label line and the band itself (px). */
  bandHeaderHeight: 30,
  bandLabelHeight: 17,
  bandHeight: 12,
  bandGap: 8,
  bandFontPx: 12,
} as const;

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

/** Half an approval's glyph: its markers side by side, and room for the accelerated-approval ring (px). */
export function glyphHalfWidth(populationCount: number): number {
  return ((populationCount - 1) * TIMELINE_LAYOUT.markerSpacing + TIMELINE_LAYOUT.markerSize) / 2 + TIMELINE_LAYOUT.ringPadding;
}

/** One marker per population, centred as a group on the approval's date. */
export function markerOffsets(populations: readonly Her2Population[]): ApprovalMark["markers"] {
  return populations.map((population, k) => ({ population, dx: (k - (populations.length - 1) / 2) * TIMELINE_LAYOUT.markerSpacing }));
}

/** First-fit stacking: each mark takes the first row of its lane where it clears every mark already there. */
export function stackInRows(extents: readonly [number, number][]): number[] {
  const rows: [number, number][][] = [];
  return extents.map(([lo, hi]) => {
    const clear = (row: [number, number][]) => row.every(([a, b]) => hi + TIMELINE_LAYOUT.minMarkGap <= a || b + TIMELINE_LAYOUT.minMarkGap <= lo);
    const index = rows.findIndex(clear);
    const row = rows[index];
    if (row) {
      row.push([lo, hi]);
      return index;
    }
    rows.push([[lo, hi]]);
    return rows.length - 1;
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
 * its width on the server, so it lays out at the narrowest (the reference width). The survival bands
 * sit under the lanes on the same time axis. (An image draws one row per drug instead: timeline-image.ts.)
 */
export function layoutTimeline(
  approvals: readonly TherapyRow[],
  bands: readonly SurvivalBand[],
  classes: readonly DrugClass[],
  widthPx: number = TIMELINE_LAYOUT.referenceWidth,
  wording: Wording = "details",
): TimelineLayout {
  const L = TIMELINE_LAYOUT;
  const { minYear, maxYear, xOfYear, xOfDate } = timeAxis(approvals, bands, [L.plotStartPct, L.plotEndPct]);

  const placedMarks = new Map<string, ApprovalMark>();
  const lanes: TimelineLane[] = [];
  let cursor = L.axisHeight;
  for (const drugClass of classes) {
    const laneRows = approvals.filter((row) => row.class === drugClass);
    const shapes = laneRows.map((row) => {
      const xPct = xOfDate(row.approvalDate);
      const halfWidth = glyphHalfWidth(row.populations.length);
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
        markers: markerOffsets(row.populations),
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

/**
 * The timeline's time axis over `range` (chart percent on the page, px in an image): from the first
 * year an approval or a band covers to the end of the last. Time as UTC milliseconds on a linear
 * scale: the same positions as d3's scaleUtc, without its weight in the page.
 */
export function timeAxis(approvals: readonly TherapyRow[], bands: readonly SurvivalBand[], range: [number, number]) {
  const years = [...approvals.map(approvalYear), ...bands.flatMap((b) => [b.startYear, b.endYear])];
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const x = linearScale([Date.UTC(minYear, 0, 1), Date.UTC(maxYear + 1, 0, 1)], range);
  return {
    minYear,
    maxYear,
    xOfYear: (year: number) => x(Date.UTC(year, 0, 1)),
    xOfDate: (isoDate: string) => x(Date.parse(`${isoDate}T00:00:00Z`)),
  };
}

/** Years from `first` to `last` (inclusive) that are multiples of `every`: 2000, 2005, … */
export function yearTicks(first: number, last: number, every: number): number[] {
  const years: number[] = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every) years.push(year);
  return years;
}

// ── Table and sources ─────────────────────────────────────────────────────────────────────────
