import { MARKER_STROKE_WIDTH, markerGeometry } from "@/lib/charts/markers";
import type { Marker } from "@/lib/subtypes";

/** The non-colour encoding of a subtype, drawn centred on (x, y) at about `size` px. */
export function MarkerShape({ marker, x, y, size = 10, color }: { marker: Marker; x: number; y: number; size?: number; color: string }) {
  const shape = markerGeometry(marker, x, y, size);
  switch (shape.tag) {
    case "circle":
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={color} />;
    case "rect":
      return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={color} />;
    case "path":
      return shape.stroked ? <path d={shape.d} stroke={color} strokeWidth={MARKER_STROKE_WIDTH} /> : <path d={shape.d} fill={color} />;
  }
}
