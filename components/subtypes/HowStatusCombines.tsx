import type { Source } from "@/lib/datasets/schemas";
import { DefinitionSource } from "./DefinitionSource";

interface Definition {
  text: string;
  sourceId: string;
}

/** The three tests behind the four subtypes: ER and PR make up HR status, and HER2 is tested on its own. */
export function HowStatusCombines({ hormoneReceptorPositive, her2Positive, sources }: { hormoneReceptorPositive: Definition; her2Positive: Definition; sources: readonly Source[] }) {
  return (
    <section aria-labelledby="three-tests-heading">
      <h2 id="three-tests-heading">Three tests, two questions</h2>
      <p>
        A pathologist tests the tumour for three things: estrogen receptors (ER), progesterone receptors (PR) and the HER2 protein. The
        first two answer one question — is the cancer fed by hormones? — and the third answers another.
      </p>
      <dl className="definitions">
        <dt>Hormone receptors (HR)</dt>
        <dd>
          {hormoneReceptorPositive.text} If either test is positive, the cancer counts as HR-positive; only when both are negative is it
          HR-negative.
          <DefinitionSource sourceId={hormoneReceptorPositive.sourceId} sources={sources} />
        </dd>
        <dt>HER2</dt>
        <dd>
          {her2Positive.text}
          <DefinitionSource sourceId={her2Positive.sourceId} sources={sources} />
        </dd>
      </dl>
    </section>
  );
}
