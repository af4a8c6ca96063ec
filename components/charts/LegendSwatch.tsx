import { markerMark } from "@/lib/scene/marker";
import type { Marker } from "@/lib/subtypes";
import { renderMark } from "./scene-marks";

/** A series' colour and marker as a small inline key, e.g. beside a checkbox that shows or hides it: the chart's own marker mark. */
export function LegendSwatch({ marker, color }: { marker: Marker; color: string }) {
  return (
    <svg className="legend-swatch" width={14} height={14} aria-hidden="true" focusable="false" data-marker={marker}>
      {renderMark(markerMark(marker, 7, 7, 10, color), 0, { next: 0 })}
    </svg>
  );
}
