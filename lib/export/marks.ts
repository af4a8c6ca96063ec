/** Small drawing pieces the exported charts share, as SVG strings with inline colours. */
import { MARKER_STROKE_WIDTH, markerGeometry } from "../charts/marker-geometry";
import type { Marker } from "../subtypes";

/** A marker as on the page (lib/charts/marker-geometry), for a standalone image. */
export function markerSvg(marker: Marker, x: number, y: number, size: number, color: string): string {
  const shape = markerGeometry(marker, x, y, size);
  switch (shape.element) {
    case "circle":
      return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${color}"/>`;
    case "rect":
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" fill="${color}"/>`;
    case "path":
      return shape.stroked ? `<path d="${shape.d}" stroke="${color}" stroke-width="${MARKER_STROKE_WIDTH}"/>` : `<path d="${shape.d}" fill="${color}"/>`;
  }
}
