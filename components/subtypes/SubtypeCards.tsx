import { LegendSwatch } from "@/components/charts/LegendSwatch";
import type { Source, SubtypeDefinition } from "@/lib/datasets/schemas";
import { SUBTYPES } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";
import { DefinitionSource } from "./DefinitionSource";
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
          const approximations = definition.aliases.filter((a) => a.kind === "intrinsic-approximation");
          const commonNames = definition.aliases.filter((a) => a.kind === "common-name");
          return (
            <li key={definition.id} id={definition.id} data-testid="subtype-card" style={{ borderTopColor: subtypeColorVar(definition.id) }}>
              <h3>
                <LegendSwatch marker={subtype.marker} color={subtypeColorVar(definition.id)} />
                {subtype.label}
              </h3>
              <p className="muted">{subtype.plainName}</p>
              <p>{gloss(definition.description)}</p>
              <dl>
                <dt>Rule</dt>
                <dd>{gloss(definition.rule)}</dd>
                <dt>Hormone receptors</dt>
                <dd>{definition.hormoneReceptors}</dd>
                <dt>HER2</dt>
                <dd>{definition.her2Status}</dd>
                {commonNames.length > 0 && (
                  <>
                    <dt>Also called</dt>
                    <dd>{commonNames.map((a) => a.name).join(", ")}</dd>
                  </>
                )}
                {approximations.length > 0 && (
                  <>
                    <dt>Roughly matches (approximation only)</dt>
                    <dd data-testid="intrinsic-alias">
                      {approximations.map((a) => (
                        <span key={a.name} className="alias-approx">
                          ≈ {gloss(a.name)}
                        </span>
                      ))}{" "}
                      <span className="muted">— an intrinsic (gene-expression) subtype, not the same group</span>
                    </dd>
                  </>
                )}
              </dl>
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
