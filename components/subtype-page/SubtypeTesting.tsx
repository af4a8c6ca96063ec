import { glossFirstUses } from "@/components/glossary/GlossedText";
import type { Source, SubtypeDefinition } from "@/lib/datasets/schemas";
import type { GlossaryId } from "@/lib/glossary/phrases";
import { subtypeOutcomesHref } from "@/lib/outcomes-link";
import type { TestingRoute } from "@/lib/subtype-page/testing";
import { SUBTYPES } from "@/lib/subtypes";
import { SourceNote } from "./SourceNote";

type Definition = { text: string; sourceId: string };

/** The definitions below say what a positive status means: a negative subtype's page says it is the opposite first. */
const opposite = (status: "positive" | "negative" | null, positive: string) => (status === "negative" ? `, the opposite of ${positive}` : "");

const INTRO = "Tests on the tumour tissue decide the subtype: one set for hormone receptors (ER and PR), one for HER2.";

/** The texts the section shows (its example results aside), in order: a later section links the terms none of them used. */
export function testingTexts({
  hormoneReceptors,
  her2,
  subgroups,
}: {
  hormoneReceptors: Definition;
  her2: Definition;
  subgroups: readonly Definition[];
}): string[] {
  return [INTRO, hormoneReceptors.text, her2.text, ...subgroups.map((subgroup) => subgroup.text)];
}

/** The testing terms a subtype page can use; the page passes those no earlier section used. */
export const TESTING_TERMS: readonly GlossaryId[] = [
  "hormone-receptor",
  "her2",
  "ihc",
  "ish",
  "amplification",
  "ish-group",
  "asco-cap",
  "her2-low",
  "her2-ultralow",
  "her2-null",
  "drug-label",
];

/**
 * How testing finds the subtype: hormone receptors (ER, PR) and HER2, as data/subtypes.json defines
 * them, then the usual HER2 results that lead here, each opening /testing with that case entered.
 * `terms`: the glossary terms the page first uses here, linked in the order the section shows its texts.
 */
export function SubtypeTesting(props: {
  definition: SubtypeDefinition;
  hormoneReceptors: Definition;
  her2: Definition;
  subgroups: readonly Definition[];
  routes: readonly TestingRoute[];
  cited: readonly Source[];
  terms: readonly GlossaryId[];
}) {
  const { definition, hormoneReceptors, her2, subgroups, routes, cited, terms } = props;
  const gloss = glossFirstUses(terms);
  return (
    <section aria-labelledby="testing-heading">
      <h2 id="testing-heading">How testing finds it</h2>
      <p>{gloss(INTRO)}</p>
      <dl className="subtype-facts">
        <dt>Hormone receptors (ER and PR)</dt>
        <dd>
          <strong>{definition.hormoneReceptors}</strong> for this subtype{opposite(SUBTYPES[definition.id].hr, "HR+")}. {gloss(hormoneReceptors.text)}
        </dd>
        <dt>HER2</dt>
        <dd>
          <strong>{definition.her2Status}</strong> for this subtype{opposite(SUBTYPES[definition.id].her2, "HER2+")}. {gloss(her2.text)}
        </dd>
      </dl>
      <SourceNote sourceIds={[hormoneReceptors.sourceId, her2.sourceId]} cited={cited} />
      <h3>HER2 results that mean {definition.her2Status}</h3>
      <p>Each opens the testing page with that result entered, so you can follow its path (the ISH numbers are examples):</p>
      <ul className="testing-routes" data-testid="testing-routes">
        {routes.map((route) => (
          <li key={route.href}>
            <a href={route.href}>{route.caseText}</a> → <strong>{gloss(route.result)}</strong>
            <span className="muted route-steps">{route.steps}</span>
          </li>
        ))}
      </ul>
      {subgroups.length > 0 && (
        <>
          {subgroups.map((subgroup) => (
            <p key={subgroup.text} className="muted">
              {gloss(subgroup.text)}
            </p>
          ))}
          <SourceNote sourceIds={subgroups.map((subgroup) => subgroup.sourceId)} cited={cited} />
        </>
      )}
      <p>
        <a href="/testing">Follow any result through the ASCO/CAP testing flow →</a>
      </p>
      <p>
        <a href={subtypeOutcomesHref(definition.id)} data-testid="outcomes-link">
          Outcomes after surgery for this subtype, with the PREDICT model →
        </a>
      </p>
    </section>
  );
}
