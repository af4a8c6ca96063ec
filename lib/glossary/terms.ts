/**
 * Every glossary term with its plain definition and the words that use it: what an inline term link
 * needs, and all that ships to the browser. The precise definitions are in lib/glossary/entries.
 */
import { DATA_TERMS, STAGE_TERMS, SURVIVAL_TERMS } from "./terms-outcomes";
import { RESULT_TERMS, SUBTYPE_TERMS, TESTING_TERMS } from "./terms-testing";
import { TREATMENT_TERMS } from "./terms-treatments";
import type { GlossaryTerm } from "./types";

/** In the glossary's order: by topic, as the page lists them. */
const TERMS = [...TESTING_TERMS, ...RESULT_TERMS, ...SUBTYPE_TERMS, ...SURVIVAL_TERMS, ...STAGE_TERMS, ...TREATMENT_TERMS, ...DATA_TERMS];

export type GlossaryId = (typeof TERMS)[number]["id"];

export const GLOSSARY_TERMS: readonly (GlossaryTerm & { id: GlossaryId })[] = TERMS;

const BY_ID = new Map<string, GlossaryTerm & { id: GlossaryId }>(TERMS.map((term) => [term.id, term]));

export function glossaryTerm(id: GlossaryId): GlossaryTerm & { id: GlossaryId } {
  // Ids are typed, so a miss is a programming error, not bad input.
  const term = BY_ID.get(id);
  if (!term) throw new Error(`No glossary term "${id}"`);
  return term;
}

export function isGlossaryId(id: string): id is GlossaryId {
  return BY_ID.has(id);
}

/** Where a term's entry is: the link every first use carries. */
export function glossaryHref(id: GlossaryId): string {
  return `/glossary#${id}`;
}
