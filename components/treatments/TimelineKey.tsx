import { TIMELINE_LAYOUT } from "@/lib/charts/timeline-layout";

/** The two encodings the filters do not explain: the accelerated-approval ring and the survival bands. */
export function TimelineKey() {
  const { markerSize, ringPadding, bandHeight } = TIMELINE_LAYOUT;
  const ring = markerSize + 2 * ringPadding;
  return (
    <ul className="timeline-key" aria-label="Key">
      <li>
        <svg width={ring + 2} height={ring + 2} aria-hidden="true" focusable="false">
          <rect x={1} y={1} width={ring} height={ring} rx={ring / 2} className="timeline-accelerated-ring" />
        </svg>{" "}
        Dashed ring: accelerated approval
      </li>
      <li>
        <svg width={28} height={bandHeight + 2} aria-hidden="true" focusable="false">
          <rect x={1} y={1} width={26} height={bandHeight} rx={2} className="timeline-band-bar" />
        </svg>{" "}
        Band: years of diagnosis behind a survival figure
      </li>
    </ul>
  );
}
