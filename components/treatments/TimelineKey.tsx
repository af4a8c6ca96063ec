import { SceneSwatch } from "@/components/charts/SceneSwatch";
import { timelineKey } from "@/lib/charts/timeline-scene";
import type { TherapyRow } from "@/lib/datasets/schemas";

/**
 * What the timeline draws for the approvals shown: the accelerated-approval ring, the outline of an
 * approval for several groups and the survival bands; without the filters (an embed), the
 * populations' markers first.
 */
export function TimelineKey({ approvals, populations = false }: { approvals: readonly TherapyRow[]; populations?: boolean }) {
  return (
    <ul className="timeline-key" aria-label="Key">
      {timelineKey(approvals, { populations }).map((item) => (
        <li key={item.text}>
          <SceneSwatch width={item.width} height={item.height} marks={item.marks} /> {item.text}
        </li>
      ))}
    </ul>
  );
}
