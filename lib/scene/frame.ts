/**
 * What every exported image shares, as a scene: its sizes, and the frame around a chart (title,
 * takeaway, and a footer with the citation, the atlas's name and the view's address) with the box it
 * leaves for the chart's marks. A slide reads the same whichever chart is on it.
 */
import { SITE_NAME } from "../release";
import type { ColorMode } from "../theme";
import { shortAddress, wrapAddress } from "./address";
import type { Drawing, Mark, Scene, ViewportAlign } from "./types";

/**
 * Pixel sizes, how much larger than on-page text the type is drawn, and the smallest text the frame
 * prints. Slide and square are projected (a square fills a 16:9 screen's height), so nothing the
 * frame prints on them is under 20 px: a 1600 px slide's 20 px is 24 px on a 1920 px projector.
 * `og` is the 1.91:1 card social sites show at about 500 px wide, so its type is large for its width.
 */
export const EXPORT_SIZES = {
  slide: { width: 1600, height: 900, textScale: 1.6, minText: 20 },
  square: { width: 1080, height: 1080, textScale: 1.35, minText: 20 },
  og: { width: 1200, height: 630, textScale: 1.1, minText: 13 },
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

/**
 * What every export request adds to a chart's content: the image size, colour scheme, and the public
 * origin the footer's address names (passed in, never read from the environment here).
 */
export interface ExportTarget {
  size: ExportSize;
  mode: ColorMode;
  /** "https://her2.example.org"; without it the footer prints the view's path on the atlas. */
  origin?: string;
}

/** The words every exported image carries around its chart. */
export interface FrameText {
  title: string;
  takeaway: string;
  citation: string;
  /** The view on the atlas: page path, its canonical non-default query, the chart's anchor ("/survival?measure=five-year-relative&stage=distant"). */
  address: string;
}

/** Where the frame leaves room for the chart, and the text scale to draw it at. */
export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
  /** Wide sizes (slide, og) put small multiples side by side; square stacks them, and so does a box beside the takeaway. */
  wide: boolean;
  /** Beside the takeaway, the room left under it in its column: for the chart's key, so its curves get the height. */
  aside?: Region;
}

/** A rectangle of the image, in image px. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

const PADDING = 56;
/** Wider than this (width over height) is a wide image: slide and og, not square. */
const WIDE_ASPECT = 1.3;
/** Average glyph width as a share of font size: enough to wrap text without measuring it. */
const GLYPH_WIDTH = 0.54;
/**
 * The same for the footer's address, which is semibold and dense in digits, "=" and "&", all wider
 * than prose's letters: Chromium draws it at 0.65–0.70 em a character in DejaVu Sans (Linux's
 * system-ui), so prose's width let a patient's address run off the slide. 0.72 keeps a margin.
 */
export const ADDRESS_GLYPH_WIDTH = 0.72;

/** The same for bold text (a group's header): Chromium draws DejaVu Sans Bold at about 0.63 em a character. */
export const BOLD_GLYPH_WIDTH = 0.66;

/**
 * The glyph width to wrap text of a weight by: bold runs about a fifth wider than prose, so a bold
 * title wrapped by prose's width ran off a slide's right edge. Semibold (600) is close enough to
 * prose for words; the address, semibold and dense in digits, has its own width.
 */
export function glyphWidthFor(fontWeight = 400): number {
  return fontWeight >= 700 ? BOLD_GLYPH_WIDTH : GLYPH_WIDTH;
}

/** Estimated width of a line of text: enough to lay out without measuring fonts. */
export function textWidth(text: string, fontSize: number, glyphWidth = GLYPH_WIDTH): number {
  return text.length * fontSize * glyphWidth;
}

/** How many characters of `glyphWidth` fit in `maxWidth`, by the same estimate as `textWidth`. */
export function charsThatFit(maxWidth: number, fontSize: number, glyphWidth = GLYPH_WIDTH): number {
  return Math.max(8, Math.floor(maxWidth / (fontSize * glyphWidth)));
}

/** Greedy word wrap by estimated width. */
export function wrapText(text: string, maxWidth: number, fontSize: number, glyphWidth = GLYPH_WIDTH): string[] {
  const maxChars = charsThatFit(maxWidth, fontSize, glyphWidth);
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
 * `text` wrapped to `maxWidth` by its own weight's glyph width, as lines from (x, y) down: the one
 * place a style's weight decides how many characters a line holds.
 */
export function wrappedBlock(
  text: string,
  maxWidth: number,
  x: number,
  y: number,
  size: number,
  style: { fill: string; fontWeight?: number },
): { mark: Mark; height: number } {
  return textBlock(wrapText(text, maxWidth, size, glyphWidthFor(style.fontWeight)), x, y, size, style);
}

/** How far a title may shrink to stay on one line: a fifth, so it still heads the takeaway's size. */
const TITLE_MIN_SHARE = 0.8;

/**
 * A title's size: its full size, or a little smaller where that keeps it on one line. A second line
 * of bold title takes the chart's room: wrapped, a slide's bars shrank below legible when projected.
 * A title too long for one line even so keeps its full size and wraps.
 */
export function fittedTitleSize(title: string, width: number, full: number): number {
  const oneLine = Math.floor(width / (title.length * BOLD_GLYPH_WIDTH));
  return oneLine >= full * TITLE_MIN_SHARE ? Math.min(full, oneLine) : full;
}

/**
 * Where the takeaway goes: above the chart, or beside it on a wide image. Beside suits a chart whose
 * shape needs height (survival curves): above it, a three-line takeaway on a 16:9 slide left curves
 * 150 px tall across 1,500 px, their labels shrunk under the slide's own minimum.
 */
export type TakeawayPlacement = "above" | "beside";

/** From `largest` down to `smallest`, two px at a time. */
const sizesDown = (largest: number, smallest: number) => Array.from({ length: Math.floor((largest - smallest) / 2) + 1 }, (_, i) => largest - 2 * i);

/** Beside the chart, the takeaway's column takes this share of the width. */
const BESIDE_SHARE = 0.38;

/**
 * The standalone image around a chart: title and takeaway above (or the takeaway beside it), the
 * footer (citation, site and the view's address) below, with the chart's marks from `drawChart` in
 * the box left between them. Every exported chart kind shares it.
 */
export function framedScene(
  frame: FrameText & { size: ExportSize; origin?: string },
  drawChart: (box: ChartBox) => readonly Mark[],
  placement: TakeawayPlacement = "above",
): Scene {
  const { width, height, textScale: scale, minText } = EXPORT_SIZES[frame.size];
  const inner = width - 2 * PADDING;
  const wide = width / height > WIDE_ASPECT;
  const titleSize = fittedTitleSize(frame.title, inner, Math.round(30 * scale));
  const takeawaySize = Math.max(minText, Math.round(19 * scale));

  const title = wrappedBlock(frame.title, inner, PADDING, PADDING, titleSize, { fill: "var(--text)", fontWeight: 700 });
  const takeawayY = PADDING + title.height + 12 * scale;
  const footer = frameFooter(frame, { x: PADDING, bottom: height - PADDING, width: inner, size: Math.max(minText, Math.round(12 * scale)) });
  const chartBottom = footer.top - 20 * scale;
  const takeawayIn = (width: number, size: number) => wrappedBlock(frame.takeaway, width, PADDING, takeawayY, size, { fill: "var(--text)" });

  // Beside the chart when asked, on a wide image, where the takeaway fits its column's height: at
  // its size, or smaller down to the image's smallest text before the chart gives up its height.
  const column = Math.round(inner * BESIDE_SHARE);
  const inColumn =
    placement === "beside" && wide
      ? sizesDown(takeawaySize, minText)
          .map((size) => takeawayIn(column, size))
          .find((block) => takeawayY + block.height <= chartBottom)
      : undefined;
  const beside = inColumn !== undefined;
  const takeaway = inColumn ?? takeawayIn(inner, takeawaySize);

  const gutter = Math.round(32 * scale);
  const belowTakeaway = takeawayY + takeaway.height + 24 * scale;
  const chartTop = beside ? takeawayY : belowTakeaway;
  const chart = drawChart({
    x: beside ? PADDING + column + gutter : PADDING,
    y: chartTop,
    width: beside ? inner - column - gutter : inner,
    height: Math.max(0, chartBottom - chartTop),
    scale,
    wide: wide && !beside,
    aside: beside ? { x: PADDING, y: belowTakeaway, width: column, height: Math.max(0, chartBottom - belowTakeaway) } : undefined,
  });

  return {
    title: frame.title,
    description: frame.takeaway,
    roleDescription: "chart",
    width,
    height,
    marks: [title.mark, takeaway.mark, ...chart, ...footer.marks],
  };
}

/**
 * The footer every image carries: a rule, the sources, then the atlas's name with the view's address,
 * so a photo of a projected slide still says where it came from and how to find the view again.
 */
function frameFooter(frame: FrameText & { origin?: string }, at: { x: number; bottom: number; width: number; size: number }) {
  const { x, bottom, width, size } = at;
  const lineHeight = Math.round(size * 1.3);
  // A view with no figure has no source to name.
  const citationLines = frame.citation ? wrapText(`Source: ${frame.citation}`, width, size) : [];
  const addressLines = wrapAddress(`${SITE_NAME} · ${shortAddress(frame.address, frame.origin)}`, charsThatFit(width, size, ADDRESS_GLYPH_WIDTH));
  const addressTop = bottom - addressLines.length * lineHeight;
  const citationTop = addressTop - citationLines.length * lineHeight - Math.round(size * 0.3);
  const top = citationTop - Math.round(size * 0.6);
  const rule: Mark = { kind: "line", x1: x, x2: x + width, y1: top, y2: top, style: { stroke: "var(--border)", strokeWidth: 1 } };
  const citation = textBlock(citationLines, x, citationTop, size, { fill: "var(--muted)" });
  const address = textBlock(addressLines, x, addressTop, size, { fill: "var(--text)", fontWeight: 600 });
  return { top, marks: [rule, citation.mark, address.mark] };
}

/**
 * Scales a drawing to fill the box's width, unless that makes it too tall. `draw` lays the drawing
 * out at a given width in design px (a chart that knows its width can use it: fewer, longer rows).
 * When it is too tall at full scale, the largest scale at which it fits is searched for: a smaller
 * scale means a wider layout, which is never taller, so the search is a bisection.
 */
export function fillBox(box: ChartBox, draw: (width: number) => Drawing, align: FitAlign = "start"): Mark {
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
  return fitInBox(box, { width: box.width / best.scale, ...best.drawing }, align);
}

type FitAlign = Exclude<ViewportAlign, "stretch">;

/** A drawing made in design px, scaled into the box: as large as fits, placed by `align` where it leaves room. */
export function fitInBox(box: Region, drawing: Drawing & { width: number }, align: FitAlign = "start"): Mark {
  const { x, y, width, height } = box;
  return { kind: "viewport", x, y, width, height, viewBox: { width: drawing.width, height: drawing.height }, align, marks: drawing.marks };
}
