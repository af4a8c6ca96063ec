/**
 * The frame every exported chart shares: background, title, takeaway and citation, scaled to the
 * image size. Each renderer only draws its chart into the box the frame leaves, so a slide always
 * reads the same whichever chart is on it.
 */
import { THEME_TOKENS, type ColorMode } from "../theme";
import type { ExportSize } from "./svg";

/** What every export request adds to a chart's content: the image size and colour scheme. */
export interface ExportTarget {
  size: ExportSize;
  mode: ColorMode;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PADDING = 56;
/** Average glyph width as a share of font size: enough to wrap text without measuring it. */
const GLYPH_WIDTH = 0.54;
/** Exports are designed at this width and scaled up, so on-page font sizes carry over. */
const DESIGN_WIDTH = 1000;

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

export function textBlock(lines: readonly string[], x: number, y: number, size: number, attrs: string): { svg: string; height: number } {
  const lineHeight = Math.round(size * 1.3);
  const tspans = lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join("");
  return { svg: `<text x="${x}" y="${y + size}" font-size="${size}" ${attrs}>${tspans}</text>`, height: lines.length * lineHeight };
}

/** The space left for the chart, in image pixels; `scale` is image px per design px. */
export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
}

export interface FrameSpec {
  title: string;
  takeaway: string;
  citation: string;
  width: number;
  height: number;
  mode: ColorMode;
}

/** A whole exported image: the frame around whatever `drawChart` puts in its box. */
export function framedSvg(spec: FrameSpec, drawChart: (box: ChartBox) => string): string {
  const { width, height } = spec;
  const t = THEME_TOKENS[spec.mode];
  const scale = width / DESIGN_WIDTH;
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

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(`${spec.title}. ${spec.takeaway}`)}">`,
    `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(spec.takeaway)}</desc>`,
    `<rect width="100%" height="100%" fill="${t.bg}"/>`,
    title.svg,
    takeaway.svg,
    drawChart({ x: PADDING, y: chartTop, width: inner, height: Math.max(0, chartHeight), scale }),
    citation.svg,
    `</svg>`,
  ].join("");
}

/**
 * Scales a drawing to fill the box's width, unless that makes it too tall. `draw` lays the drawing
 * out at a given width in design px (a chart that knows its width can use it: fewer, longer rows).
 * When it is too tall at full scale, the largest scale at which it fits is searched for: a smaller
 * scale means a wider layout, which is never taller, so the search is a bisection.
 */
export function fillBox(box: ChartBox, draw: (width: number) => { height: number; svg: string }): string {
  const at = (scale: number) => ({ scale, drawing: draw(box.width / scale) });
  const fits = ({ scale, drawing }: ReturnType<typeof at>) => drawing.height * scale <= box.height + 0.5;
  let best = at(box.scale);
  if (!fits(best)) {
    let [low, high] = [box.scale / 8, box.scale];
    best = at(low);
    for (let step = 0; step < 10; step++) {
      const candidate = at((low + high) / 2);
      if (fits(candidate)) [low, best] = [candidate.scale, candidate];
      else high = candidate.scale;
    }
  }
  return fitInBox(box, { width: box.width / best.scale, ...best.drawing });
}

/**
 * A drawing made in design px (`width` × `height`), scaled into the box: as large as fits, centred
 * across when it is narrower than the box.
 */
export function fitInBox(box: ChartBox, content: { width: number; height: number; svg: string }, align: "start" | "center" = "start"): string {
  const aspect = align === "center" ? "xMidYMin meet" : "xMinYMin meet";
  return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="0 0 ${content.width} ${content.height}" preserveAspectRatio="${aspect}" overflow="visible">${content.svg}</svg>`;
}
