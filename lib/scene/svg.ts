/**
 * Scenes as SVG text: for images, with every colour inlined for one scheme (PNGs are rasterised from
 * it), and for the page, the marks inside its <svg> with the theme's variables and the page's classes
 * and keyboard order. The only module in `lib/` that writes SVG element markup.
 */
import {
  type Attribute,
  geometryAttributes,
  groupAttributes,
  lineSpans,
  MARK_ELEMENT,
  type MarkOrder,
  pageAttributes,
  styleAttributes,
  TABULAR_NUMBERS,
} from "./attributes";
import type { Mark, Scene } from "./types";

export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * How an image paints a scene: the colour each CSS colour of the scene becomes (an image cannot
 * read the site's stylesheet, so theme variables are inlined) and the background.
 */
export interface ScenePaint {
  color: (value: string) => string;
  background: string;
}

/** A standalone SVG document: size, font, accessible name, background, then the marks. */
export function sceneToSvg(scene: Scene, paint: ScenePaint): string {
  const width = scene.width === "100%" ? (scene.viewBox?.width ?? 0) : scene.width;
  const viewBox = scene.viewBox ?? { width, height: scene.height };
  const root = attributes([
    ["xmlns", "http://www.w3.org/2000/svg"],
    ["width", width],
    ["height", scene.height],
    ["viewBox", `0 0 ${viewBox.width} ${viewBox.height}`],
    ["font-family", EXPORT_FONT],
    ["role", "img"],
    ["aria-label", `${scene.title}. ${scene.description}`],
  ]);
  const background = `<rect width="100%" height="100%" fill="${paint.background}"/>`;
  const body = scene.marks.map((mark) => markToSvg(mark, paint)).join("");
  return `<svg${root}><title>${escapeXml(scene.title)}</title><desc>${escapeXml(scene.description)}</desc>${background}${body}</svg>`;
}

/** How one target writes a mark: how it resolves a colour, and what it adds to the shared attributes. */
interface MarkWriter {
  color: (value: string) => string;
  extra: (mark: Mark) => Attribute[];
}

export function markToSvg(mark: Mark, paint: ScenePaint): string {
  return writeMark(mark, { color: paint.color, extra: (one) => (one.style?.tabular ? [["style", TABULAR_NUMBERS]] : []) });
}

/**
 * The marks as the page draws them inside its own <svg> (components/charts/SceneSvg): colours stay
 * the theme's CSS variables, so the page follows the reader's scheme, and each mark carries the
 * page's classes and keyboard order (`pageAttributes`).
 */
export function pageMarksToSvg(marks: readonly Mark[], order: MarkOrder = { next: 0 }): string {
  const writer: MarkWriter = { color: (value) => value, extra: (mark) => pageAttributes(mark, order) };
  return marks.map((mark) => writeMark(mark, writer)).join("");
}

function writeMark(mark: Mark, writer: MarkWriter): string {
  const element = MARK_ELEMENT[mark.kind];
  // The page's attributes first: they number a group before its children, in drawing order.
  const extra = writer.extra(mark);
  const attrs = attributes([...groupAttributes(mark), ...geometryAttributes(mark), ...styleAttributes(mark, writer.color), ...extra]);
  const children = markChildren(mark, writer);
  return children === null ? `<${element}${attrs}/>` : `<${element}${attrs}>${children}</${element}>`;
}

function markChildren(mark: Mark, writer: MarkWriter): string | null {
  switch (mark.kind) {
    case "text":
      return escapeXml(mark.text);
    case "text-lines":
      return lineSpans(mark.lines)
        .map((line) => `<tspan x="${line.x}" y="${line.y}">${escapeXml(line.text)}</tspan>`)
        .join("");
    case "group":
    case "viewport":
      return mark.marks.map((child) => writeMark(child, writer)).join("");
    default:
      return null;
  }
}

function attributes(list: readonly Attribute[]): string {
  return list.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`).join("");
}
