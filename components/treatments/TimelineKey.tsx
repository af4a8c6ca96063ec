import { SceneSwatch } from "@/components/charts/SceneSwatch";
import { TIMELINE_KEY } from "@/lib/charts/timeline-scene";

/** The two encodings the filters do not explain: the accelerated-approval ring and the survival bands. */
export function TimelineKey() {
  return (
    <ul className="timeline-key" aria-label="Key">
      {TIMELINE_KEY.map((item) => (
        <li key={item.text}>
          <SceneSwatch width={item.width} height={item.height} marks={item.marks} /> {item.text}
        </li>
      ))}
    </ul>
  );
}
