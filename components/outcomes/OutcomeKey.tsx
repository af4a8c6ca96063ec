import { SceneSwatch } from "@/components/charts/SceneSwatch";
import type { OutcomesView } from "@/lib/charts/outcomes-view";

/** One entry per category the bars draw (a treatment not chosen has none). */
export function OutcomeKey({ view }: { view: OutcomesView }) {
  const shown = new Set(view.years.flatMap((year) => year.segments.filter((segment) => segment.value > 0).map((segment) => segment.category)));
  const segments = (view.years[0]?.segments ?? []).filter((segment) => shown.has(segment.category));
  return (
    <ul className="outcome-key" aria-label="Key">
      {segments.map((segment) => (
        <li key={segment.category}>
          <SceneSwatch width={14} height={14} marks={[{ kind: "rect", x: 0, y: -7, width: 14, height: 14, style: { fill: segment.color } }]} /> {segment.label}
        </li>
      ))}
    </ul>
  );
}
