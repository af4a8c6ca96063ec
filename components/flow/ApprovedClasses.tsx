import { useId } from "react";
import type { TherapyRow } from "@/lib/datasets/schemas";
import { approvalsByClassFor, type ClassApprovals } from "@/lib/datasets/therapies";
import { DRUG_CLASS_LABELS, HER2_POPULATION_LABELS } from "@/lib/datasets/therapy-dimensions";
import { formatIsoDate } from "@/lib/format";
import { COVERAGE_TEXT } from "@/lib/her2/category-text";
import type { Her2Category } from "@/lib/her2/outcomes";

/**
 * Which drug classes have US approvals covering this HER2 category, read from the therapies dataset.
 * Rendered on the server for the page's card, so the dataset and its labels stay off the page's JavaScript.
 */
export function ApprovedClasses({ category, therapies }: { category: Her2Category; therapies: readonly TherapyRow[] }) {
  // The card renders twice while presenter mode is open, so the heading's id must be unique per instance.
  const headingId = useId();
  if (therapies.length === 0) return null;
  const classes = approvalsByClassFor(category, therapies);
  // An IHC 0 without the ultralow/null split: the answer depends on the half the report left out.
  const ifUltralow = category === "her2-zero-unspecified" ? approvalsByClassFor("her2-ultralow", therapies) : [];
  return (
    <section className="approved-classes" aria-labelledby={headingId} data-testid="approved-classes">
      <h3 id={headingId}>HER2-targeted drug classes with a US approval for this result</h3>
      {ifUltralow.length > 0 ? (
        <>
          <p>{COVERAGE_TEXT.ihcZeroUnsplit}</p>
          <p>{COVERAGE_TEXT.ifUltralow}</p>
          <ClassList classes={ifUltralow} />
          <p>{COVERAGE_TEXT.ifNull}</p>
        </>
      ) : classes.length === 0 ? (
        <p>{COVERAGE_TEXT.none}</p>
      ) : (
        <ClassList classes={classes} />
      )}
      <p className="result-caution">
        Whether any of these is suitable depends on stage, hormone-receptor status, earlier treatment and the full prescribing information. This is not advice.
        Source: US FDA approvals in breast cancer (<a href="/api/therapies">data</a>).
      </p>
    </section>
  );
}

function ClassList({ classes }: { classes: readonly ClassApprovals[] }) {
  return (
    <ul>
      {classes.map(({ drugClass, approvals }) => (
        <li key={drugClass}>
          <strong>{DRUG_CLASS_LABELS[drugClass].label}</strong>: {[...new Set(approvals.map((a) => a.brand))].join(", ")}
          <details>
            <summary>What they are and which approvals</summary>
            <p>{DRUG_CLASS_LABELS[drugClass].plain}</p>
            <ul>
              {approvals.map((a) => (
                <li key={a.id}>
                  {a.brand} ({formatIsoDate(a.approvalDate)}): {a.populations.map((p) => HER2_POPULATION_LABELS[p]).join(", ")}
                  {a.populationNote ? ` — ${a.populationNote}` : ""}.
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
