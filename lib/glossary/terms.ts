/**
 * Every glossary term with its plain definition, in the glossary's order (by topic, as the page lists
 * them). The browser loads this module only when a reader opens a term (components/glossary/Term); the
 * precise definitions are in lib/glossary/entries.
 */
import { GLOSSARY_IDS, type GlossaryId } from "./phrases";
import { DATA_TERMS, STAGE_TERMS, SURVIVAL_TERMS } from "./terms-outcomes";
import { RESULT_TERMS, SUBTYPE_TERMS, TESTING_TERMS } from "./terms-testing";
import { TREATMENT_TERMS } from "./terms-treatments";
import type { GlossaryTerm, GlossaryTopic } from "./types";

/** The terms under each topic heading, in the topics' order (GLOSSARY_TOPICS): a term's group is its topic. */
export const TERMS_BY_TOPIC = {
  testing: TESTING_TERMS,
  results: RESULT_TERMS,
  subtypes: SUBTYPE_TERMS,
  survival: SURVIVAL_TERMS,
  stage: STAGE_TERMS,
  treatments: TREATMENT_TERMS,
  data: DATA_TERMS,
} as const satisfies Record<GlossaryTopic, readonly GlossaryTerm[]>;

export const GLOSSARY_TERMS: readonly GlossaryTerm[] = Object.values(TERMS_BY_TOPIC).flat();

const BY_ID = new Map(GLOSSARY_TERMS.map((term) => [term.id, term]));
// Every id with phrases has its term, and no term lacks phrases: checked once, when the module loads.
const missing = GLOSSARY_IDS.filter((id) => !BY_ID.has(id));
if (missing.length > 0 || BY_ID.size !== GLOSSARY_IDS.length) throw new Error(`Glossary terms and phrases differ: ${missing.join(", ")}`);

export function glossaryTerm(id: GlossaryId): GlossaryTerm {
  // Ids are typed and the sets checked above, so a miss is a programming error, not bad input.
  const term = BY_ID.get(id);
  if (!term) throw new Error(`No glossary term "${id}"`);
  return term;
}
