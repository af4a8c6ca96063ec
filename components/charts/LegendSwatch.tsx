import type { Marker } from "@/lib/subtypes";
import { MarkerShape } from "./MarkerShape";

/** A series' colour and marker as a small inline key, e.g. beside a checkbox that shows or hides it. */
export function LegendSwatch({ marker, color }: { marker: Marker; color: string }) {
  return (
    <svg className="legend-swatch" width={14} height={14} aria-hidden="true" focusable="false" data-marker={marker}>
      <MarkerShape marker={marker} x={7} y={7} size={10} color={color} />
    </svg>
  );
}
