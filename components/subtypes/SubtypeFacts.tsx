import type { ReactNode } from "react";
import type { SubtypeDefinition } from "@/lib/datasets/schemas";

const INTRINSIC_NOTE = "— an intrinsic (gene-expression) subtype, not the same group";

/** Every text the facts show, in order: what a later part of a page checks before linking a term again. */
export function subtypeFactsTexts(definition: SubtypeDefinition): string[] {
  const approximations = definition.aliases.filter((a) => a.kind === "intrinsic-approximation");
  return [
    definition.rule,
    definition.hormoneReceptors,
    definition.her2Status,
    ...definition.aliases.map((a) => a.name),
    ...(approximations.length > 0 ? [INTRINSIC_NOTE] : []),
  ];
}

/**
 * A subtype's rule, receptors, HER2 status and other names (intrinsic ones marked as approximations), from data/subtypes.json.
 * `gloss` links the glossary terms the page first uses here (the rule, the intrinsic names and what they are).
 */
export function SubtypeFacts({ definition, gloss = (text) => text }: { definition: SubtypeDefinition; gloss?: (text: string) => ReactNode }) {
  const approximations = definition.aliases.filter((a) => a.kind === "intrinsic-approximation");
  const commonNames = definition.aliases.filter((a) => a.kind === "common-name");
  return (
    <dl className="subtype-facts">
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
            <span className="muted">{gloss(INTRINSIC_NOTE)}</span>
          </dd>
        </>
      )}
    </dl>
  );
}
