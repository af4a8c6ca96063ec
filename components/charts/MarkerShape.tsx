import type { Marker } from "@/lib/subtypes";

/** The non-colour encoding of a subtype, drawn centred on (x, y) at about `size` px. */
export function MarkerShape({ marker, x, y, size = 10, color }: { marker: Marker; x: number; y: number; size?: number; color: string }) {
  const r = size / 2;
  switch (marker) {
    case "circle":
      return <circle cx={x} cy={y} r={r} fill={color} />;
    case "square":
      return <rect x={x - r} y={y - r} width={size} height={size} fill={color} />;
    case "diamond":
      return <path d={`M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`} fill={color} />;
    case "triangle":
      return <path d={`M${x},${y - r * 1.1}L${x + r * 1.1},${y + r}L${x - r * 1.1},${y + r}Z`} fill={color} />;
    case "cross":
      return <path d={`M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`} stroke={color} strokeWidth={2.5} />;
  }
}
