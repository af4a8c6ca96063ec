/** Reading a HER2 result from a raw query string, where an unencoded "+" may be a plus or a space. */
import { failValue, type Her2ParseResult, IHC_VALUES, type ParseOptions, parseHer2Query } from "./input";

/**
 * From a raw query string, as an HTTP request carries it. Decoding turns an unencoded "+" into a
 * space, so a raw "ihc=2++" would read as "2" and two spaces; §3.4 rule 1 and reference case 47 list
 * "2++" as invalid. So after the score the raw IHC value may carry one "+" written as %2B (any
 * unencoded "+" beside it are spaces), or else at most one unencoded "+" (a plus or a space: two
 * could be "2++"). Spaces sent as %20 are ordinary whitespace, so " 3+ " reads as 3+ whether sent
 * as %203%2B%20 or, as a form encodes it, +3%2B+.
 */
export function parseHer2QueryString(search: string, options: ParseOptions = {}): Her2ParseResult {
  const query = search.startsWith("?") ? search.slice(1) : search;
  for (const pair of query.split("&")) {
    const [name = "", raw = ""] = splitOnce(pair, "=");
    if (decodeQueryPart(name.replaceAll("+", " ")) !== "ihc") continue;
    // A raw "+" becomes a marker that is neither a plus nor a space until we know where it stands.
    const text = raw.split("+").map(decodeQueryPart).join(AMBIGUOUS_PLUS);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: \u0001 is AMBIGUOUS_PLUS, a marker no typed text contains
    const suffix = /^[\s\u0001]*[0-3]([\s\S]*)$/.exec(text)?.[1] ?? "";
    const explicit = [...suffix].filter((char) => char === "+").length;
    const ambiguous = [...suffix].filter((char) => char === AMBIGUOUS_PLUS).length;
    // With a %2B the sender encodes its plus, so its unencoded "+" are spaces (Next.js also re-encodes
    // every query that way: " 2+ " arrives as "+2%2B+"). Without one, two unencoded "+" may be "2++".
    if (explicit === 0 ? ambiguous > 1 : explicit > 1) {
      return failValue(
        "ihc",
        text.replaceAll(AMBIGUOUS_PLUS, "+"),
        'The IHC score must be 0, 1+, 2+ or 3+, with at most one "+" (an unencoded "+" can also mean a space: send + as %2B and spaces as %20).',
        IHC_VALUES,
      );
    }
  }
  return parseHer2Query(new URLSearchParams(query), options);
}

const AMBIGUOUS_PLUS = "\u0001";

function splitOnce(text: string, separator: string): [string, string] {
  const index = text.indexOf(separator);
  return index === -1 ? [text, ""] : [text.slice(0, index), text.slice(index + separator.length)];
}

/** Percent-decoding as URLSearchParams does it: a malformed escape stays as written. */
function decodeQueryPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
