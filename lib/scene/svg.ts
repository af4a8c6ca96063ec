/**
 * The image renderer: a scene as SVG text, with every colour inlined for one scheme. The only
 * module in `lib/` that writes SVG element markup; PNGs are rasterised from its output.
 */
import { type Attribute, geometryAttributes, groupAttributes, MARK_ELEMENT, styleAttributes, TABULAR_NUMBERS } from "./attributes";
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

export function markToSvg(mark: Mark, paint: ScenePaint): string {
  const element = MARK_ELEMENT[mark.kind];
  const tabular: Attribute[] = mark.style?.tabular ? [["style", TABULAR_NUMBERS]] : [];
  const attrs = attributes([...groupAttributes(mark), ...geometryAttributes(mark), ...styleAttributes(mark, paint.color), ...tabular]);
  const children = markChildren(mark, paint);
  return children === null ? `<${element}${attrs}/>` : `<${element}${attrs}>${children}</${element}>`;
}

function markChildren(mark: Mark, paint: ScenePaint): string | null {
  switch (mark.kind) {
    case "text":
      return escapeXml(mark.text);
    case "text-lines":
      return mark.lines.map((line) => `<tspan x="${line.x}" y="${line.y}">${escapeXml(line.text)}</tspan>`).join("");
    case "group":
    case "viewport":
      return mark.marks.map((child) => markToSvg(child, paint)).join("");
    default:
      return null;
  }
}

function attributes(list: readonly Attribute[]): string {
  return list.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`).join("");
}
