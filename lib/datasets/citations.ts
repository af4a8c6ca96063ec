/** Resolved citations for the figures a chart shows: plain data, safe to pass to client components. */
import type { PeriodKind, Source } from "./schemas";

export interface Citation {
  sourceId: string;
  citation: string;
  url?: string;
  period: string;
  periodKind?: PeriodKind;
  registry: string;
  definition: string;
}

interface Cited {
  sourceId: string;
  period: string;
  periodKind?: PeriodKind;
  registry: string;
  definition: string;
}

/** One citation per distinct source, period and definition, in first-shown order. */
export function citationsFor(rows: readonly Cited[], sources: readonly Source[]): Citation[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const seen = new Map<string, Citation>();
  for (const row of rows) {
    const key = `${row.sourceId}|${row.period}|${row.definition}`;
    const source = byId.get(row.sourceId);
    if (seen.has(key) || !source) continue;
    seen.set(key, {
      sourceId: row.sourceId,
      citation: source.citation,
      url: source.url,
      period: row.period,
      periodKind: row.periodKind,
      registry: row.registry,
      definition: row.definition,
    });
  }
  return [...seen.values()];
}

const PERIOD_PHRASES: Record<PeriodKind, string> = { diagnosis: "Diagnosed", estimate: "Estimate for", published: "Published" };

/** "Diagnosed 2010–2013", "Estimate for 2022" or "Published 2022": what a figure's period means, in words. */
export function periodPhrase(period: string, kind: PeriodKind = "diagnosis"): string {
  return `${PERIOD_PHRASES[kind]} ${period.replace("-", "–")}`;
}

/** All citations for a set of rows as one line of text, for images and slides that cannot link. */
export function citationSentence(rows: readonly Cited[], sources: readonly Source[]): string {
  return citationsFor(rows, sources)
    .map((c) => `${c.citation} ${periodPhrase(c.period, c.periodKind)}; ${c.registry}.`)
    .join(" ");
}

/**
 * The same citations by short name ("Howlader et al., 2018"), each with its period and registry: for
 * an image whose full citations would crowd out its chart, and that names the page listing them.
 */
export function shortCitationSentence(rows: readonly Cited[], sources: readonly Source[]): string {
  return citationsFor(rows, sources)
    .map((c) => `${shortCitation(c.citation)}, ${periodPhrase(c.period, c.periodKind).toLowerCase()}; ${c.registry}.`)
    .join(" ");
}

/** Sources cited as a whole (a guideline, not a figure with a period): their citations as one line. */
export function sourcesSentence(ids: readonly string[], sources: readonly Source[]): string {
  return ids
    .map((id) => {
      const source = sources.find((s) => s.id === id);
      if (!source) throw new Error(`Unknown source id "${id}"`);
      return source.citation;
    })
    .join(" ");
}

/** A name of the form "Howlader N" or "Keegan TH": surname, then initials. */
const AUTHOR = /^\p{Lu}[\p{L}'’-]+ \p{Lu}{1,4}$/u;
/** Two authors cited by surname: "Wynn & Tang". */
const AUTHOR_PAIR = /^\p{Lu}[\p{L}'’-]+ & \p{Lu}[\p{L}'’-]+$/u;
/** Beyond this a source's opening words stop being a name and start being a sentence. */
const SHORT_MAX = 40;

/**
 * "Howlader et al., 2018", "Du and Li, 2023", "National Cancer Institute, SEER Program, 2024": how a
 * one-line source under a chart names a source before linking to its full citation in the page's
 * sources. Read from the citation itself, so it cannot disagree with it.
 */
export function shortCitation(citation: string): string {
  const year = citation.match(/\b(19|20)\d\d\b/)?.[0];
  // The citation's opening: its author list or issuing body, up to the first full stop, colon or quotation.
  const head = (citation.split(/\.\s|:\s|\s“/)[0] ?? citation).replace(/\s*\([^)]*\)/g, "").replace(/[,;\s]+$/, "");
  const name = sourceName(head);
  return year && !name.includes(year) ? `${name}, ${year}` : name;
}

/** Authors as "First et al." (or both surnames of two); an issuing body as named, cut to its first phrase when long. */
function sourceName(head: string): string {
  const parts = head.split(/,\s*/);
  const pair = parts[0]?.match(AUTHOR_PAIR)?.[0];
  if (pair) return pair;
  const authors = parts.filter((part) => AUTHOR.test(part));
  const isAuthorList = authors.length > 0 && parts.every((part) => AUTHOR.test(part) || /^et al\.?$/.test(part));
  if (!isAuthorList) return head.length <= SHORT_MAX ? head : (parts[0] ?? head);
  const surname = (author: string) => author.split(" ")[0] ?? author;
  const [first, second] = authors as [string, ...string[]];
  if (parts.length === 1) return surname(first);
  if (second && authors.length === 2 && parts.length === 2) return `${surname(first)} and ${surname(second)}`;
  return `${surname(first)} et al.`;
}

/** One source as the page's citation block lists it: the full citation once, then each period and definition it gives figures for. */
export interface PageSource {
  sourceId: string;
  citation: string;
  url?: string;
  uses: { period: string; periodKind?: PeriodKind; registry: string; definition: string }[];
}

/** Citations grouped by source, in first-cited order: the page's one citation block. */
export function pageSources(citations: readonly Citation[]): PageSource[] {
  const bySource = new Map<string, PageSource>();
  for (const c of citations) {
    const entry = bySource.get(c.sourceId) ?? { sourceId: c.sourceId, citation: c.citation, url: c.url, uses: [] };
    entry.uses.push({ period: c.period, periodKind: c.periodKind, registry: c.registry, definition: c.definition });
    bySource.set(c.sourceId, entry);
  }
  return [...bySource.values()];
}

/** The in-page address of a source's entry in the page's citation block. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}
