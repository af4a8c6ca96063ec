/** A glossary entry's address, apart from the phrase lists so a term's link ships without them. */
import type { GlossaryId } from "./phrases";

/** Where a term's entry is: the link every first use carries. */
export function glossaryHref(id: GlossaryId): string {
  return `/glossary#${id}`;
}
