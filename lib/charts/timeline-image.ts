/**
 * The approvals timeline as its image draws it (slides, social cards, downloads): one row per drug,
 * its approvals as markers at their dates, under their class; the survival bands as rows below on the
 * same axis. The page's layout labels every approval with two lines of text, which a 16:9 frame could
 * only fit by shrinking them to 5–9 px; here each drug is named once, at the left, and an approval's
 * populations are its markers' shapes and colours, which the key names (and its description says).
 */

import type { TherapyRow } from "../datasets/schemas";
import { DRUG_CLASS_LABELS, type DrugClass } from "../datasets/therapy-dimensions";
import { type ExportSize, textWidth as estimatedWidth, type FrameText, fillBox, framedScene, wrapText } from "../scene/frame";
import { STROKE, TEXT } from "../scene/text-styles";
import type { Drawing, Mark, Scene } from "../scene/types";
import { BANDS_HEADING, chartLabel, describeApproval, describeBand, isAcceleratedApproval, type SurvivalBand } from "./therapies";
import { glyphHalfWidth, markerOffsets, stackInRows, TIMELINE_LAYOUT, timeAxis, yearTicks } from "./timeline-layout";
import { approvalMarkers, bandBar, timelineKey } from "./timeline-scene";

/** What the timeline's image needs beyond its frame. */
export interface TimelineContent {
  kind: "timeline";
  approvals: readonly TherapyRow[];
  classes: readonly DrugClass[];
  bands: readonly SurvivalBand[];
}

const ROWS = {
  /** One drug's line of markers (a ring is 20 px tall, so rings on two lines keep apart). */
  rowHeight: 22,
  fontPx: 16,
  /** The class column is this wide: its names wrap over the class's rows. */
  classWidth: 170,
  classLineHeight: 19,
  /** Between columns, and after the last year (px). */
  gap: 16,
  groupGap: 6,
  axisHeight: 24,
  keyRowHeight: 24,
} as const;

const STYLE = {
  drug: { fill: "var(--text)", fontSize: ROWS.fontPx },
  heading: { fill: "var(--text)", fontSize: ROWS.fontPx, fontWeight: 700 },
  // Larger than other charts' ticks: on a timeline the years are read, not glanced at.
  year: { fill: "var(--muted)", fontSize: ROWS.fontPx - 1 },
  rule: { stroke: "var(--border)", strokeWidth: 1 },
  bandShade: { fill: "var(--muted)", fillOpacity: 0.06 },
  tint: { fill: "var(--muted)", fillOpacity: 0.07 },
} as const;

function textWidth(text: string, fontPx: number = ROWS.fontPx): number {
  return text.length * fontPx * TIMELINE_LAYOUT.charWidthEm;
}

/** A group of rows (a drug class, or the survival bands): its name wrapped in the first column, and its rows' height. */
interface RowGroup {
  name: string;
  rows: number;
}

/**
 * The rows' marks, `width` px wide: class names in the first column, drug names in the second, each
 * drug's approvals on the time axis, then the survival bands. Approvals of one drug close in time (or
 * on one day) take a second line of its row rather than overlap.
 */
export function approvalRowsDrawing(approvals: readonly TherapyRow[], bands: readonly SurvivalBand[], classes: readonly DrugClass[], width: number): Drawing {
  const drugX = ROWS.classWidth + ROWS.gap;
  const labelWidth = drugX + Math.max(...[...approvals.map(chartLabel), ...bands.map((band) => band.label)].map((text) => textWidth(text))) + ROWS.gap;
  const { minYear, maxYear, xOfYear, xOfDate } = timeAxis(approvals, bands, [labelWidth, width - ROWS.gap]);

  const labels: Mark[] = [];
  const baseline = (top: number) => top + ROWS.rowHeight / 2 + 5;
  let y = 0;
  /** Starts a group at y: its rule and wrapped name; returns where the group ends once its rows are known. */
  const group = ({ name, rows }: RowGroup): number => {
    const lines = wrapText(name, ROWS.classWidth, ROWS.fontPx, TIMELINE_LAYOUT.charWidthEm);
    labels.push(
      { kind: "line", x1: 0, x2: width, y1: y, y2: y, style: STYLE.rule },
      { kind: "text-lines", lines: lines.map((text, i) => ({ x: 0, y: baseline(y) + i * ROWS.classLineHeight, text })), style: STYLE.heading },
    );
    return y + Math.max(rows * ROWS.rowHeight, lines.length * ROWS.classLineHeight + 6) + ROWS.groupGap;
  };
  const placed = new Map<string, Mark>();
  const tints: Mark[] = [];
  let drugIndex = 0;
  for (const drugClass of classes) {
    const rows = approvals.filter((row) => row.class === drugClass);
    const drugs = [...new Set(rows.map(chartLabel))].map((drug) => {
      const ofDrug = rows.filter((row) => chartLabel(row) === drug);
      const centres = ofDrug.map((row) => xOfDate(row.approvalDate));
      const halfWidths = ofDrug.map((row) => glyphHalfWidth(row.populations.length));
      const lines = stackInRows(centres.map((centre, i) => [centre - (halfWidths[i] ?? 0), centre + (halfWidths[i] ?? 0)]));
      return { drug, ofDrug, centres, lines, height: Math.max(...lines) + 1 };
    });
    const end = group({
      name: `${DRUG_CLASS_LABELS[drugClass].label}: ${rows.length} ${rows.length === 1 ? "approval" : "approvals"}`,
      rows: Math.max(
        1,
        drugs.reduce((sum, d) => sum + d.height, 0),
      ),
    });
    if (rows.length === 0) labels.push({ kind: "text", x: drugX, y: baseline(y), text: "None for the HER2 populations chosen", style: TEXT.unavailable });
    for (const { drug, ofDrug, centres, lines, height } of drugs) {
      // Every other drug is tinted across the width, so a drug's second line reads as its own.
      if (drugIndex++ % 2 === 1)
        tints.push({ kind: "rect", x: drugX - ROWS.gap / 2, y, width: width - drugX + ROWS.gap / 2, height: height * ROWS.rowHeight, style: STYLE.tint });
      labels.push({ kind: "text", x: drugX, y: baseline(y), text: drug, style: STYLE.drug });
      ofDrug.forEach((row, i) => {
        placed.set(row.id, approvalMark(row, centres[i] ?? 0, y + ((lines[i] ?? 0) + 0.5) * ROWS.rowHeight, width));
      });
      y += height * ROWS.rowHeight;
    }
    y = end;
  }
  const lanesBottom = y;

  const bandMarks: Mark[] = [];
  const bandsEnd = bands.length > 0 ? group({ name: BANDS_HEADING, rows: bands.length }) : y;
  for (const band of bands) {
    const [start, end] = [xOfYear(band.startYear), xOfYear(band.endYear + 1)];
    bandMarks.push({
      kind: "group",
      datum: { id: band.id, description: describeBand(band, approvals), tooltip: { leftPct: (start / width) * 100, top: y + ROWS.rowHeight } },
      data: { testid: "survival-band" },
      marks: [
        { kind: "group", decorative: true, marks: [{ kind: "rect", x: start, y: 0, width: end - start, height: lanesBottom, style: STYLE.bandShade }] },
        { kind: "text", x: drugX, y: baseline(y), text: band.label, style: STYLE.drug },
        bandBar(start, y + (ROWS.rowHeight - TIMELINE_LAYOUT.bandHeight) / 2, end - start),
      ],
    });
    y += ROWS.rowHeight;
  }
  y = bandsEnd;

  const ticks: Mark[] = yearTicks(minYear, maxYear + 1, TIMELINE_LAYOUT.tickEveryYears).flatMap((year): Mark[] => [
    { kind: "line", x1: xOfYear(year), x2: xOfYear(year), y1: 0, y2: y, style: STROKE.grid },
    { kind: "text", x: xOfYear(year), y: y + 18, text: String(year), style: { ...STYLE.year, anchor: "middle" } },
  ]);
  return {
    height: y + ROWS.axisHeight,
    // Grid under everything; the marks in the page's order (approvals oldest first, then the bands), as the keyboard and tests read them.
    marks: [{ kind: "group", decorative: true, marks: [...tints, ...ticks, ...labels] }, ...approvals.flatMap((row) => placed.get(row.id) ?? []), ...bandMarks],
  };
}

function approvalMark(row: TherapyRow, x: number, y: number, width: number): Mark {
  const glyph = { markers: markerOffsets(row.populations), halfWidth: glyphHalfWidth(row.populations.length), accelerated: isAcceleratedApproval(row) };
  return {
    kind: "group",
    datum: { id: row.id, description: describeApproval(row), tooltip: { leftPct: (x / width) * 100, top: y + 18 } },
    data: { testid: "approval-mark" },
    marks: [
      {
        kind: "viewport",
        x,
        y,
        width: 1,
        height: 1,
        viewBox: { width: 1, height: 1 },
        align: "start",
        marks: approvalMarkers(glyph),
      },
    ],
  };
}

/** The image's key, wrapped to the width: the populations' markers (the page names them beside its filters), then the rest of what is drawn. */
function keyDrawing(width: number, approvals: readonly TherapyRow[]): Drawing {
  let [x, row] = [0, 0];
  const marks = timelineKey(approvals, { populations: true }).map((item): Mark => {
    // The frame's estimate of set text, not the layout's generous one: the key is one line, not a label to keep clear of marks.
    const itemWidth = item.width + 6 + estimatedWidth(item.text, TEXT.legend.fontSize);
    if (x > 0 && x + itemWidth > width) [x, row] = [0, row + 1];
    const at = { x: Math.round(x * 100) / 100, y: row * ROWS.keyRowHeight + ROWS.keyRowHeight / 2 };
    x += itemWidth + 20;
    const text: Mark = { kind: "text", x: item.width + 6, y: 5, text: item.text, style: TEXT.legend };
    return { kind: "viewport", ...at, width: 1, height: 1, viewBox: { width: 1, height: 1 }, align: "start", marks: [...item.marks, text] };
  });
  return { height: (row + 1) * ROWS.keyRowHeight + 10, marks };
}

/** The image: the key, then the drugs' rows at the width they are drawn at. */
export function timelineImageScene(spec: FrameText & { size: ExportSize } & TimelineContent): Scene {
  return framedScene(spec, (box) => [
    fillBox(box, (width) => {
      const key = keyDrawing(width, spec.approvals);
      const chart = approvalRowsDrawing(spec.approvals, spec.bands, spec.classes, width);
      const placed: Mark = {
        kind: "viewport",
        x: 0,
        y: key.height,
        width,
        height: chart.height,
        viewBox: { width, height: chart.height },
        align: "start",
        marks: chart.marks,
      };
      return { height: key.height + chart.height, marks: [...key.marks, placed] };
    }),
  ]);
}
