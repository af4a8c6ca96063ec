/** Bar charts as standalone images (slides, squares, social previews), in the shared frame. */
import { type BarDatum, layoutBars } from "../charts/bars";
import { BAR_LAYOUT } from "../charts/layout";
import { THEME_TOKENS } from "../theme";
import { type ChartBox, type ExportFrame, escapeXml, framedSvg, inlineColor } from "./frame";

export interface BarChartContent {
  kind: "bars";
  bars: readonly BarDatum[];
  domainMax: number;
  tickSuffix?: string;
}

export function barChartSvg(spec: ExportFrame & BarChartContent): string {
  const t = THEME_TOKENS[spec.mode];
  return framedSvg(spec, (box) => {
    // Grouped bars (e.g. by stage) become small multiples side by side, so each stays legible.
    const groups = groupBars(spec.bars);
    const columns = box.wide ? groups.length : Math.min(groups.length, 2);
    const rows = Math.ceil(groups.length / columns);
    const gap = 32 * box.scale;
    const cellWidth = (box.width - gap * (columns - 1)) / columns;
    const cellHeight = (box.height - gap * (rows - 1)) / rows;
    const headerSize = Math.round(16 * box.scale);
    return groups
      .map((group, i) => {
        const x = box.x + (i % columns) * (cellWidth + gap);
        const y = box.y + Math.floor(i / columns) * (cellHeight + gap);
        const header = group.label
          ? `<text x="${x}" y="${y + headerSize}" font-size="${headerSize}" font-weight="700" fill="${t.text}">${escapeXml(group.label)}</text>`
          : "";
        const top = group.label ? y + headerSize * 1.6 : y;
        return header + barsSvg(group.bars, spec, { x, y: top, width: cellWidth, height: cellHeight - (top - y), scale: box.scale });
      })
      .join("");
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

/** One bar chart drawn at on-page size, scaled into its box by a nested viewBox. */
function barsSvg(bars: readonly BarDatum[], spec: ExportFrame & BarChartContent, box: Omit<ChartBox, "wide">): string {
  const t = THEME_TOKENS[spec.mode];
  const layout = layoutBars(bars, { domainMax: spec.domainMax });
  const marks = layout.bars
    .map((bar) => {
      const { datum } = bar;
      const color = inlineColor(datum.color, spec.mode);
      const label = `<text x="0" y="${bar.labelY}" font-size="14" font-weight="600" fill="${t.text}">${escapeXml(datum.label)}</text>`;
      const sublabel =
        bar.sublabelY !== null && datum.sublabel ? `<text x="0" y="${bar.sublabelY}" font-size="12" fill="${t.muted}">${escapeXml(datum.sublabel)}</text>` : "";
      if (datum.value === null) {
        return `${label}${sublabel}<text x="0" y="${bar.barY + 15}" font-size="13" font-style="italic" fill="${t.muted}">Not available</text>`;
      }
      const rect = `<rect x="0" y="${bar.barY}" width="${bar.widthPct}%" height="${BAR_LAYOUT.barHeight}" rx="2" fill="${color}"/>`;
      const ci = bar.ci
        ? `<line x1="${bar.ci.lowerPct}%" x2="${bar.ci.upperPct}%" y1="${bar.barY + 11}" y2="${bar.barY + 11}" stroke="${t.text}" stroke-width="1.5"/>`
        : "";
      const value = `<text x="${bar.valueXPct}%" y="${bar.barY + 16}" font-size="14" fill="${t.text}">${escapeXml(datum.valueText)}</text>`;
      return `${label}${sublabel}${rect}${ci}${value}`;
    })
    .join("");
  const ticks = layout.ticks
    .map(
      (tick) =>
        `<line x1="${tick.xPct}%" x2="${tick.xPct}%" y1="0" y2="${layout.axisY}" stroke="${t.grid}"/><text x="${tick.xPct}%" y="${layout.axisY + 16}" font-size="12" fill="${t.muted}" text-anchor="${tick.xPct < 1 ? "start" : "middle"}">${tick.value}${escapeXml(spec.tickSuffix ?? "")}</text>`,
    )
    .join("");
  return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${Math.max(0, box.height)}" viewBox="0 0 ${box.width / box.scale} ${layout.height}" preserveAspectRatio="xMinYMin meet" overflow="visible">${ticks}${marks}</svg>`;
}
