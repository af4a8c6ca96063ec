import { GlossedText } from "@/components/glossary/GlossedText";
import { Term } from "@/components/glossary/Term";
import type { Source } from "@/lib/datasets/schemas";
import { DefinitionSource } from "./DefinitionSource";

interface Definition {
  text: string;
  sourceId: string;
}

/** HER2-low and HER2-ultralow: sub-groups of HER2-negative used by trials and drug labels, not test result categories. */
export function Her2LowDefinitions({
  her2Low,
  her2Ultralow,
  approval,
  premature,
  sources,
}: {
  her2Low: Definition;
  her2Ultralow: Definition;
  /** The approval that covers both in HR-positive disease, and when in treatment it applies. */
  approval: Definition;
  premature: Definition;
  sources: readonly Source[];
}) {
  return (
    <section aria-labelledby="her2-low-heading" id="her2-low">
      <h2 id="her2-low-heading">HER2-low and HER2-ultralow</h2>
      <p>
        Some HER2-negative cancers still carry a little HER2 protein. Newer drugs can work for some of them, so trials and{" "}
        <Term id="drug-label">drug labels</Term> split HER2-negative into smaller groups. These are not new subtypes: the four groups above do not change.
      </p>
      <dl className="definitions" data-testid="her2-low-definitions">
        <dt>HER2-low</dt>
        <dd>
          <GlossedText text={her2Low.text} terms={["her2-low"]} />
          <DefinitionSource sourceId={her2Low.sourceId} sources={sources} />
        </dd>
        <dt>HER2-ultralow</dt>
        <dd>
          <GlossedText text={her2Ultralow.text} terms={["her2-ultralow"]} />
          <DefinitionSource sourceId={her2Ultralow.sourceId} sources={sources} />
        </dd>
      </dl>
      <p data-testid="her2-low-approval">
        <GlossedText text={approval.text} terms={["t-dxd", "metastatic", "endocrine-therapy"]} />
      </p>
      <DefinitionSource sourceId={approval.sourceId} sources={sources} />
      <aside className="callout" data-testid="premature-note">
        <p>
          <strong>What the testing guideline says.</strong> {premature.text}
        </p>
        <DefinitionSource sourceId={premature.sourceId} sources={sources} />
      </aside>
      <p>
        <a href="/prevalence#her2-low">How common HER2-low is among HER2-negative cancers</a> · <a href="/testing">How a HER2 test result is read</a>
      </p>
    </section>
  );
}
