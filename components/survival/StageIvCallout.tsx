import { STAGE_LABELS } from "@/lib/datasets/dimensions";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { SUBTYPES } from "@/lib/subtypes";

/** De novo stage IV four-year survival: the two figures the source gives, and the two it does not. */
export function StageIvCallout({ rows }: { rows: readonly SubtypeSurvivalRow[] }) {
  if (rows.length === 0) return null;
  const reasons = [...new Set(rows.flatMap((row) => (row.value === null && row.unavailableReason ? [row.unavailableReason] : [])))];
  return (
    <aside className="callout" aria-labelledby="stage-iv-heading" data-testid="stage-iv-callout">
      <h3 id="stage-iv-heading">{STAGE_LABELS["stage-iv"].label}: four-year survival</h3>
      <p>
        Among women whose cancer had already spread to distant organs when it was found, those with HR+/HER2+ cancer did better than
        those with HR+/HER2− cancer, even after the authors allowed for other factors.
      </p>
      <dl className="callout-figures">
        {rows.map((row) => (
          <div key={row.id}>
            <dt>{SUBTYPES[row.subtype].label}</dt>
            <dd>{row.value === null ? <span className="muted">Not available*</span> : <strong>{formatFigure(row)}</strong>}</dd>
          </div>
        ))}
      </dl>
      {reasons.map((reason) => (
        <p key={reason} className="muted">
          * {reason}
        </p>
      ))}
    </aside>
  );
}
