/**
 * Bar charts as scenes: the page's chart (one panel, stage headers between groups), and the pieces
 * the image's small multiples (bars-image.ts) share with it. Geometry comes from `layoutBars`; this
 * only turns it into marks.
 */
import { markerMark } from "../scene/marker";
import { STROKE, TEXT } from "../scene/text-styles";
import { type Drawing, type Mark, pct, type Scene } from "../scene/types";
import { type BarDatum, type BarSublabel, layoutBars, type PlacedBar } from "./bars";
import { BAR_LAYOUT, LABEL_X } from "./layout";

export interface BarSceneOptions {
  domainMax: number;
  /** Appended to axis tick numbers ("%"). */
  tickSuffix?: string;
}

export function barScene(view: { title: string; summary: string; bars: readonly BarDatum[] }, options: BarSceneOptions): Scene {
  const drawing = barDrawing(view.bars, options);
  return { title: view.title, description: view.summary, roleDescription: "bar chart", width: "100%", ...drawing };
}

export function barDrawing(bars: readonly BarDatum[], options: BarSceneOptions): Drawing {
  // The page's chart is as wide as the screen allows: its words wrap to the narrowest one.
  const layout = layoutBars(bars, { domainMax: options.domainMax, wrapWidth: BAR_LAYOUT.narrowestWidth });
  const headers: Mark[] = layout.groups.map((group) => ({
    kind: "text-lines",
    lines: group.lines.map((text, i) => ({ x: 0, y: group.y + i * BAR_LAYOUT.groupLineHeight, text })),
    style: TEXT.groupLabel,
  }));
  return {
    height: layout.height,
    marks: [tickMarks(layout.ticks, layout.axisY, options), ...headers, ...layout.bars.map((bar) => barMark(bar))],
  };
}

/** The value axis: a gridline per tick from the top down to `axisY`, its number below. */
export function tickMarks(ticks: readonly { value: number; xPct: number }[], axisY: number, options: BarSceneOptions): Mark {
  const marks: Mark[] = ticks.flatMap((tick) => [
    { kind: "line", x1: pct(tick.xPct), x2: pct(tick.xPct), y1: 0, y2: axisY, style: STROKE.grid },
    {
      kind: "text",
      x: pct(tick.xPct),
      y: axisY + 16,
      text: `${tick.value}${options.tickSuffix ?? ""}`,
      style: { ...TEXT.tick, anchor: tick.xPct < 1 ? "start" : "middle" },
    },
  ]);
  return { kind: "group", decorative: true, marks };
}

/** A bar's marker, label and plain name (its lines from `sublabel`, the first's baseline at its y), the label's baseline at `labelY`. */
export function barLabelMarks(datum: BarDatum, labelY: number, sublabel: BarSublabel | null): Mark[] {
  const label: Mark[] = [
    markerMark(datum.marker, 6, labelY - 5, 10, datum.color),
    { kind: "text", x: LABEL_X, y: labelY, text: datum.label, style: TEXT.label, className: "chart-label" },
  ];
  if (sublabel && sublabel.lines.length > 0)
    label.push({
      kind: "text-lines",
      lines: sublabel.lines.map((text, i) => ({ x: LABEL_X, y: sublabel.y + i * BAR_LAYOUT.sublabelHeight, text })),
      style: TEXT.sublabel,
      className: "chart-sublabel",
    });
  return label;
}

/** One explorable bar; `labelled: false` leaves its label to a shared row label (small multiples). */
export function barMark(bar: PlacedBar, labelled = true): Mark {
  const { datum } = bar;
  const label = labelled ? barLabelMarks(datum, bar.labelY, bar.sublabel) : [];
  const body: Mark[] =
    datum.value === null
      ? [{ kind: "text", x: 0, y: bar.barY + 15, text: "Not available", style: TEXT.unavailable }]
      : [
          { kind: "rect", x: 0, y: bar.barY, width: pct(bar.widthPct), height: BAR_LAYOUT.barHeight, rx: 2, style: { fill: datum.color } },
          ...whisker(bar),
          {
            kind: "text",
            x: pct(bar.valueXPct),
            y: bar.barY + 16,
            text: datum.valueText,
            style: datum.highlight ? TEXT.strongValue : TEXT.value,
            className: "chart-value",
          },
        ];
  return {
    kind: "group",
    datum: { id: datum.id, description: datum.description, tooltip: { leftPct: bar.valueXPct, top: bar.barY + 30 } },
    data: { testid: "bar" },
    className: datum.highlight ? "is-highlight" : undefined,
    marks: [...label, ...body],
  };
}

/** The 95% interval: a line across with a cap at each end. */
function whisker(bar: PlacedBar): Mark[] {
  if (!bar.ci) return [];
  const { lowerPct, upperPct } = bar.ci;
  const mid = bar.barY + 11;
  const line = (x1: number, x2: number, y1: number, y2: number): Mark => ({ kind: "line", x1: pct(x1), x2: pct(x2), y1, y2, style: STROKE.whisker });
  return [
    {
      kind: "group",
      className: "chart-ci",
      marks: [line(lowerPct, upperPct, mid, mid), line(lowerPct, lowerPct, mid - 6, mid + 6), line(upperPct, upperPct, mid - 6, mid + 6)],
    },
  ];
}
