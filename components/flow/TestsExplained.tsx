import { GlossedText, glossFirstUses } from "@/components/glossary/GlossedText";
import { WordingDisclosure } from "@/components/layout/WordingContext";
import { sourceFor } from "@/lib/datasets";
import type { IshGroup } from "@/lib/her2/ish";
import { ISH_GROUP_TEXT, SUBGROUP_NOTE, TEST_TEXT } from "@/lib/her2/text";

const GROUPS: readonly IshGroup[] = [1, 2, 3, 4, 5];
/** The guideline and its figures, its 2023 affirmation, and the two FDA approvals behind HER2-low and -ultralow: the page's sources. */
const TESTING_SOURCE_IDS = ["asco-cap-2018", "asco-cap-2018-pocket", "asco-cap-2023", "fda-2022-her2low", "fda-2025-her2ultralow"] as const;

export function testingSources() {
  return TESTING_SOURCE_IDS.map(sourceFor);
}

/** The two tests and the five ISH groups in plain words (reference §5), one click away; their sources are the page's. */
export function TestsExplained() {
  const gloss = glossFirstUses(["blinded-recount"]);
  return (
    <section aria-labelledby="tests-explained-heading" className="tests-explained">
      <WordingDisclosure as="h2" titleId="tests-explained-heading" title="The tests in plain words" hint="IHC, ISH and the five ISH groups" className="section">
        <p>{TEST_TEXT.ihc}</p>
        <p>
          <GlossedText text={TEST_TEXT.ish} terms={["amplification"]} />
        </p>
        <p>
          <GlossedText text={TEST_TEXT.ratioAndCopies} terms={["cep17"]} />
        </p>
        <h3>The five ISH groups</h3>
        <ul className="caveats">
          {GROUPS.map((group) => (
            <li key={group}>{gloss(ISH_GROUP_TEXT[group])}</li>
          ))}
        </ul>
        <p className="result-note">
          <GlossedText text={SUBGROUP_NOTE} terms={["her2-low", "her2-ultralow", "her2-null", "her2-negative", "drug-label"]} />
        </p>
      </WordingDisclosure>
    </section>
  );
}
