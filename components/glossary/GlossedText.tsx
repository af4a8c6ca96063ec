import { Fragment, type ReactNode } from "react";
import { segmentByTerms } from "@/lib/glossary/match";
import { GLOSSARY_PHRASES, type GlossaryId } from "@/lib/glossary/phrases";
import { Term } from "./Term";

/** A term to link: by its own phrases, or by the words a sentence uses for it ("staging systems" for stage). */
export type GlossedTerm = GlossaryId | { id: GlossaryId; phrase: string };

const idOf = (term: GlossedTerm): GlossaryId => (typeof term === "string" ? term : term.id);
const matcherFor = (term: GlossedTerm) => (typeof term === "string" ? { id: term, match: GLOSSARY_PHRASES[term] } : { id: term.id, match: [term.phrase] });

/**
 * A sentence written elsewhere (lib, data/) with the first use of each named term linked to the
 * glossary, its words unchanged: for text a page shows whole, where wrapping words by hand cannot reach.
 */
export function GlossedText({ text, terms }: { text: string; terms: readonly GlossedTerm[] }) {
  return (
    <>
      {/* The pieces of one sentence, in reading order: a piece's position is its identity. */}
      {segmentByTerms(text, terms.map(matcherFor)).map((segment, i) =>
        typeof segment === "string" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fragment key={i}>{segment}</Fragment>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Term key={i} id={segment.id}>
            {segment.text}
          </Term>
        ),
      )}
    </>
  );
}

/**
 * For a component that shows several texts in turn (one card per subtype): links each term at its
 * first use across the texts, in the order they are given, and leaves later uses plain.
 */
export function glossFirstUses(terms: readonly GlossedTerm[]): (text: string) => ReactNode {
  let remaining = [...terms];
  return (text) => {
    const ids = segmentByTerms(text, remaining.map(matcherFor)).flatMap((segment) => (typeof segment === "string" ? [] : [segment.id]));
    if (ids.length === 0) return text;
    const linking = remaining.filter((term) => ids.includes(idOf(term)));
    remaining = remaining.filter((term) => !ids.includes(idOf(term)));
    return <GlossedText text={text} terms={linking} />;
  };
}

/**
 * A term's words in a part more than one page shows: linked, unless the page has linked the term
 * before this part (`linkedAbove`), so each page still links a term once, at its first use.
 */
export function TermOnce({ id, linkedAbove = [], children }: { id: GlossaryId; linkedAbove?: readonly GlossaryId[]; children: ReactNode }) {
  return linkedAbove.includes(id) ? children : <Term id={id}>{children}</Term>;
}
