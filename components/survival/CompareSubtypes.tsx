"use client";
import { IconArray } from "@/components/charts/IconArray";
import { comparisonSentence, outOf100 } from "@/lib/charts/survival";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { SurvivalRow } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { SUBTYPE_IDS, SUBTYPES, type SubtypeId } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";

/** For patients: two subtypes side by side as "out of 100 people", with one plain sentence. */
export function CompareSubtypes({ rows, pair, onChange }: { rows: readonly SurvivalRow[]; pair: [SubtypeId, SubtypeId]; onChange: (pair: [SubtypeId, SubtypeId]) => void }) {
  const fourYear = (id: SubtypeId) => rows.find((r) => r.subtype === id && r.measure === "four-year-cause-specific" && r.stage === "all");
  const sentence = comparisonSentence(rows, pair);
  const period = fourYear(pair[0])?.period;

  return (
    <section className="chart-frame" aria-labelledby="compare-heading" id="compare">
      <h2 id="compare-heading">Compare two subtypes</h2>
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
      <p className="takeaway" data-testid="compare-sentence" aria-live="polite">
        {sentence ?? "Four-year figures are not available for this pair."}
      </p>
      <div className="compare-grid">
        {pair.map((id, side) => {
          const row = fourYear(id);
          if (!row || row.value === null) return null;
          const filled = outOf100(row.value);
          return (
            <div key={`${side}-${id}`} className="compare-card">
              <h3>
                {SUBTYPES[id].label} <span className="muted">{SUBTYPES[id].plainName}</span>
              </h3>
              <IconArray
                filled={filled}
                color={subtypeColorVar(id)}
                title={`${SUBTYPES[id].label}: about ${filled} of 100 people`}
                description={`${filled} filled circles of 100: people alive and not dead of breast cancer four years after diagnosis (${formatFigure(row)}).`}
              />
              <p>
                <strong>{formatFigure(row)}</strong> — about {filled} of 100 filled; {100 - filled} of 100 hollow had died of breast cancer.
              </p>
            </div>
          );
        })}
      </div>
      <p className="notice">
        These are averages for groups of women diagnosed in {period ? formatPeriod(period) : "the period shown"}, not a prediction for any one
        person. Each person&apos;s outlook depends on stage, grade, age, health and treatment, and treatment for HER2-positive cancer has
        improved since then.
      </p>
    </section>
  );
}
