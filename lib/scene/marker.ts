/** A subtype's (or a series') non-colour marker as a mark, in the shape `lib/charts/markers` gives it. */

import type { Marker } from "../subtypes";
import { MARKER_STROKE_WIDTH, markerGeometry } from "./markers";
import type { Mark } from "./types";

export function markerMark(marker: Marker, x: number, y: number, size: number, color: string): Mark {
  const shape = markerGeometry(marker, x, y, size);
  switch (shape.tag) {
    case "circle":
      return { kind: "circle", cx: shape.cx, cy: shape.cy, r: shape.r, style: { fill: color } };
    case "rect":
      return { kind: "rect", x: shape.x, y: shape.y, width: shape.width, height: shape.height, style: { fill: color } };
    case "path":
      return { kind: "path", d: shape.d, style: shape.stroked ? { stroke: color, strokeWidth: MARKER_STROKE_WIDTH } : { fill: color } };
  }
}
