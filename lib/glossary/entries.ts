/**
 * The glossary: every technical term a reader meets on the site, with a plain and a precise
 * definition and the pages that use it. Server-side (it reads the datasets); pages link terms through
 * lib/glossary/terms, the half that ships to the browser.
 */

import { OUTCOME_DETAILS } from "./details-outcomes";
import { TESTING_DETAILS } from "./details-testing";
import { TREATMENT_DETAILS } from "./details-treatments";
import { GLOSSARY_PHRASES, type GlossaryId } from "./phrases";
import { TERMS_BY_TOPIC } from "./terms";
import { GLOSSARY_TOPICS, type GlossaryDetails, type GlossaryTerm, type GlossaryTopic } from "./types";

export type GlossaryEntry = GlossaryTerm & GlossaryDetails & { topic: GlossaryTopic; match: readonly string[] };

// Typed by id: a term without its details (or details without a term) does not compile.
const DETAILS: Record<GlossaryId, GlossaryDetails> = { ...TESTING_DETAILS, ...OUTCOME_DETAILS, ...TREATMENT_DETAILS };

const TOPICS = Object.keys(GLOSSARY_TOPICS) as GlossaryTopic[];

const entriesOf = (topic: GlossaryTopic): GlossaryEntry[] =>
  TERMS_BY_TOPIC[topic].map((term) => ({ ...term, ...DETAILS[term.id], topic, match: GLOSSARY_PHRASES[term.id] }));

/** Every entry, in the glossary's order (by topic). */
export const GLOSSARY: readonly GlossaryEntry[] = TOPICS.flatMap(entriesOf);

/** The entries under each topic heading, in the topics' order and the terms' order within each. */
export function glossaryByTopic(): { topic: GlossaryTopic; title: string; entries: GlossaryEntry[] }[] {
  return TOPICS.map((topic) => ({ topic, title: GLOSSARY_TOPICS[topic], entries: GLOSSARY.filter((entry) => entry.topic === topic) }));
}
