import type { PagePath } from "../pages";
import { isHer2Positive, SUBTYPE_IDS, subtypePath } from "../subtypes";
import type { GlossaryId } from "./phrases";

/**
 * A term and its plain definition: what an open inline definition shows. Kept apart from the precise
 * definitions (lib/glossary/entries), which read the datasets; the browser loads this half only when a
 * reader opens a term. The words that count as a use are in lib/glossary/phrases.
 */
export interface GlossaryTerm {
  id: GlossaryId;
  /** The term as the glossary heads it. */
  term: string;
  /** The short plain-language definition, shown inline where the term is first used. */
  plain: string;
}

export const GLOSSARY_TOPICS = {
  testing: "HER2 testing",
  results: "HER2 results",
  subtypes: "Subtypes",
  survival: "Survival and statistics",
  stage: "Stage",
  treatments: "Treatments and approvals",
  data: "Registries and rates",
} as const;
export type GlossaryTopic = keyof typeof GLOSSARY_TOPICS;

/** A page an entry can be used on: the site's pages, less the slides and the glossary itself. */
export type GlossaryPage = Exclude<PagePath, "/present" | "/glossary">;

/** The four subtype pages, for an entry every one of them uses. */
export const SUBTYPE_PAGES: readonly GlossaryPage[] = SUBTYPE_IDS.map(subtypePath);
/** The HER2-positive subtypes' pages: only they say HER2-positive treatment has improved since (survivalCaveat). */
export const HER2_POSITIVE_SUBTYPE_PAGES: readonly GlossaryPage[] = SUBTYPE_IDS.filter(isHer2Positive).map(subtypePath);

/** A precise definition: text (and, where the rule has parts, a list), with the data/sources.json ids it rests on. */
export interface Precise {
  text: string;
  items?: readonly string[];
  sources: readonly string[];
}

/** The rest of an entry: what else it is called, its precise definition and where it is used (its topic is its term's group, lib/glossary/terms). */
export interface GlossaryDetails {
  /** Other names and abbreviations a reader meets for the same thing. */
  aliases: readonly string[];
  precise: Precise;
  /** The pages that use the term (the gate checks each contains it, and that no other page does). */
  usedOn: readonly GlossaryPage[];
}
