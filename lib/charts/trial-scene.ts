/**
 * The Kaplan–Meier chart as scenes: the page's (curves across the column's width, the number-at-risk
 * table under the axis) and the image's (the same drawing under a legend, in the shared frame). The
 * curves, bands and censor ticks are drawn in one stretched viewport, so they reflow with the page
 * while the text around them stays at its size.
 */
import { formatNumber } from "../format";
import { type ExportSize, type FrameText, fillBox, fitInBox, framedScene, type Region } from "../scene/frame";
import { type LegendEntry, legendDrawing, legendEntryWidth } from "../scene/legend";
import { TEXT } from "../scene/text-styles";
import { type Drawing, type Mark, pct, type Scene } from "../scene/types";
import type { SurvivalPoint } from "../trials/statistics";
import { percentGrid, timeStopMark } from "./curve-marks";
import { TRIAL_LAYOUT } from "./layout";
import type { TrialArmView, TrialView } from "./trial-view";

export function trialScene(view: TrialView, plotHeight = 240): Scene {
  const drawing = trialDrawing(view, { curveWidth: TRIAL_LAYOUT.pageCurveWidth, plotHeight, top: 0, explorable: true });
  return { title: view.title, description: view.takeaway, roleDescription: "survival curve chart", width: "100%", ...drawing };
}

interface DrawingOptions {
  /** The viewBox width the curves are drawn at: the page stretches 1000 units; an image draws at its own width, so its strokes never scale unevenly. */
  curveWidth: number;
  plotHeight: number;
  /** Where the drawing starts (an image puts its legend above). */
  top: number;
  /** The page's time steps (guide and dots shown on focus); an image, which nothing explores, has none. */
  explorable: boolean;
}

const xPct = (view: TrialView, time: number) => TRIAL_LAYOUT.padPct + (time / view.axisMax) * (100 - 2 * TRIAL_LAYOUT.padPct);

/** Gridlines and axis, the curves, one explorable stop per time step, and the number at risk. */
export function trialDrawing(view: TrialView, { curveWidth, plotHeight, top, explorable }: DrawingOptions): Drawing {
  const plotTop = top + TRIAL_LAYOUT.plotTop;
  const bottom = plotTop + plotHeight;
  const y = (survival: number) => plotTop + (1 - survival) * plotHeight;
  const grid = percentGrid(y);
  const timeAxis: Mark[] = view.ticks.map((tick, index) => ({
    kind: "text",
    x: pct(xPct(view, tick)),
    y: bottom + 16,
    text: String(tick),
    style: { ...TEXT.tick, anchor: "middle" },
    className: index % 2 === 1 ? "tick-minor" : undefined,
  }));
  const axisTitle: Mark = { kind: "text", x: "50%", y: bottom + 34, text: view.xLabel, style: { ...TEXT.axisTitle, anchor: "middle" } };
  const curves: Mark = {
    kind: "viewport",
    x: 0,
    y: plotTop,
    width: "100%",
    height: plotHeight,
    viewBox: { width: curveWidth, height: plotHeight },
    align: "stretch",
    marks: view.arms.flatMap((arm) =>
      armMarks(
        arm,
        (time) => (xPct(view, time) / 100) * curveWidth,
        (s) => (1 - s) * plotHeight,
        curveWidth,
      ),
    ),
  };
  const atRiskTop = bottom + 56;
  return {
    height: atRiskTop + 2 * TRIAL_LAYOUT.atRiskLine * view.arms.length + 4,
    marks: [
      { kind: "group", decorative: true, marks: [...grid, ...timeAxis, axisTitle, curves] },
      ...(explorable ? view.stops.map((stop) => stopMark(view, stop, y, { top: plotTop, height: plotHeight })) : []),
      atRiskTable(view, atRiskTop),
    ],
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** One arm: its 95% band, its step curve, and a tick at each censored time (one per drawn position). */
function armMarks(arm: TrialArmView, x: (time: number) => number, y: (survival: number) => number, curveWidth: number): Mark[] {
  const line = { stroke: arm.color, strokeWidth: 2.25, nonScalingStroke: true as const };
  const steps = stepPath(arm.points, (p) => p.survival, x, y);
  const upper = stepPoints(
    arm.points.filter((p) => p.upper !== null),
    (p) => p.upper ?? 0,
    x,
    y,
  );
  const lower = stepPoints(
    arm.points.filter((p) => p.lower !== null),
    (p) => p.lower ?? 0,
    x,
    y,
  );
  const band = upper.length > 1 ? `M${[...upper, ...lower.reverse()].map(([px, py]) => `${px},${py}`).join("L")}Z` : "";
  const step = TRIAL_LAYOUT.censorSpacing * curveWidth;
  const ticks = new Set(
    arm.censored.map((c) => `M${round(Math.round(x(c.time) / step) * step)},${round(y(c.survival) - TRIAL_LAYOUT.censorHalf)}v${2 * TRIAL_LAYOUT.censorHalf}`),
  );
  return [
    ...(band ? [{ kind: "path", d: band, style: { fill: arm.color, fillOpacity: 0.14 } } satisfies Mark] : []),
    { kind: "path", d: steps, style: { ...line, dash: arm.dash }, className: `km-curve km-${arm.role}` },
    { kind: "path", d: [...ticks].join(""), style: { stroke: arm.color, strokeWidth: 1, nonScalingStroke: true } },
  ];
}

/** The corners of a right-continuous step function: across to each time, then down to its value. */
function stepPoints(points: readonly SurvivalPoint[], value: (p: SurvivalPoint) => number, x: (t: number) => number, y: (s: number) => number) {
  const corners: [number, number][] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    if (previous && value(previous) !== value(point)) corners.push([round(x(point.time)), round(y(value(previous)))]);
    if (!previous || value(previous) !== value(point)) corners.push([round(x(point.time)), round(y(value(point)))]);
  });
  const last = points.at(-1);
  if (last) corners.push([round(x(last.time)), round(y(value(last)))]);
  return corners;
}

function stepPath(points: readonly SurvivalPoint[], value: (p: SurvivalPoint) => number, x: (t: number) => number, y: (s: number) => number): string {
  return `M${stepPoints(points, value, x, y)
    .map(([px, py]) => `${px},${py}`)
    .join("L")}`;
}

const percent = (value: number | null) => (value === null ? "not estimable" : `${formatNumber(value * 100, 1)}%`);

function stopDescription(view: TrialView, time: number, points: readonly SurvivalPoint[]): string {
  const arms = view.arms.map((arm, i) => {
    const p = points[i] as SurvivalPoint;
    return `${arm.label} ${percent(p.survival)} (95% CI ${percent(p.lower)} to ${percent(p.upper)}), ${formatNumber(p.atRisk, 0)} at risk`;
  });
  return `${formatNumber(time, time % 1 === 0 ? 0 : 1)} months: ${arms.join("; ")}.`;
}

/** A time step: an invisible column to hover, a guide line and a dot on each curve, shown when active. */
function stopMark(view: TrialView, stop: TrialView["stops"][number], y: (s: number) => number, plot: { top: number; height: number }): Mark {
  const x = xPct(view, stop.time);
  const halfStep = ((view.ticks[1] ?? view.axisMax) / 4 / view.axisMax) * (100 - 2 * TRIAL_LAYOUT.padPct);
  return timeStopMark({
    datum: { id: `t-${stop.time}`, description: stopDescription(view, stop.time, stop.points), tooltip: { leftPct: x, top: plot.top + 8 } },
    data: { testid: "km-stop", time: String(stop.time) },
    xPct: x,
    halfWidthPct: halfStep,
    plot,
    marks: view.arms.map(
      (arm, i): Mark => ({
        kind: "circle",
        cx: pct(x),
        cy: y(stop.points[i]?.survival ?? 0),
        r: TRIAL_LAYOUT.dotRadius,
        style: { fill: arm.color, stroke: "var(--bg)", strokeWidth: 1.5 },
        className: "km-dot",
      }),
    ),
  });
}

/** "Number at risk": each arm's label, then its count under each time tick. */
function atRiskTable(view: TrialView, top: number): Mark {
  const rows = view.arms.flatMap((arm, i): Mark[] => {
    const labelY = top + 2 * TRIAL_LAYOUT.atRiskLine * i + 12;
    return [
      { kind: "text", x: 0, y: labelY, text: arm.label, style: { ...TEXT.sublabel, fill: arm.color } },
      ...(view.atTicks[i] ?? []).map(
        ({ atRisk }, j): Mark => ({
          kind: "text",
          x: pct(xPct(view, view.ticks[j] ?? 0)),
          y: labelY + TRIAL_LAYOUT.atRiskLine,
          text: formatNumber(atRisk, 0),
          style: { ...TEXT.tick, fill: "var(--text)", anchor: "middle", tabular: true },
          className: j % 2 === 1 ? "tick-minor" : undefined,
        }),
      ),
    ];
  });
  return {
    kind: "group",
    data: { testid: "at-risk" },
    marks: [{ kind: "text", x: 0, y: top - 4, text: "Number at risk", style: TEXT.axisTitle }, ...rows],
  };
}

/** What the trial chart's image needs beyond its frame. */
export interface TrialContent {
  kind: "trial";
  view: TrialView;
}

const LEGEND_ROW = 26;
/** Below this the curves flatten out: the image shrinks the whole drawing instead. */
const MIN_PLOT_HEIGHT = 140;
const SWATCH = 28;

export function trialImageScene(spec: FrameText & { size: ExportSize } & TrialContent): Scene {
  return framedScene(
    spec,
    (box) => {
      // Beside the takeaway (a wide image), the key goes under it and the curves take the box's height.
      const key = box.aside ? armKeyAside(spec.view, box.aside, box.scale) : null;
      const curves = fillBox(box, (width) => {
        const head = key ? yLabel(spec.view, 0) : armLegend(spec.view, width);
        const available = (box.height * width) / box.width;
        const options = { curveWidth: width, top: head.height, explorable: false };
        const fixed = trialDrawing(spec.view, { ...options, plotHeight: 0 }).height;
        const plot = trialDrawing(spec.view, { ...options, plotHeight: Math.max(MIN_PLOT_HEIGHT, available - fixed) });
        return { height: plot.height, marks: [...head.marks, ...plot.marks] };
      });
      return key ? [key, curves] : [curves];
    },
    "beside",
  );
}

/** Each arm's line style and label. */
function armKey(view: TrialView, width: number): Drawing {
  return legendDrawing(armEntries(view), width, LEGEND_ROW);
}

function armEntries(view: TrialView): LegendEntry[] {
  return view.arms.map((arm) => ({
    label: arm.label,
    swatchWidth: SWATCH,
    swatch: (x: number, y: number): Mark[] => [
      { kind: "line", x1: x, x2: x + SWATCH, y1: y, y2: y, style: { stroke: arm.color, strokeWidth: 3, dash: arm.dash } },
    ],
  }));
}

/** The key in the room under the takeaway, one arm a row at the chart's text scale; null where it does not fit there. */
function armKeyAside(view: TrialView, aside: Region, scale: number): Mark | null {
  const key = armKey(view, 0);
  const widest = Math.max(...armEntries(view).map(legendEntryWidth));
  if (widest * scale > aside.width || key.height * scale > aside.height) return null;
  return fitInBox({ ...aside, height: key.height * scale }, { width: aside.width / scale, ...key });
}

/** What the y axis counts, from `top`: the page prints it above its chart. */
function yLabel(view: TrialView, top: number): Drawing {
  const y = top + 18;
  return { height: y + 8, marks: [{ kind: "text", x: 0, y, text: view.yLabel, style: TEXT.note }] };
}

/** The key, then what the y axis counts. */
function armLegend(view: TrialView, width: number): Drawing {
  const key = armKey(view, width);
  const label = yLabel(view, key.height);
  return { height: label.height, marks: [...key.marks, ...label.marks] };
}
