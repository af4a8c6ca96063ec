import { IconArray } from "@/components/charts/IconArray";
import { compareCaveat, comparePanels, compareTakeaway } from "@/lib/charts/compare";
import type { SurvivalRow } from "@/lib/datasets/schemas";
import { SUBTYPES, type SubtypeId } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";

/** Two subtypes as "out of 100 people", with the sentence and the caveat: page, embed, slide and image share it. */
export function CompareFigure({ rows, pair, cardHeading: CardHeading = "h3" }: { rows: readonly SurvivalRow[]; pair: readonly [SubtypeId, SubtypeId]; cardHeading?: "h2" | "h3" }) {
  return (
    <>
      <p className="takeaway" data-testid="compare-sentence" aria-live="polite">
        {compareTakeaway(rows, pair)}
      </p>
      <div className="compare-grid">
        {comparePanels(rows, pair).map((panel, side) => (
          <div key={`${side}-${panel.subtype}`} className="compare-card">
            <CardHeading>
              {SUBTYPES[panel.subtype].label} <span className="muted">{SUBTYPES[panel.subtype].plainName}</span>
            </CardHeading>
            <IconArray filled={panel.filled} color={subtypeColorVar(panel.subtype)} title={panel.title} description={panel.description} />
            <p>
              <strong>{panel.figure}</strong> — {panel.caption}
            </p>
          </div>
        ))}
      </div>
      <p className="notice">{compareCaveat(rows, pair)}</p>
    </>
  );
}
