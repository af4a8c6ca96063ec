import { glossFirstUses } from "@/components/glossary/GlossedText";
import { brandAndDrug } from "@/lib/charts/therapies";
import type { Source } from "@/lib/datasets/schemas";
import type { SubtypeApprovals as Approvals } from "@/lib/datasets/therapies";
import { formatIsoDate } from "@/lib/format";
import type { GlossaryId } from "@/lib/glossary/phrases";
import { approvalsSentence, treatmentsHref, treatmentsLinkText } from "@/lib/subtype-page/approvals";
import type { SubtypeId } from "@/lib/subtypes";
import { SourceNote } from "./SourceNote";

/** The treatment terms a subtype page can use; the page passes those no earlier section used. */
export const APPROVAL_TERMS: readonly GlossaryId[] = [
  "her2-targeted",
  "t-dxd",
  "t-dm1",
  "metastatic",
  "endocrine-therapy",
  "adjuvant",
  "neoadjuvant",
  "early-breast-cancer",
  "overexpression",
  "drug-label",
  "biosimilar",
  "indication",
];

const NOT_ADVICE =
  "An approval says a drug may be used for a group, not that it suits any one person: that depends on stage, earlier treatment and the full prescribing information. This is not advice.";

/**
 * The US FDA approvals that cover the subtype: the count and the newest first, the list on demand,
 * the /treatments timeline filtered to them, and what an approval does not say. `terms`: the glossary
 * terms the page first uses here, linked in the order the section shows its texts.
 */
export function SubtypeApprovals({
  id,
  approvals,
  asOf,
  leftOut,
  cited,
  terms,
}: {
  id: SubtypeId;
  approvals: Approvals;
  asOf: string;
  /** What the approvals list leaves out (data/therapies.json), said beside the count it qualifies. */
  leftOut: string;
  cited: readonly Source[];
  terms: readonly GlossaryId[];
}) {
  const { covering, otherHr } = approvals;
  const gloss = glossFirstUses(terms);
  return (
    <section aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">FDA approvals that cover it</h2>
      <p data-testid="approvals-answer">{gloss(approvalsSentence(id, approvals))}</p>
      <p className="muted" data-testid="approvals-left-out">
        Approvals listed as of {formatIsoDate(asOf)}. {gloss(leftOut)}
      </p>
      {covering.length > 0 && (
        <details className="approval-list">
          <summary>The {covering.length === 1 ? "approval" : `${covering.length} approvals, newest first`}</summary>
          <ol data-testid="approval-list">
            {covering.map((row) => (
              <li key={row.id}>
                <strong>{formatIsoDate(row.approvalDate)}</strong>: {gloss(`${brandAndDrug(row)}. ${row.indication}`)}
                <SourceNote sourceIds={[row.sourceId]} cited={cited} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {otherHr.map((row) => (
        <p key={row.id} className="muted" data-testid="other-hr-approval">
          {gloss(
            `Not for this subtype: ${brandAndDrug(row)}, ${formatIsoDate(row.approvalDate)} (${row.populationNote ?? "limited to another hormone-receptor status"}).`,
          )}
        </p>
      ))}
      {covering.length > 0 && (
        <p>
          <a href={treatmentsHref(id, approvals)}>{treatmentsLinkText(id, approvals)}</a>
        </p>
      )}
      <p className="muted">{gloss(NOT_ADVICE)}</p>
    </section>
  );
}
