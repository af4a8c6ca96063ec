/**
 * Standalone chart images for slides: title, takeaway and citation baked in, colours inline (an
 * exported file cannot read the site's CSS). Pure string building, so the same code serves the
 * image URLs on the server and the download buttons in the browser.
 */
import { layoutBars, type BarDatum } from "../charts/bars";
import { BAR_LAYOUT } from "../charts/layout";
import { SUBTYPES, type SubtypeCategoryId } from "../subtypes";
import { THEME_TOKENS, type ColorMode } from "../theme";

export const EXPORT_SIZES = { slide: { width: 1600, height: 900 }, square: { width: 1080, height: 1080 } } as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

export interface ExportSpec {
  title: string;
  takeaway: string;
  citation: string;
  bars: readonly BarDatum[];
  domainMax: number;
  tickSuffix?: string;
  size: ExportSize;
  mode: ColorMode;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PADDING = 56;
/** Average glyph width as a share of font size: enough to wrap text without measuring it. */
const GLYPH_WIDTH = 0.54;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Greedy word wrap by estimated width. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * GLYPH_WIDTH)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Resolves a subtype CSS variable (as the on-page charts use) to its colour in this mode. */
function inlineColor(color: string, mode: ColorMode): string {
  const match = /^var\(--subtype-([a-z0-9-]+)\)$/.exec(color);
  const id = match?.[1] as SubtypeCategoryId | undefined;
  return id && id in SUBTYPES ? SUBTYPES[id].color[mode] : color;
}

function textBlock(lines: readonly string[], x: number, y: number, size: number, attrs: string): { svg: string; height: number } {
  const lineHeight = Math.round(size * 1.3);
  const tspans = lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join("");
  return { svg: `<text x="${x}" y="${y + size}" font-size="${size}" ${attrs}>${tspans}</text>`, height: lines.length * lineHeight };
}

export function barChartSvg(spec: ExportSpec): string {
  const { width, height } = EXPORT_SIZES[spec.size];
  const t = THEME_TOKENS[spec.mode];
  const scale = width / 1000;
  const inner = width - 2 * PADDING;
  const titleSize = Math.round(30 * scale);
  const takeawaySize = Math.round(19 * scale);
  const citationSize = Math.round(12 * scale);

  const title = textBlock(wrapText(spec.title, inner, titleSize), PADDING, PADDING, titleSize, `font-weight="700" fill="${t.text}"`);
  const takeawayY = PADDING + title.height + 12 * scale;
  const takeaway = textBlock(wrapText(spec.takeaway, inner, takeawaySize), PADDING, takeawayY, takeawaySize, `fill="${t.text}"`);
  const citationLines = wrapText(`Source: ${spec.citation}`, inner, citationSize);
  const citationHeight = citationLines.length * Math.round(citationSize * 1.3);
  const citation = textBlock(citationLines, PADDING, height - PADDING - citationHeight, citationSize, `fill="${t.muted}"`);

  const chartTop = takeawayY + takeaway.height + 24 * scale;
  const chartHeight = height - PADDING - citationHeight - 24 * scale - chartTop;
  // Grouped bars (e.g. by stage) become small multiples side by side, so each stays legible.
  const groups = groupBars(spec.bars);
  const columns = spec.size === "slide" ? groups.length : Math.min(groups.length, 2);
  const rows = Math.ceil(groups.length / columns);
  const gap = 32 * scale;
  const cellWidth = (inner - gap * (columns - 1)) / columns;
  const cellHeight = (chartHeight - gap * (rows - 1)) / rows;
  const headerSize = Math.round(16 * scale);
  const chart = groups
    .map((group, i) => {
      const x = PADDING + (i % columns) * (cellWidth + gap);
      const y = chartTop + Math.floor(i / columns) * (cellHeight + gap);
      const header = group.label
        ? `<text x="${x}" y="${y + headerSize}" font-size="${headerSize}" font-weight="700" fill="${t.text}">${escapeXml(group.label)}</text>`
        : "";
      const top = group.label ? y + headerSize * 1.6 : y;
      return header + barsSvg(group.bars, spec, { x, y: top, width: cellWidth, height: cellHeight - (top - y), scale });
    })
    .join("");

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(`${spec.title}. ${spec.takeaway}`)}">`,
    `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(spec.takeaway)}</desc>`,
    `<rect width="100%" height="100%" fill="${t.bg}"/>`,
    title.svg,
    takeaway.svg,
    chart,
    citation.svg,
    `</svg>`,
  ].join("");
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
function barsSvg(bars: readonly BarDatum[], spec: ExportSpec, box: { x: number; y: number; width: number; height: number; scale: number }): string {
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
