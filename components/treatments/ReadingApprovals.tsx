import { GlossedText, glossFirstUses } from "@/components/glossary/GlossedText";
import { Term } from "@/components/glossary/Term";
import { DetailsSection } from "@/components/layout/DetailsSection";
import { isAcceleratedApproval } from "@/lib/charts/therapies";
import type { TherapyRow } from "@/lib/datasets/schemas";
import { formatIsoDate } from "@/lib/format";

export interface ApprovalsAsOf {
  asOf: string;
  note: string;
  excluded: string;
}

/** What the approval list can and cannot tell a reader (her2-therapies.md §3; her2-data.md §6 caveat 3). */
export function ReadingApprovals({ rows, asOf }: { rows: readonly TherapyRow[]; asOf: ApprovalsAsOf }) {
  const accelerated = rows.filter(isAcceleratedApproval);
  const gloss = glossFirstUses(["pathologic-complete-response"]);
  return (
    <DetailsSection
      headingId="reading-approvals-heading"
      id="reading-approvals"
      title="Reading this list"
      hint="not advice; what an approval does and does not say"
    >
      <ul className="caveats" data-testid="approval-caveats">
        <li>
          <strong>Educational, not advice.</strong> Whether a drug suits someone depends on stage, <Term id="hormone-receptor">hormone-receptor</Term> status,
          earlier treatment and the full <Term id="drug-label">prescribing information</Term>. Talk to your care team about your own situation.
        </li>
        <li>
          <strong>An approval is not availability.</strong> An approval date says when the FDA approved a use. It does not say that the drug is still sold or
          used that way today.
        </li>
        <li>
          <strong>
            Each <Term id="indication">indication</Term> is a summary.
          </strong>{" "}
          Drug labels also carry warnings and limits of use that are not repeated here: see the full prescribing information.
        </li>
        {accelerated.length > 0 && (
          <li>
            <strong>
              <Term id="accelerated-approval">Accelerated approvals</Term>
            </strong>{" "}
            are marked with a dashed ring:
            <ul>
              {accelerated.map((row) => (
                <li key={row.id}>
                  {row.brand}, {formatIsoDate(row.approvalDate)}: {row.note && gloss(row.note)}
                </li>
              ))}
            </ul>
          </li>
        )}
        <li>
          <strong>
            Early and <Term id="metastatic">metastatic</Term>.
          </strong>{" "}
          The approvals speak of <Term id="early-breast-cancer">early (operable)</Term> and metastatic (unresectable or metastatic) breast cancer. The survival
          figures use registry stages instead, explained below.
        </li>
        <li>
          <strong>Survival figures lag behind treatment.</strong> <Term id="her2-positive">HER2-positive</Term> outcomes today are likely better than the
          figures show, because the people behind them were diagnosed before many of these approvals.
        </li>
        <li>
          <strong>As of {formatIsoDate(asOf.asOf)}.</strong> {asOf.note}
        </li>
        <li>
          <strong>Left out.</strong> <GlossedText text={asOf.excluded} terms={["adjuvant", "biosimilar"]} />
        </li>
      </ul>
    </DetailsSection>
  );
}
