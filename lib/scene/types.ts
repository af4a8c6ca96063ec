/**
 * A chart as plain data: the marks to draw, in chart coordinates, with colours as CSS values (usually
 * a theme variable such as `var(--text)`). A scene builder in `lib/charts/` makes one from a view;
 * the two renderers draw it: `components/charts/SceneSvg.tsx` on the page, `lib/scene/svg.ts` in
 * exported images. Neither computes geometry or text of its own, so the page and the image agree.
 */

/** A length in px, or a share of the chart's width (so the page's SVG reflows without a re-layout). */
export type Length = number | `${number}%`;

/**
 * Where a viewport's drawing sits in its box when the two differ in shape: top left (`start`), top
 * centre (`center`), the middle both ways (`middle`), or scaled to fill it (`stretch`).
 */
export type ViewportAlign = "start" | "center" | "middle" | "stretch";

/** How a mark is painted. Colours are CSS colours or `var(--token)`; the image renderer inlines them. */
export interface MarkStyle {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  /** `stroke-dasharray`, e.g. "5 3". */
  dash?: string;
  fontSize?: number;
  fontWeight?: number;
  fontStyle?: "italic";
  anchor?: "start" | "middle" | "end";
  /** Figures in a column line up (font-variant-numeric: tabular-nums). */
  tabular?: boolean;
  /** The stroke keeps its width in a stretched viewport (a curve drawn across a reflowing chart). */
  nonScalingStroke?: true;
}

/** What a focusable mark stands for: its id in the data, the sentence read aloud, its tooltip's place. */
export interface MarkDatum {
  id: string;
  description: string;
  /** Where the tooltip opens: across as a share of the chart's width, down in px. */
  tooltip: { leftPct: number; top: number };
}

interface MarkBase {
  style?: MarkStyle;
  /** Page-only hooks for CSS states (focus, highlight); they carry no look of their own. */
  className?: string;
}

export interface TextLine {
  x: Length;
  y: Length;
  text: string;
}

export type Mark =
  | (MarkBase & { kind: "rect"; x: Length; y: Length; width: Length; height: Length; rx?: number })
  | (MarkBase & { kind: "line"; x1: Length; y1: Length; x2: Length; y2: Length })
  | (MarkBase & { kind: "path"; d: string })
  | (MarkBase & { kind: "circle"; cx: Length; cy: Length; r: number })
  /** One line of text, or several placed lines sharing a style. */
  | (MarkBase & { kind: "text"; x: Length; y: Length; text: string })
  | (MarkBase & { kind: "text-lines"; lines: readonly TextLine[] })
  /**
   * Marks drawn together. With a `datum` the group is one explorable mark (a bar, a dot, a box):
   * focusable on the page, named by its description. `data` becomes `data-*` attributes;
   * `decorative` hides it from assistive tech (axes, gridlines: the table and the marks say it).
   */
  | (MarkBase & { kind: "group"; marks: readonly Mark[]; datum?: MarkDatum; data?: Readonly<Record<string, string>>; decorative?: true })
  /** A drawing made at `viewBox` size, scaled into the box (a nested `<svg>`). */
  | (MarkBase & {
      kind: "viewport";
      /** A share of the width places a px-sized drawing (a marker) at a point of a reflowing chart. */
      x: Length;
      y: Length;
      /** A share of the width with `stretch`: curves drawn in a fixed viewBox that reflows across. */
      width: Length;
      height: number;
      viewBox: { width: number; height: number };
      /** `stretch` scales across and down independently (preserveAspectRatio="none"). */
      align: ViewportAlign;
      marks: readonly Mark[];
    });

export type MarkKind = Mark["kind"];

/** A whole chart: what it is called and says, its size, and its marks. */
export interface Scene {
  /** Short name of what is plotted, and one sentence for assistive tech. */
  title: string;
  description: string;
  /** How a screen reader introduces it ("bar chart"). */
  roleDescription: string;
  /** "img" for a picture with nothing to explore (an icon array): named by its title, described by its description. */
  role?: "img";
  /** `"100%"` for a page chart that fills its column; px for an image or a fixed diagram. */
  width: number | "100%";
  height: number;
  /** A fixed drawing scaled to fit (the flow diagram); absent where lengths are already final. */
  viewBox?: { width: number; height: number };
  marks: readonly Mark[];
}

/** A chart's marks and the height they take, before a frame or a page places them. */
export interface Drawing {
  height: number;
  marks: readonly Mark[];
}

export function pct(value: number): `${number}%` {
  return `${value}%`;
}
