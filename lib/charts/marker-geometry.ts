/**
 * The geometry of each non-colour marker, centred on (x, y) at about `size` px. One definition, so
 * the page's charts and the exported images draw identical shapes.
 */
import type { Marker } from "../subtypes";

export type MarkerGeometry =
  | { element: "circle"; cx: number; cy: number; r: number }
  | { element: "rect"; x: number; y: number; width: number; height: number }
  /** `stroked`: drawn as lines (the cross), so it takes the colour as a stroke, not a fill. */
  | { element: "path"; d: string; stroked: boolean };

/** Stroke width of the line-drawn markers (px). */
export const MARKER_STROKE_WIDTH = 2.5;

export function markerGeometry(marker: Marker, x: number, y: number, size = 10): MarkerGeometry {
  const r = size / 2;
  switch (marker) {
    case "circle":
      return { element: "circle", cx: x, cy: y, r };
    case "square":
      return { element: "rect", x: x - r, y: y - r, width: size, height: size };
    case "diamond":
      return { element: "path", d: `M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`, stroked: false };
    case "triangle":
      return { element: "path", d: `M${x},${y - r * 1.1}L${x + r * 1.1},${y + r}L${x - r * 1.1},${y + r}Z`, stroked: false };
    case "cross":
      return { element: "path", d: `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`, stroked: true };
  }
}
