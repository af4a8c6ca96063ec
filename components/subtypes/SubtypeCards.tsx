import { LegendSwatch } from "@/components/charts/LegendSwatch";
import { glossFirstUses } from "@/components/glossary/GlossedText";
import type { Source, SubtypeDefinition } from "@/lib/datasets/schemas";
import { type GlossaryId, termsNotUsedIn } from "@/lib/glossary/phrases";
import { SUBTYPES } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";
import { DefinitionSource } from "./DefinitionSource";
import { SubtypeFacts, subtypeFactsTexts } from "./SubtypeFacts";
import { SubtypeLink } from "./SubtypeLink";

/** Earlier sections of /subtypes already link HR, HER2-positive, ER and PR; these are first used in the cards. */
const CARD_TERMS: readonly GlossaryId[] = ["her2-negative", "triple-negative", "intrinsic-subtype"];

/** One card per subtype: its rule, a plain description, other names (intrinsic ones marked as approximations); sources once below. */
export function SubtypeCards({ definitions, sources }: { definitions: readonly SubtypeDefinition[]; sources: readonly Source[] }) {
  const sourceIds = [...new Set(definitions.flatMap((d) => [d.sourceId, ...d.aliases.map((a) => a.sourceId)]))];
  return (
    <>
      <ul className="subtype-cards">
        {definitions.map((definition, index) => {
          const subtype = SUBTYPES[definition.id];
          // Each card links the terms no card before it used: its description, then its facts.
          const earlier = definitions.slice(0, index).flatMap((d) => [d.description, ...subtypeFactsTexts(d)]);
          const gloss = glossFirstUses(termsNotUsedIn(CARD_TERMS, earlier));
          return (
            <li key={definition.id} id={definition.id} data-testid="subtype-card" style={{ borderTopColor: subtypeColorVar(definition.id) }}>
              <h3>
                <LegendSwatch marker={subtype.marker} color={subtypeColorVar(definition.id)} />
                <SubtypeLink id={definition.id} />
              </h3>
              <p className="muted">{subtype.plainName}</p>
              <p>{gloss(definition.description)}</p>
              <SubtypeFacts definition={definition} gloss={gloss} />
            </li>
          );
        })}
      </ul>
      {sourceIds.map((id) => (
        <DefinitionSource key={id} sourceId={id} sources={sources} />
      ))}
    </>
  );
}
