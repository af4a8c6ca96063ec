import { IconArray } from "@/components/charts/IconArray";
import { comparisonSentence, outOf100 } from "@/lib/charts/survival";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { SurvivalRow } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { SUBTYPES, type SubtypeId } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";

/** Two subtypes as "out of 100 people", with the sentence and the caveat: page, embed and slide share it. */
export function CompareFigure({ rows, pair, cardHeading: CardHeading = "h3" }: { rows: readonly SurvivalRow[]; pair: readonly [SubtypeId, SubtypeId]; cardHeading?: "h2" | "h3" }) {
  const fourYear = (id: SubtypeId) => rows.find((r) => r.subtype === id && r.measure === "four-year-cause-specific" && r.stage === "all");
  const sentence = comparisonSentence(rows, pair);
  const period = fourYear(pair[0])?.period;
  return (
    <>
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
              <CardHeading>
                {SUBTYPES[id].label} <span className="muted">{SUBTYPES[id].plainName}</span>
              </CardHeading>
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
    </>
  );
}
