import { glossFirstUses } from "@/components/glossary/GlossedText";
import { DetailsSection } from "@/components/layout/DetailsSection";
import { brandAndDrug } from "@/lib/charts/therapies";
import type { TherapyRow } from "@/lib/datasets/schemas";
import { DRUG_CLASS_LABELS, DRUG_CLASSES } from "@/lib/datasets/therapy-dimensions";

/** The three drug classes in plain words (her2-therapies.md §2), each with the drugs the list holds. */
export function DrugClassesExplained({ rows }: { rows: readonly TherapyRow[] }) {
  const gloss = glossFirstUses(["t-dxd", "t-dm1"]);
  return (
    <DetailsSection
      headingId="drug-classes-heading"
      id="drug-classes"
      title="The three kinds of HER2-targeted drug"
      hint={DRUG_CLASSES.map((drugClass) => DRUG_CLASS_LABELS[drugClass].label.toLowerCase()).join(", ")}
    >
      <dl className="definitions drug-classes" data-testid="drug-classes">
        {DRUG_CLASSES.map((drugClass) => {
          const drugs = [...new Set(rows.filter((row) => row.class === drugClass).map(brandAndDrug))];
          return (
            <div key={drugClass}>
              <dt>{DRUG_CLASS_LABELS[drugClass].label}</dt>
              <dd>
                <p>{gloss(DRUG_CLASS_LABELS[drugClass].plain)}</p>
                <p className="muted">In this list: {gloss(drugs.join("; "))}.</p>
              </dd>
            </div>
          );
        })}
      </dl>
    </DetailsSection>
  );
}
