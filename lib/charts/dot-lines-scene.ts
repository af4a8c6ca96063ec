/**
 * The dot-and-line chart as scenes: the page's plot, and the image's (the same plot under a legend
 * and the "up"/"across" notes, which the page prints as HTML around its plot). Geometry comes from
 * `layoutDotLines`; this only turns it into marks.
 */
import { type ExportSize, type FrameText, fillBox, fitInBox, framedScene, textBlock, wrapText } from "../scene/frame";
import { legendDrawing } from "../scene/legend";
import { markerMark } from "../scene/marker";
import { STROKE, TEXT } from "../scene/text-styles";
import { type Drawing, type Mark, type MarkStyle, pct, type Scene } from "../scene/types";
import { DOT_LINE_LAYOUT } from "./dot-line-layout";
import { type DotLineFigure, type DotLineSeries, layoutDotLines, type PlacedPoint } from "./dot-lines";

export function dotLineScene(view: DotLineFigure & { title: string; summary: string }): Scene {
  return { title: view.title, description: view.summary, roleDescription: "line chart", width: "100%", ...dotLineDrawing(view) };
}

/**
 * The plot: gridlines and ticks, the lines, then one explorable mark per value. A missing value is
 * a hollow mark in the strip under the axis, never a dot at zero. `plotHeight` lets an image fill its box.
 */
export function dotLineDrawing(figure: DotLineFigure, plotHeight?: number): Drawing {
  const layout = layoutDotLines(figure.series, { categories: figure.categories, domainMax: figure.domainMax, plotHeight });
  const axis: Mark[] = [
    ...layout.yTicks.flatMap((tick): Mark[] => [
      { kind: "line", x1: 0, x2: "100%", y1: tick.y, y2: tick.y, style: STROKE.grid },
      { kind: "text", x: 0, y: tick.y - 4, text: String(tick.value), style: TEXT.tick },
    ]),
    ...layout.xTicks.map(
      (tick): Mark => ({
        kind: "text",
        x: pct(tick.xPct),
        y: layout.plotBottom + 16,
        text: tick.tick,
        style: { ...TEXT.tick, anchor: "middle" },
        // Page-only: a narrow chart hides every other label (charts-extra.css); an image has room for all.
        className: tick.minor ? "tick-minor" : undefined,
      }),
    ),
    ...(layout.missingHeadingY === null ? [] : [textMark(0, layout.missingHeadingY, figure.missingLabel, TEXT.axisTitle)]),
    ...layout.lanes.map((lane) => textMark(0, lane.labelY, lane.series.label, TEXT.sublabel)),
  ];
  const lines: Mark[] = layout.segments.map((segment) => ({
    kind: "line",
    x1: pct(segment.x1Pct),
    x2: pct(segment.x2Pct),
    y1: segment.y1,
    y2: segment.y2,
    style: { ...STROKE.seriesLine, stroke: segment.color },
    className: "dot-line",
  }));
  return {
    height: layout.height,
    marks: [{ kind: "group", decorative: true, marks: axis }, { kind: "group", decorative: true, marks: lines }, ...layout.points.map(pointMark)],
  };
}

function textMark(x: number, y: number, text: string, style: MarkStyle): Mark {
  return { kind: "text", x, y, text, style };
}

function pointMark(placed: PlacedPoint): Mark {
  const { point, series, xPct, y, missing } = placed;
  const { markerSize, missingRadius, hitRadius } = DOT_LINE_LAYOUT;
  const shape: Mark = missing
    ? { kind: "circle", cx: pct(xPct), cy: y, r: missingRadius, style: { ...STROKE.hollow, stroke: series.color }, className: "dot-missing" }
    : // A 1×1 viewport carries the percentage x, so the marker's own geometry stays in px.
      {
        kind: "viewport",
        x: pct(xPct),
        y,
        width: 1,
        height: 1,
        viewBox: { width: 1, height: 1 },
        align: "start",
        marks: [markerMark(series.marker, 0, 0, markerSize, series.color)],
      };
  return {
    kind: "group",
    datum: { id: point.id, description: point.description, tooltip: { leftPct: xPct, top: y + 14 } },
    data: missing ? { testid: "dot", missing: "true" } : { testid: "dot" },
    className: "dot-mark",
    // The invisible hit area doubles as the focus ring (its stroke is the page's focus state).
    marks: [{ kind: "circle", cx: pct(xPct), cy: y, r: hitRadius, style: { fill: "transparent" }, className: "dot-focus-ring" }, shape],
  };
}

/** What a dot-and-line chart's image needs beyond its frame. */
export interface DotLineContent extends DotLineFigure {
  kind: "dot-lines";
}

const MARKER_SIZE = 11;
/** Space between the legend, the axis notes and the plot (design px). */
const BLOCK_GAP = 8;
/** Below this the lines flatten out: the image shrinks the whole drawing instead. */
const MIN_PLOT_HEIGHT = 140;

export function dotLineImageScene(spec: FrameText & { size: ExportSize } & DotLineContent): Scene {
  return framedScene(spec, (box) => [fillBox(box, (width) => dotLineImageDrawing(spec, width, (box.height * width) / box.width))]);
}

/**
 * Legend, notes, then the page's plot, at `width` design px. The plot takes the height left in the
 * box (`available`, at the scale this width implies), so the lines use the whole slide.
 */
function dotLineImageDrawing(spec: DotLineContent, width: number, available: number): Drawing & { width: number } {
  const legend = seriesLegend(spec.series, width);
  const noteLines = [spec.yLabel, spec.xLabel].flatMap((line) => wrapText(line, width, TEXT.note.fontSize));
  const notes = textBlock(noteLines, 0, legend.height + BLOCK_GAP, TEXT.note.fontSize, TEXT.note);
  const plotY = legend.height + BLOCK_GAP + notes.height + BLOCK_GAP;
  // Everything but the plot itself: its top padding, tick labels and the strip of missing values.
  const fixed = layoutDotLines(spec.series, { categories: spec.categories, domainMax: spec.domainMax, plotHeight: 0 }).height;
  const plot = dotLineDrawing(spec, Math.max(MIN_PLOT_HEIGHT, available - plotY - fixed));
  return {
    width,
    height: plotY + plot.height,
    marks: [...legend.marks, notes.mark, fitInBox({ x: 0, y: plotY, width, height: plot.height }, { width, ...plot })],
  };
}

/** One key entry per series: its marker in its colour, and its label. */
function seriesLegend(series: readonly DotLineSeries[], width: number): Drawing {
  const entries = series.map((s) => ({
    label: s.label,
    swatchWidth: MARKER_SIZE,
    swatch: (x: number, y: number) => [markerMark(s.marker, x + MARKER_SIZE / 2, y, MARKER_SIZE, s.color)],
  }));
  return legendDrawing(entries, width);
}
