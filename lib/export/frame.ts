/**
 * What every exported image shares: sizes, the frame (background, title, takeaway, citation),
 * text wrapping, inline colours and markers. Each chart renderer only draws into the box the frame
 * leaves, so a slide reads the same whichever chart is on it. Pure string building, with no DOM:
 * the image routes (/api/charts/…) and the /present slides draw from it.
 */
import { MARKER_STROKE_WIDTH, markerGeometry } from "../charts/markers";
import { EXPORT_SIZES, type ExportSize, wrapText } from "../scene/frame";
import { EXPORT_FONT, escapeXml } from "../scene/svg";
import type { Marker } from "../subtypes";
import { type ColorMode, THEME_TOKENS } from "../theme";

export { inlineColor } from "../scene/colors";
export { EXPORT_SIZES, type ExportSize, textWidth, wrapText } from "../scene/frame";
export { escapeXml } from "../scene/svg";

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

const PADDING = 56;

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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}" role="img" aria-label="${escapeXml(`${doc.title}. ${doc.description}`)}">`,
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
