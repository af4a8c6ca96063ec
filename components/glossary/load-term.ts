import type { GlossaryId } from "@/lib/glossary/phrases";
import type { GlossaryTerm } from "@/lib/glossary/types";

let definitions: Promise<typeof import("@/lib/glossary/terms")> | null = null;

/**
 * A term's plain definition, fetched with all the others the first time any is wanted: the pages
 * ship only the links, and a reader who opens no term downloads no definitions. Asked for as a
 * reader points at or focuses a term, it has usually arrived by the time they open it.
 */
export function loadTerm(id: GlossaryId): Promise<GlossaryTerm> {
  // A failed download is not kept: the next reader action tries again.
  definitions ??= import("@/lib/glossary/terms").catch((error: unknown) => {
    definitions = null;
    throw error;
  });
  return definitions.then((module) => module.glossaryTerm(id));
}
