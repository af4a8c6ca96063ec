import { LegendSwatch } from "@/components/charts/LegendSwatch";
import type { Source, SubtypeDefinition } from "@/lib/datasets/schemas";
import { SUBTYPES } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";
import { DefinitionSource } from "./DefinitionSource";
import { SubtypeFacts } from "./SubtypeFacts";
import { SubtypeLink } from "./SubtypeLink";
import { glossFirstUses } from "@/components/glossary/GlossedText";

/** One card per subtype: its rule, a plain description, other names (intrinsic ones marked as approximations); sources once below. */
export function SubtypeCards({ definitions, sources }: { definitions: readonly SubtypeDefinition[]; sources: readonly Source[] }) {
  const sourceIds = [...new Set(definitions.flatMap((d) => [d.sourceId, ...d.aliases.map((a) => a.sourceId)]))];
  // Earlier sections of /subtypes already link HR, HER2-positive, ER and PR; these are first used in the cards.
  const gloss = glossFirstUses(["her2-negative", "triple-negative", "intrinsic-subtype"]);
  return (
    <>
      <ul className="subtype-cards">
        {definitions.map((definition) => {
          const subtype = SUBTYPES[definition.id];
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
