/**
 * What every exported image shares: sizes, the frame (background, title, takeaway, citation),
 * text wrapping, inline colours and markers. Each chart renderer only draws into the box the frame
 * leaves, so a slide reads the same whichever chart is on it. Pure string building, with no DOM:
 * the image routes (/api/charts/…) and the /present slides draw from it.
 */
import { MARKER_STROKE_WIDTH, markerGeometry } from "../charts/markers";
import { RACE_STYLES, SEER_RACE_IDS, type SeerRaceId } from "../charts/race-style";
import { type Marker, SUBTYPES, type SubtypeCategoryId } from "../subtypes";
import { type ColorMode, THEME_TOKENS } from "../theme";

/**
 * Pixel sizes, and how much larger than on-page text the type is drawn. `og` is the 1.91:1 card
 * social sites show at about 500 px wide, so its type is large for its width.
 */
export const EXPORT_SIZES = {
  slide: { width: 1600, height: 900, textScale: 1.6 },
  square: { width: 1080, height: 1080, textScale: 1.08 },
  og: { width: 1200, height: 630, textScale: 1.1 },
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

/** What every export request adds to a chart's content: the image size and colour scheme. */
export interface ExportTarget {
  size: ExportSize;
  mode: ColorMode;
}

/** What every exported image carries around its chart. */
export interface ExportFrame extends ExportTarget {
  title: string;
  takeaway: string;
  citation: string;
}

/** Where the frame leaves room for the chart, and the text scale to draw it at. */
export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
  /** Wide sizes (slide, og) put small multiples side by side; square stacks them. */
  wide: boolean;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PADDING = 56;
/** Average glyph width as a share of font size: enough to wrap text without measuring it. */
const GLYPH_WIDTH = 0.54;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Estimated width of a line of text: enough to lay out without measuring fonts. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH_WIDTH;
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

/**
 * Resolves a CSS variable the on-page charts use (a subtype's, a race group's, or a page token such
 * as --muted) to its colour in this mode: an exported file cannot read the site's stylesheet.
 */
export function inlineColor(color: string, mode: ColorMode): string {
  const name = /^var\(--([a-z0-9-]+)\)$/.exec(color)?.[1];
  if (!name) return color;
  const subtype = name.replace(/^subtype-/, "");
  if (name.startsWith("subtype-") && subtype in SUBTYPES) return SUBTYPES[subtype as SubtypeCategoryId].color[mode];
  const race = name.replace(/^race-/, "");
  if (name.startsWith("race-") && (SEER_RACE_IDS as readonly string[]).includes(race)) return RACE_STYLES[race as SeerRaceId].color[mode];
  const tokens: Record<string, string> = THEME_TOKENS[mode];
  return tokens[name] ?? color;
}

/** A marker as markup, in the same shape the page draws (lib/charts/markers). */
export function markerSvg(marker: Marker, x: number, y: number, size: number, color: string): string {
  const shape = markerGeometry(marker, x, y, size);
  switch (shape.tag) {
    case "circle":
      return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${color}"/>`;
    case "rect":
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" fill="${color}"/>`;
    case "path":
      return shape.stroked
        ? `<path d="${shape.d}" fill="none" stroke="${color}" stroke-width="${MARKER_STROKE_WIDTH}"/>`
        : `<path d="${shape.d}" fill="${color}"/>`;
  }
}

export function textBlock(lines: readonly string[], x: number, y: number, size: number, attrs: string): { svg: string; height: number } {
  const lineHeight = Math.round(size * 1.3);
  const tspans = lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join("");
  return { svg: `<text x="${x}" y="${y + size}" font-size="${size}" ${attrs}>${tspans}</text>`, height: lines.length * lineHeight };
}

/**
 * The standalone image around a chart: background, title, takeaway and citation, with the chart
 * drawn by `drawChart` into the box left between them. Every exported chart kind shares it.
 */
export function framedSvg(frame: ExportFrame, drawChart: (box: ChartBox) => string): string {
  const { width, height, textScale: scale } = EXPORT_SIZES[frame.size];
  const t = THEME_TOKENS[frame.mode];
  const inner = width - 2 * PADDING;
  const titleSize = Math.round(30 * scale);
  const takeawaySize = Math.round(19 * scale);
  const citationSize = Math.round(12 * scale);

  const title = textBlock(wrapText(frame.title, inner, titleSize), PADDING, PADDING, titleSize, `font-weight="700" fill="${t.text}"`);
  const takeawayY = PADDING + title.height + 12 * scale;
  const takeaway = textBlock(wrapText(frame.takeaway, inner, takeawaySize), PADDING, takeawayY, takeawaySize, `fill="${t.text}"`);
  const citationLines = wrapText(`Source: ${frame.citation}`, inner, citationSize);
  const citationHeight = citationLines.length * Math.round(citationSize * 1.3);
  const citation = textBlock(citationLines, PADDING, height - PADDING - citationHeight, citationSize, `fill="${t.muted}"`);

  const chartTop = takeawayY + takeaway.height + 24 * scale;
  const chartHeight = height - PADDING - citationHeight - 24 * scale - chartTop;
  const chart = drawChart({ x: PADDING, y: chartTop, width: inner, height: Math.max(0, chartHeight), scale, wide: width / height > 1.3 });

  return svgDocument({ width, height, mode: frame.mode, title: frame.title, description: frame.takeaway }, [title.svg, takeaway.svg, chart, citation.svg]);
}

/** The root of every exported file: its size, font, accessible name and description, and background. */
export function svgDocument(doc: { width: number; height: number; mode: ColorMode; title: string; description: string }, body: readonly string[]): string {
  const { width, height } = doc;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(`${doc.title}. ${doc.description}`)}">`,
    `<title>${escapeXml(doc.title)}</title><desc>${escapeXml(doc.description)}</desc>`,
    `<rect width="100%" height="100%" fill="${THEME_TOKENS[doc.mode].bg}"/>`,
    ...body,
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
