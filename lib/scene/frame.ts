/**
 * What every exported image shares, as a scene: its sizes, and the frame around a chart (title,
 * takeaway, citation) with the box it leaves for the chart's marks. A slide reads the same
 * whichever chart is on it.
 */
import type { ColorMode } from "../theme";
import type { Drawing, Mark, Scene } from "./types";

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

/** The words every exported image carries around its chart. */
export interface FrameText {
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
/** Average glyph width as a share of font size: enough to wrap text without measuring it. */
const GLYPH_WIDTH = 0.54;

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

/** Lines of text from (x, y) down, at `size` px: the mark and the height it takes. */
export function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  style: { fill: string; fontWeight?: number },
): { mark: Mark; height: number } {
  const lineHeight = Math.round(size * 1.3);
  return {
    mark: { kind: "text-lines", lines: lines.map((text, i) => ({ x, y: y + size + i * lineHeight, text })), style: { ...style, fontSize: size } },
    height: lines.length * lineHeight,
  };
}

/**
 * The standalone image around a chart: title, takeaway and citation, with the chart's marks from
 * `drawChart` in the box left between them. Every exported chart kind shares it.
 */
export function framedScene(frame: FrameText & { size: ExportSize }, drawChart: (box: ChartBox) => readonly Mark[]): Scene {
  const { width, height, textScale: scale } = EXPORT_SIZES[frame.size];
  const inner = width - 2 * PADDING;
  const titleSize = Math.round(30 * scale);
  const takeawaySize = Math.round(19 * scale);
  const citationSize = Math.round(12 * scale);

  const title = textBlock(wrapText(frame.title, inner, titleSize), PADDING, PADDING, titleSize, { fill: "var(--text)", fontWeight: 700 });
  const takeawayY = PADDING + title.height + 12 * scale;
  const takeaway = textBlock(wrapText(frame.takeaway, inner, takeawaySize), PADDING, takeawayY, takeawaySize, { fill: "var(--text)" });
  const citationLines = wrapText(`Source: ${frame.citation}`, inner, citationSize);
  const citationHeight = citationLines.length * Math.round(citationSize * 1.3);
  const citation = textBlock(citationLines, PADDING, height - PADDING - citationHeight, citationSize, { fill: "var(--muted)" });

  const chartTop = takeawayY + takeaway.height + 24 * scale;
  const chartHeight = height - PADDING - citationHeight - 24 * scale - chartTop;
  const chart = drawChart({ x: PADDING, y: chartTop, width: inner, height: Math.max(0, chartHeight), scale, wide: width / height > 1.3 });

  return {
    title: frame.title,
    description: frame.takeaway,
    roleDescription: "chart",
    width,
    height,
    marks: [title.mark, takeaway.mark, ...chart, citation.mark],
  };
}

/**
 * Scales a drawing to fill the box's width, unless that makes it too tall. `draw` lays the drawing
 * out at a given width in design px (a chart that knows its width can use it: fewer, longer rows).
 * When it is too tall at full scale, the largest scale at which it fits is searched for: a smaller
 * scale means a wider layout, which is never taller, so the search is a bisection.
 */
export function fillBox(box: ChartBox, draw: (width: number) => Drawing): Mark {
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

/** A drawing made in design px, scaled into the box: as large as fits, centred across if narrower. */
export function fitInBox(box: Omit<ChartBox, "scale" | "wide">, drawing: Drawing & { width: number }, align: "start" | "center" = "start"): Mark {
  const { x, y, width, height } = box;
  return { kind: "viewport", x, y, width, height, viewBox: { width: drawing.width, height: drawing.height }, align, marks: drawing.marks };
}
