/**
 * The by-age dot-and-line chart as a standalone image. It uses the page's layout (lib/charts/dot-lines)
 * and the shared export frame, adding what the page shows as HTML around the plot: a legend (the
 * page's checkboxes carry it) and the "up"/"across" axis notes.
 */
import { DOT_LINE_LAYOUT } from "../charts/dot-line-layout";
import { type DotLineFigure, type DotLineSeries, layoutDotLines } from "../charts/dot-lines";
import { THEME_TOKENS } from "../theme";
import { type ExportFrame, escapeXml, framedSvg, inlineColor, markerSvg, textBlock, textWidth, wrapText } from "./frame";

export interface DotLineContent extends DotLineFigure {
  kind: "dot-lines";
}

/** Type sizes in the chart's own units (on-page px), scaled with the frame. */
const TYPE = { legend: 14, note: 13, tick: 12 } as const;
const MARKER_SIZE = 11;
const LEGEND_ROW = 24;
/** Space between the legend and axis notes, and between the notes and the plot. */
const BLOCK_GAP = 8;

export function dotLineChartSvg(spec: ExportFrame & DotLineContent): string {
  const t = THEME_TOKENS[spec.mode];
  const color = (c: string) => inlineColor(c, spec.mode);
  return framedSvg(spec, (box) => {
    // Drawn in on-page px, then scaled into the box, so the type matches the bar exports.
    const width = box.width / box.scale;
    const height = box.height / box.scale;

    const legend = legendSvg(spec.series, width, color, t.text);
    const notes = textBlock(
      [spec.yLabel, spec.xLabel].flatMap((line) => wrapText(line, width, TYPE.note)),
      0,
      legend.height + BLOCK_GAP,
      TYPE.note,
      `fill="${t.muted}"`,
    );
    const plotY = legend.height + BLOCK_GAP + notes.height + BLOCK_GAP;
    // Missing values are listed in words under the plot, not in the page's strip of hollow marks:
    // a line of text costs a slide far less height than a lane per group.
    const gapLines = wrapText(missingText(spec), width, TYPE.note);
    const gapHeight = gapLines.length === 0 ? 0 : gapLines.length * Math.round(TYPE.note * 1.3) + BLOCK_GAP;
    // The plot takes whatever height is left.
    const plotHeight = Math.max(60, height - plotY - gapHeight - DOT_LINE_LAYOUT.topPadding - DOT_LINE_LAYOUT.tickLabelHeight);
    const layout = layoutDotLines(spec.series, { categories: spec.categories, domainMax: spec.domainMax, plotHeight });
    const x = (pct: number) => (pct / 100) * width;
    const gaps = textBlock(gapLines, 0, layout.plotBottom + DOT_LINE_LAYOUT.tickLabelHeight + BLOCK_GAP, TYPE.note, `fill="${t.muted}"`);

    const grid = layout.yTicks
      .map(
        (tick) =>
          `<line x1="0" x2="${width}" y1="${tick.y}" y2="${tick.y}" stroke="${t.grid}"/><text x="0" y="${tick.y - 4}" font-size="${TYPE.tick}" fill="${t.muted}">${tick.value}</text>`,
      )
      .join("");
    const xTicks = layout.xTicks
      .map(
        (tick) =>
          `<text x="${x(tick.xPct)}" y="${layout.plotBottom + 16}" font-size="${TYPE.tick}" fill="${t.muted}" text-anchor="middle">${escapeXml(tick.tick)}</text>`,
      )
      .join("");
    const lines = layout.segments
      .map((s) => `<line x1="${x(s.x1Pct)}" y1="${s.y1}" x2="${x(s.x2Pct)}" y2="${s.y2}" stroke="${color(s.color)}" stroke-width="2"/>`)
      .join("");
    const marks = layout.points
      .filter((p) => !p.missing)
      .map((p) => `<g data-mark="dot">${markerSvg(p.series.marker, x(p.xPct), p.y, MARKER_SIZE, color(p.series.color))}</g>`)
      .join("");
    const plot = `<g transform="translate(0 ${plotY})">${grid}${xTicks}${lines}${marks}${gaps.svg}</g>`;
    return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="0 0 ${width} ${height}" overflow="visible">${legend.svg}${notes.svg}${plot}</svg>`;
  });
}

/** "Not available (suppressed by SEER): NH AIAN at 25, 30; NH API at 20.", or "" when nothing is missing. */
function missingText(spec: DotLineContent): string {
  const ticks = new Map(spec.categories.map((c) => [c.id, c.tick]));
  const parts = spec.series.flatMap((s) => {
    const missing = s.points.filter((p) => p.value === null).map((p) => ticks.get(p.category) ?? p.category);
    return missing.length ? [`${s.label} at ${missing.join(", ")}`] : [];
  });
  return parts.length ? `${spec.missingLabel} ${parts.join("; ")}.` : "";
}

/** One key entry per series (marker, colour, label), flowing onto more rows when the width runs out. */
function legendSvg(series: readonly DotLineSeries[], width: number, color: (c: string) => string, textColor: string): { svg: string; height: number } {
  let x = 0;
  let row = 0;
  const items = series.map((s) => {
    const itemWidth = MARKER_SIZE + 8 + textWidth(s.label, TYPE.legend) + 24;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const y = row * LEGEND_ROW + LEGEND_ROW / 2;
    const item = `${markerSvg(s.marker, x + MARKER_SIZE / 2, y, MARKER_SIZE, color(s.color))}<text x="${x + MARKER_SIZE + 8}" y="${y + 5}" font-size="${TYPE.legend}" fill="${textColor}">${escapeXml(s.label)}</text>`;
    x += itemWidth;
    return item;
  });
  return { svg: `<g data-legend="true">${items.join("")}</g>`, height: series.length === 0 ? 0 : (row + 1) * LEGEND_ROW };
}
