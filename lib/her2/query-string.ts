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
    if (isIhc(name) && hasTwoPluses(raw)) {
      return failValue(
        "ihc",
        raw.split("+").map(decodeQueryPart).join("+"),
        'The IHC score must be 0, 1+, 2+ or 3+, with at most one "+" (an unencoded "+" can also mean a space: send + as %2B and spaces as %20).',
        IHC_VALUES,
      );
    }
  }
  return parseHer2Query(new URLSearchParams(query), options);
}

/**
 * The same query for a reader that sees only decoded values (a page's searchParams, a chart image's
 * case): an `ihc` value that the rule above rejects has its unencoded "+" written as %2B, so it
 * decodes to "2++", which the value parser rejects too. Everything else is left as written.
 */
export function explicitIhcPluses(search: string): string {
  const [mark, query] = search.startsWith("?") ? ["?", search.slice(1)] : ["", search];
  const pairs = query.split("&").map((pair) => {
    const [name = "", raw = ""] = splitOnce(pair, "=");
    return isIhc(name) && hasTwoPluses(raw) ? `${name}=${raw.replaceAll("+", "%2B")}` : pair;
  });
  return `${mark}${pairs.join("&")}`;
}

/**
 * A raw query string as every reader of a view's options takes it (a chart image, an oEmbed url, a
 * deck's slide): decoded as URLSearchParams does, but with a HER2 case's doubled plus kept ("2++" is
 * not "2" and spaces), as /api/her2-status reads it.
 */
export function viewQueryParams(search: string): URLSearchParams {
  return new URLSearchParams(explicitIhcPluses(search));
}

function isIhc(rawName: string): boolean {
  return decodeQueryPart(rawName.replaceAll("+", " ")) === "ihc";
}

/** More than one "+" after the score, counting an unencoded "+" as one only where no %2B is written. */
function hasTwoPluses(raw: string): boolean {
  // A raw "+" becomes a marker that is neither a plus nor a space until we know where it stands.
  const text = raw.split("+").map(decodeQueryPart).join(AMBIGUOUS_PLUS);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: \u0001 is AMBIGUOUS_PLUS, a marker no typed text contains
  const suffix = /^[\s\u0001]*[0-3]([\s\S]*)$/.exec(text)?.[1] ?? "";
  const explicit = [...suffix].filter((char) => char === "+").length;
  const ambiguous = [...suffix].filter((char) => char === AMBIGUOUS_PLUS).length;
  // With a %2B the sender encodes its plus, so its unencoded "+" are spaces (Next.js also re-encodes
  // every query that way: " 2+ " arrives as "+2%2B+"). Without one, two unencoded "+" may be "2++".
  return explicit === 0 ? ambiguous > 1 : explicit > 1;
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
