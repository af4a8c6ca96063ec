import type { ReactNode } from "react";
import { glossaryHref } from "@/lib/glossary/href";
import type { GlossaryId } from "@/lib/glossary/phrases";

/**
 * A term as an embed links it: to its glossary entry, in a new tab (the framing page stays), drawn
 * on the server. The site's own `Term` opens the definition in place, which an embed does not need
 * and whose script every embed would otherwise carry.
 */
export function GlossaryLink({ id, children }: { id: GlossaryId; children: ReactNode }) {
  return (
    <a className="term-link" href={glossaryHref(id)} target="_blank" rel="noopener">
      {children}
    </a>
  );
}
