/**
 * The SVG attributes of a mark, named as in SVG markup. Both renderers take them from here, so a
 * mark's geometry and paint are written the same way on the page and in an image; the renderers
 * differ only in syntax (JSX props or text) and in how a colour is resolved.
 */
import type { Mark, MarkStyle, TextLine, ViewportAlign } from "./types";

export type Attribute = readonly [name: string, value: string | number];

/** The element a mark is drawn as. */
export const MARK_ELEMENT = {
  rect: "rect",
  line: "line",
  path: "path",
  circle: "circle",
  text: "text",
  "text-lines": "text",
  group: "g",
  viewport: "svg",
} as const satisfies Record<Mark["kind"], string>;

const PRESERVE_ASPECT_RATIO = { start: "xMinYMin meet", center: "xMidYMin meet", middle: "xMidYMid meet", stretch: "none" } as const satisfies Record<
  ViewportAlign,
  string
>;

export function geometryAttributes(mark: Mark): Attribute[] {
  switch (mark.kind) {
    case "rect":
      return picked(mark, ["x", "y", "width", "height", "rx"]);
    case "line":
      return picked(mark, ["x1", "y1", "x2", "y2"]);
    case "path":
      return picked(mark, ["d"]);
    case "circle":
      return picked(mark, ["cx", "cy", "r"]);
    case "text":
      return picked(mark, ["x", "y"]);
    case "viewport":
      return [
        ["x", mark.x],
        ["y", mark.y],
        ["width", mark.width],
        ["height", Math.max(0, mark.height)],
        ["viewBox", `0 0 ${mark.viewBox.width} ${mark.viewBox.height}`],
        ["preserveAspectRatio", PRESERVE_ASPECT_RATIO[mark.align]],
        ["overflow", "visible"],
      ];
    case "text-lines":
    case "group":
      return [];
  }
}

/**
 * Paint and type as presentation attributes; `color` resolves a CSS colour for the target (the page
 * keeps `var(--token)`, an image inlines the scheme's value). A path without a fill is an outline.
 */
export function styleAttributes(mark: Mark, color: (value: string) => string): Attribute[] {
  const style: MarkStyle = mark.style ?? {};
  const fill = style.fill ?? (mark.kind === "path" || mark.kind === "line" ? "none" : undefined);
  return defined([
    ["fill", fill === undefined || fill === "none" ? fill : color(fill)],
    ["fill-opacity", style.fillOpacity],
    ["stroke", style.stroke === undefined ? undefined : color(style.stroke)],
    ["stroke-width", style.strokeWidth],
    ["stroke-dasharray", style.dash],
    ["font-size", style.fontSize],
    ["font-weight", style.fontWeight],
    ["font-style", style.fontStyle],
    ["text-anchor", style.anchor],
    ["vector-effect", style.nonScalingStroke ? "non-scaling-stroke" : undefined],
  ]);
}

/** `data-*` and ARIA attributes of a group: what the page scripts and tests find marks by. */
export function groupAttributes(mark: Mark): Attribute[] {
  if (mark.kind !== "group") return [];
  const data = Object.entries(mark.data ?? {}).map(([name, value]): Attribute => [`data-${name}`, value]);
  if (mark.decorative) data.push(["aria-hidden", "true"]);
  if (!mark.datum) return data;
  return [["data-id", mark.datum.id], ...data, ["role", "graphics-symbol"], ["aria-label", mark.datum.description]];
}

/**
 * The tspans of a wrapped text: its lines, and before each line after the first a space placed
 * where that line starts, so the text reads "when first", not "whenfirst" (its textContent, what a
 * screen reader says, what a copy pastes). The space has a tspan of its own because a tspan with
 * x and y starts a text chunk, which is anchored by itself: a space between the lines' tspans, or
 * at a line's end, would belong to the line before it and shift that line by half a space (middle)
 * or a whole one (end). On its own it is an invisible chunk that moves no line.
 */
export function lineSpans(lines: readonly TextLine[]): TextLine[] {
  return lines.flatMap((line, index) => (index === 0 ? [line] : [{ ...line, text: " " }, line]));
}

export const TABULAR_NUMBERS = "font-variant-numeric:tabular-nums";

/** The page's count of explorable marks so far: they are numbered in drawing order. */
export interface MarkOrder {
  next: number;
}

/**
 * What only the page adds to a mark: its class (the stylesheet's hook, which reads the same before
 * and after hydration, unlike an inline style) and, for a mark with a datum, its place in the
 * chart's keyboard order (the first is the chart's one Tab stop) and its tooltip's anchor.
 */
export function pageAttributes(mark: Mark, order: MarkOrder): Attribute[] {
  if (mark.kind === "group" && mark.datum) {
    const index = order.next++;
    return [
      ["class", classes("chart-mark", mark.className)],
      ["tabindex", index === 0 ? 0 : -1],
      ["data-mark-index", index],
      ["data-tip-left", mark.datum.tooltip.leftPct],
      ["data-tip-top", mark.datum.tooltip.top],
    ];
  }
  const names = classes(mark.className, mark.style?.tabular ? "tabular-nums" : undefined);
  return names ? [["class", names]] : [];
}

function classes(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

/** A mark's own fields whose values are attribute values: the geometry SVG names the same way. */
type ValueKey<M> = { [K in keyof M]: M[K] extends string | number | undefined ? K : never }[keyof M] & string;

function picked<M extends Mark>(mark: M, names: readonly ValueKey<M>[]): Attribute[] {
  return defined(names.map((name) => [name, mark[name] as string | number | undefined]));
}

function defined(pairs: readonly (readonly [string, string | number | undefined])[]): Attribute[] {
  return pairs.filter((pair): pair is Attribute => pair[1] !== undefined);
}
