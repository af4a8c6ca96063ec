/**
 * Bar charts as scenes: the page's chart (one panel, stage headers between groups) and the
 * image's (groups as small multiples). Geometry comes from `layoutBars`; this only turns it into marks.
 */
import { type ChartBox, type ExportSize, type FrameText, fitInBox, framedScene } from "../scene/frame";
import { markerMark } from "../scene/marker";
import { STROKE, TEXT } from "../scene/text-styles";
import { type Drawing, type Mark, pct, type Scene } from "../scene/types";
import { type BarDatum, layoutBars, type PlacedBar } from "./bars";
import { BAR_LAYOUT } from "./layout";

export interface BarSceneOptions {
  domainMax: number;
  /** Appended to axis tick numbers ("%"). */
  tickSuffix?: string;
}

const LABEL_X = 18;

export function barScene(view: { title: string; summary: string; bars: readonly BarDatum[] }, options: BarSceneOptions): Scene {
  const drawing = barDrawing(view.bars, options);
  return { title: view.title, description: view.summary, roleDescription: "bar chart", width: "100%", ...drawing };
}

export function barDrawing(bars: readonly BarDatum[], options: BarSceneOptions): Drawing {
  const layout = layoutBars(bars, { domainMax: options.domainMax });
  const ticks: Mark[] = layout.ticks.flatMap((tick) => [
    { kind: "line", x1: pct(tick.xPct), x2: pct(tick.xPct), y1: 0, y2: layout.axisY, style: STROKE.grid },
    {
      kind: "text",
      x: pct(tick.xPct),
      y: layout.axisY + 16,
      text: `${tick.value}${options.tickSuffix ?? ""}`,
      style: { ...TEXT.tick, anchor: tick.xPct < 1 ? "start" : "middle" },
    },
  ]);
  const headers: Mark[] = layout.groups.map((group) => ({ kind: "text", x: 0, y: group.y, text: group.label, style: TEXT.groupLabel }));
  return {
    height: layout.height,
    marks: [{ kind: "group", decorative: true, marks: ticks }, ...headers, ...layout.bars.map((bar) => barMark(bar))],
  };
}

function barMark(bar: PlacedBar): Mark {
  const { datum } = bar;
  const label: Mark[] = [
    markerMark(datum.marker, 6, bar.labelY - 5, 10, datum.color),
    { kind: "text", x: LABEL_X, y: bar.labelY, text: datum.label, style: TEXT.label, className: "chart-label" },
  ];
  if (bar.sublabelY !== null && datum.sublabel)
    label.push({ kind: "text", x: LABEL_X, y: bar.sublabelY, text: datum.sublabel, style: TEXT.sublabel, className: "chart-sublabel" });
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

/**
 * Bars in an image: grouped bars (e.g. by stage) become small multiples side by side, so each
 * stays legible; each panel is the page's chart at on-page size, scaled into its cell.
 */
export function barPanels(bars: readonly BarDatum[], options: BarSceneOptions, box: ChartBox): Mark[] {
  const groups = groupBars(bars);
  const columns = box.wide ? groups.length : Math.min(groups.length, 2);
  const rows = Math.ceil(groups.length / columns);
  const gap = 32 * box.scale;
  const cellWidth = (box.width - gap * (columns - 1)) / columns;
  const cellHeight = (box.height - gap * (rows - 1)) / rows;
  const headerSize = Math.round(16 * box.scale);
  return groups.flatMap((group, i) => {
    const x = box.x + (i % columns) * (cellWidth + gap);
    const y = box.y + Math.floor(i / columns) * (cellHeight + gap);
    const top = group.label ? y + headerSize * 1.6 : y;
    const drawing = barDrawing(group.bars, options);
    const panel = fitInBox({ x, y: top, width: cellWidth, height: cellHeight - (top - y) }, { width: cellWidth / box.scale, ...drawing });
    const header: Mark[] = group.label ? [{ kind: "text", x, y: y + headerSize, text: group.label, style: { ...TEXT.groupLabel, fontSize: headerSize } }] : [];
    return [...header, panel];
  });
}

function groupBars(bars: readonly BarDatum[]): { label: string | undefined; bars: BarDatum[] }[] {
  const groups: { label: string | undefined; bars: BarDatum[] }[] = [];
  for (const bar of bars) {
    const last = groups[groups.length - 1];
    if (last && last.label === bar.group) last.bars.push({ ...bar, group: undefined });
    else groups.push({ label: bar.group, bars: [{ ...bar, group: undefined }] });
  }
  return groups;
}

/** What a bar chart's image needs beyond its frame. */
export interface BarChartContent extends BarSceneOptions {
  kind: "bars";
  bars: readonly BarDatum[];
}

export function barImageScene(spec: FrameText & { size: ExportSize } & BarChartContent): Scene {
  return framedScene(spec, (box) => barPanels(spec.bars, spec, box));
}
