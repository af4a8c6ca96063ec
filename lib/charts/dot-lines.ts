/**
 * Dot-and-line layout for rates across ordered categories (e.g. age groups), one line per series.
 * x is a percentage of the chart width and y is in pixels, so the server-rendered SVG is already
 * final at any width. A missing value is never drawn at zero: it breaks the line and is listed in a
 * separate strip under the axis.
 */
import type { Marker } from "../subtypes";
import { DOT_LINE_LAYOUT } from "./dot-line-layout";
import { linearScale } from "./linear";

export interface SeriesPoint {
  id: string;
  /** The category (e.g. age group id) this value belongs to. */
  category: string;
  value: number | null;
  unavailableReason?: string;
  /** One sentence read aloud and shown in the tooltip. */
  description: string;
}

export interface DotLineSeries {
  id: string;
  label: string;
  /** A CSS colour (usually a CSS variable) and a non-colour marker. */
  color: string;
  marker: Marker;
  points: readonly SeriesPoint[];
}

/** What a dot-and-line chart draws, wherever it is drawn (the page, an exported image). */
export interface DotLineFigure {
  series: readonly DotLineSeries[];
  categories: readonly Category[];
  domainMax: number;
  /** What "up" and "across" mean, printed above the plot. */
  yLabel: string;
  xLabel: string;
  /** Short heading of the list of missing values ("Not available (suppressed)"). */
  missingLabel: string;
}

export interface Category {
  id: string;
  /** Short text under the axis ("20"). */
  tick: string;
}

export interface PlacedPoint {
  point: SeriesPoint;
  series: DotLineSeries;
  xPct: number;
  y: number;
  /** true when the value is missing: the mark sits in the strip under the axis, not on the plot. */
  missing: boolean;
}

export interface Segment {
  key: string;
  color: string;
  x1Pct: number;
  y1: number;
  x2Pct: number;
  y2: number;
}

export interface DotLineLayout {
  height: number;
  plotTop: number;
  plotBottom: number;
  /** Every other category is "minor": CSS hides its label when the chart is narrow. */
  xTicks: { id: string; tick: string; xPct: number; minor: boolean }[];
  yTicks: { value: number; y: number }[];
  /** Points in series order, then category order: the keyboard walks along each line. */
  points: PlacedPoint[];
  segments: Segment[];
  missingHeadingY: number | null;
  lanes: { series: DotLineSeries; labelY: number; markY: number }[];
}

export function layoutDotLines(
  series: readonly DotLineSeries[],
  /** plotHeight: the on-page height unless a caller has a fixed box to fill (an exported image). */
  options: { categories: readonly Category[]; domainMax: number; tickCount?: number; plotHeight?: number },
): DotLineLayout {
  const L = DOT_LINE_LAYOUT;
  const plotTop = L.topPadding;
  const plotBottom = plotTop + (options.plotHeight ?? L.plotHeight);
  const bandPct = (L.plotEndPct - L.plotStartPct) / Math.max(options.categories.length, 1);
  const xIndex = new Map(options.categories.map((c, i) => [c.id, i]));
  const xPct = (category: string) => L.plotStartPct + ((xIndex.get(category) ?? 0) + 0.5) * bandPct;
  const y = linearScale([0, options.domainMax], [plotBottom, plotTop]);

  let cursor = plotBottom + L.tickLabelHeight;
  const withGaps = series.filter((s) => s.points.some((p) => p.value === null));
  const missingHeadingY = withGaps.length > 0 ? cursor + L.missingHeadingHeight - 10 : null;
  if (withGaps.length > 0) cursor += L.missingHeadingHeight;
  const lanes = withGaps.map((s) => {
    const lane = { series: s, labelY: cursor + L.laneLabelHeight - 2, markY: cursor + L.laneLabelHeight + 10 };
    cursor += L.laneHeight;
    return lane;
  });
  const laneY = new Map(lanes.map((lane) => [lane.series.id, lane.markY]));

  const points: PlacedPoint[] = [];
  const segments: Segment[] = [];
  for (const s of series) {
    const ordered = [...s.points].sort((a, b) => (xIndex.get(a.category) ?? 0) - (xIndex.get(b.category) ?? 0));
    ordered.forEach((point, i) => {
      const missing = point.value === null;
      points.push({ point, series: s, xPct: xPct(point.category), y: missing ? (laneY.get(s.id) ?? plotBottom) : y(point.value ?? 0), missing });
      const next = ordered[i + 1];
      // Only neighbouring categories are joined: a line across a gap would invent the missing value.
      const adjacent = next !== undefined && (xIndex.get(next.category) ?? 0) === (xIndex.get(point.category) ?? 0) + 1;
      if (adjacent && point.value !== null && next.value !== null) {
        segments.push({
          key: `${point.id}>${next.id}`,
          color: s.color,
          x1Pct: xPct(point.category),
          y1: y(point.value),
          x2Pct: xPct(next.category),
          y2: y(next.value),
        });
      }
    });
  }

  return {
    height: cursor,
    plotTop,
    plotBottom,
    xTicks: options.categories.map((c, i) => ({ id: c.id, tick: c.tick, xPct: xPct(c.id), minor: i % 2 === 1 })),
    yTicks: y.ticks(options.tickCount ?? 5).map((value) => ({ value, y: y(value) })),
    points,
    segments,
    missingHeadingY,
    lanes,
  };
}
