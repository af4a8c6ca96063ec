import { SubtypeLink } from "@/components/subtypes/SubtypeLink";
import { stageIvSentence } from "@/lib/charts/survival";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { STAGE_LABELS } from "@/lib/datasets/survival-dimensions";
import { formatFigure } from "@/lib/format";

/** De novo stage IV four-year survival for the selected subtypes: the figures the source gives, and why the others are missing. */
export function StageIvCallout({ rows }: { rows: readonly SubtypeSurvivalRow[] }) {
  if (rows.length === 0) return null;
  const sentence = stageIvSentence(rows);
  const reasons = [...new Set(rows.flatMap((row) => (row.value === null && row.unavailableReason ? [row.unavailableReason] : [])))];
  return (
    <aside className="callout" aria-labelledby="stage-iv-heading" data-testid="stage-iv-callout">
      <h3 id="stage-iv-heading">{STAGE_LABELS["stage-iv"].label}: four-year survival</h3>
      {sentence && <p data-testid="stage-iv-sentence">{sentence}</p>}
      <dl className="callout-figures">
        {rows.map((row) => (
          <div key={row.id}>
            <dt>
              <SubtypeLink id={row.subtype} />
            </dt>
            <dd>{row.value === null ? <span className="muted">Not available*</span> : <strong>{formatFigure(row)}</strong>}</dd>
          </div>
        ))}
      </dl>
      {reasons.map((reason) => (
        <p key={reason} className="muted" data-testid="stage-iv-reason">
          * {reason}
        </p>
      ))}
    </aside>
  );
}
