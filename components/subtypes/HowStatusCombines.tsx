import { GlossedText } from "@/components/glossary/GlossedText";
import { Term } from "@/components/glossary/Term";
import type { Source } from "@/lib/datasets/schemas";
import { DefinitionSource } from "./DefinitionSource";

interface Definition {
  text: string;
  sourceId: string;
}

/** The three tests behind the four subtypes: ER and PR make up HR status, and HER2 is tested on its own. */
export function HowStatusCombines({
  hormoneReceptorPositive,
  her2Positive,
  sources,
}: {
  hormoneReceptorPositive: Definition;
  her2Positive: Definition;
  sources: readonly Source[];
}) {
  return (
    <section aria-labelledby="three-tests-heading">
      <h2 id="three-tests-heading">Three tests, two questions</h2>
      <p>
        A pathologist tests the tumour for three things: <Term id="er">estrogen receptors (ER)</Term>, <Term id="pr">progesterone receptors (PR)</Term> and the
        HER2 protein. The first two answer one question — is the cancer fed by hormones? — and the third answers another.
      </p>
      <dl className="definitions">
        <dt>Hormone receptors (HR)</dt>
        <dd>
          {hormoneReceptorPositive.text} If either test is positive, the cancer counts as HR-positive; only when both are negative is it HR-negative.
          <DefinitionSource sourceId={hormoneReceptorPositive.sourceId} sources={sources} />
        </dd>
        <dt>HER2</dt>
        <dd>
          <GlossedText text={her2Positive.text} terms={["ihc", "ish", "amplification", "ish-group", "asco-cap"]} />
          <DefinitionSource sourceId={her2Positive.sourceId} sources={sources} />
        </dd>
      </dl>
    </section>
  );
}
