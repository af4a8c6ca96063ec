/**
 * Finding a glossary term's words in running text: the one rule the inline links (GlossedText) and
 * the gate that checks every page's first use of a term (tests/e2e/glossary.spec.ts) share.
 */

/** A letter or digit: a phrase never starts or ends inside a word. */
const WORD = String.raw`[\p{L}\p{N}]`;
/** A hyphen joining two words: "HER2-low" is not a use of "HER2", nor "HER2-ultralow" of "ultralow". */
const HYPHEN = "[-\u2010\u2011]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * A phrase as a whole word or words, spelled as given; one starting in lower case also matches
 * capitalised, as at the start of a sentence ("relative survival" finds "Relative survival").
 */
export function phrasePattern(phrase: string): RegExp {
  const first = phrase.charAt(0);
  const head = first !== first.toUpperCase() ? `[${escapeRegExp(first)}${escapeRegExp(first.toUpperCase())}]` : escapeRegExp(first);
  const body = `${head}${escapeRegExp(phrase.slice(1))}`;
  return new RegExp(`(?<!${WORD}|${WORD}${HYPHEN})${body}(?!${WORD}|${HYPHEN}${WORD})`, "gu");
}

export interface PhraseMatch {
  index: number;
  length: number;
}

/** Every place any of the phrases occurs, in order (the longest first where two start together). */
export function allMatches(text: string, phrases: readonly string[]): PhraseMatch[] {
  return phrases
    .flatMap((phrase) => [...text.matchAll(phrasePattern(phrase))].map((match) => ({ index: match.index, length: match[0].length })))
    .sort((a, b) => a.index - b.index || b.length - a.length);
}

/** The earliest place any of the phrases occurs in the text. */
export function firstMatch(text: string, phrases: readonly string[]): PhraseMatch | null {
  return allMatches(text, phrases)[0] ?? null;
}

/** A run of text, or the words of one term. */
export type Segment<Id extends string> = string | { id: Id; text: string };

/**
 * The text cut at the first use of each term that no earlier term (in the order given) has taken:
 * words inside another term's link are that term's, so the next use links instead. Joining the
 * segments' text gives back the text unchanged.
 */
export function segmentByTerms<Id extends string>(text: string, terms: readonly { id: Id; match: readonly string[] }[]): Segment<Id>[] {
  const spans: { id: Id; index: number; end: number }[] = [];
  for (const term of terms) {
    const free = allMatches(text, term.match).find((found) => !spans.some((taken) => found.index < taken.end && taken.index < found.index + found.length));
    if (free) spans.push({ id: term.id, index: free.index, end: free.index + free.length });
  }
  spans.sort((a, b) => a.index - b.index);
  const segments: Segment<Id>[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.index > at) segments.push(text.slice(at, span.index));
    segments.push({ id: span.id, text: text.slice(span.index, span.end) });
    at = span.end;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}
