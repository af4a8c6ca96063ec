import type { Mark } from "@/lib/scene/types";
import { renderMark } from "./scene-marks";

/** Marks without a document of their own: a legend's swatch inside HTML, hidden from assistive tech. */
export function SceneSwatch({ width, height, marks }: { width: number; height: number; marks: readonly Mark[] }) {
  // The swatch's marks are centred vertically on y = 0; a pixel of room keeps strokes whole.
  return (
    <svg width={width + 2} height={height + 2} viewBox={`-1 ${-height / 2 - 1} ${width + 2} ${height + 2}`} aria-hidden="true" focusable="false">
      {marks.map((mark, index) => renderMark(mark, index, { next: 0 }))}
    </svg>
  );
}
