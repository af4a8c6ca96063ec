/**
 * The shape of each non-colour marker, as plain geometry. The React charts and the standalone image
 * exports both draw from it, so a marker looks the same on the page and on a slide.
 */
import type { Marker } from "../subtypes";

export type MarkerGeometry =
  | { tag: "circle"; cx: number; cy: number; r: number }
  | { tag: "rect"; x: number; y: number; width: number; height: number }
  /** `stroked`: the shape is lines (the cross), drawn with a stroke rather than filled. */
  | { tag: "path"; d: string; stroked: boolean };

/** The cross is drawn with lines, so it needs a stroke width to weigh about as much as the filled shapes. */
export const MARKER_STROKE_WIDTH = 2.5;

/** A marker centred on (x, y) at about `size` px. */
export function markerGeometry(marker: Marker, x: number, y: number, size: number): MarkerGeometry {
  const r = size / 2;
  switch (marker) {
    case "circle":
      return { tag: "circle", cx: x, cy: y, r };
    case "square":
      return { tag: "rect", x: x - r, y: y - r, width: size, height: size };
    case "diamond":
      return { tag: "path", d: `M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`, stroked: false };
    case "triangle":
      return { tag: "path", d: `M${x},${y - r * 1.1}L${x + r * 1.1},${y + r}L${x - r * 1.1},${y + r}Z`, stroked: false };
    case "cross":
      return { tag: "path", d: `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`, stroked: true };
  }
}
