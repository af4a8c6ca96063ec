import { SceneSwatch } from "@/components/charts/SceneSwatch";
import { POPULATION_KEY, TIMELINE_KEY } from "@/lib/charts/timeline-scene";

/**
 * The two encodings the filters do not explain: the accelerated-approval ring and the survival bands;
 * without the filters (an embed), the populations' markers first.
 */
export function TimelineKey({ populations = false }: { populations?: boolean }) {
  return (
    <ul className="timeline-key" aria-label="Key">
      {(populations ? [...POPULATION_KEY, ...TIMELINE_KEY] : TIMELINE_KEY).map((item) => (
        <li key={item.text}>
          <SceneSwatch width={item.width} height={item.height} marks={item.marks} /> {item.text}
        </li>
      ))}
    </ul>
  );
}
