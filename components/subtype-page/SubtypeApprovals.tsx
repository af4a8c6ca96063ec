import { brandAndDrug } from "@/lib/charts/therapies";
import type { Source } from "@/lib/datasets/schemas";
import type { SubtypeApprovals as Approvals } from "@/lib/datasets/therapies";
import { formatIsoDate } from "@/lib/format";
import { approvalsSentence, treatmentsHref, treatmentsLinkText } from "@/lib/subtype-page/approvals";
import type { SubtypeId } from "@/lib/subtypes";
import { SourceNote } from "./SourceNote";

/**
 * The US FDA approvals that cover the subtype: the count and the newest first, the list on demand,
 * the /treatments timeline filtered to them, and what an approval does not say.
 */
export function SubtypeApprovals({ id, approvals, asOf, cited }: { id: SubtypeId; approvals: Approvals; asOf: string; cited: readonly Source[] }) {
  const { covering, otherHr } = approvals;
  return (
    <section aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">FDA approvals that cover it</h2>
      <p data-testid="approvals-answer">{approvalsSentence(id, approvals)}</p>
      {covering.length > 0 && (
        <details className="approval-list">
          <summary>
            The {covering.length === 1 ? "approval" : `${covering.length} approvals, newest first`}
          </summary>
          <ol data-testid="approval-list">
            {covering.map((row) => (
              <li key={row.id}>
                <strong>{formatIsoDate(row.approvalDate)}</strong>: {brandAndDrug(row)}. {row.indication}
                <SourceNote sourceIds={[row.sourceId]} cited={cited} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {otherHr.map((row) => (
        <p key={row.id} className="muted" data-testid="other-hr-approval">
          Not for this subtype: {brandAndDrug(row)}, {formatIsoDate(row.approvalDate)} ({row.populationNote ?? "limited to another hormone-receptor status"}).
        </p>
      ))}
      {covering.length > 0 && (
        <p>
          <a href={treatmentsHref(id, approvals)}>{treatmentsLinkText(id, approvals)}</a>
        </p>
      )}
      <p className="muted">
        Approvals listed as of {formatIsoDate(asOf)}. An approval says a drug may be used for a group, not that it suits any one person:
        that depends on stage, earlier treatment and the full prescribing information. This is not advice.
      </p>
    </section>
  );
}
