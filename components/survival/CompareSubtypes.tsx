"use client";
import type { SurvivalRow } from "@/lib/datasets/schemas";
import { SUBTYPE_IDS, SUBTYPES, type SubtypeId } from "@/lib/subtypes";
import { ImageLinks } from "@/components/chart/ChartExtras";
import { COMPARE_TITLE } from "@/lib/charts/compare";
import { CompareFigure } from "./CompareFigure";

/** For patients: two subtypes side by side as "out of 100 people", with one plain sentence. */
export function CompareSubtypes({ rows, pair, onChange }: { rows: readonly SurvivalRow[]; pair: [SubtypeId, SubtypeId]; onChange: (pair: [SubtypeId, SubtypeId]) => void }) {
  return (
    <section className="chart-frame" aria-labelledby="compare-heading" id="compare">
      <h2 id="compare-heading">{COMPARE_TITLE}</h2>
      <form className="controls" method="get" onSubmit={(e) => e.preventDefault()}>
        {pair.map((selected, side) => (
          <div className="control" key={side}>
            <label htmlFor={`compare-${side}`}>{side === 0 ? "First subtype" : "Second subtype"}</label>
            <select
              id={`compare-${side}`}
              name="compare"
              value={selected}
              onChange={(e) => {
                const next: [SubtypeId, SubtypeId] = [...pair];
                next[side] = e.target.value as SubtypeId;
                onChange(next);
              }}
            >
              {SUBTYPE_IDS.map((id) => (
                <option key={id} value={id}>
                  {SUBTYPES[id].label} ({SUBTYPES[id].plainName})
                </option>
              ))}
            </select>
          </div>
        ))}
      </form>
      <CompareFigure rows={rows} pair={pair} />
      <div className="chart-tools">
        <ImageLinks imagePath={`/api/charts/compare?compare=${pair.join(",")}`} title={COMPARE_TITLE} />
      </div>
    </section>
  );
}
