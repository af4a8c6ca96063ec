/** Resolved citations for the figures a chart shows: plain data, safe to pass to client components. */
import type { Source } from "./schemas";

export interface Citation {
  sourceId: string;
  citation: string;
  url?: string;
  period: string;
  periodKind?: "diagnosis" | "estimate";
  registry: string;
  definition: string;
}

interface Cited {
  sourceId: string;
  period: string;
  periodKind?: "diagnosis" | "estimate";
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
    seen.set(key, { sourceId: row.sourceId, citation: source.citation, url: source.url, period: row.period, periodKind: row.periodKind, registry: row.registry, definition: row.definition });
  }
  return [...seen.values()];
}

/** "Diagnosed 2010–2013" or "Estimate for 2022": what a figure's period means, in words. */
export function periodPhrase(period: string, kind: "diagnosis" | "estimate" = "diagnosis"): string {
  const years = period.replace("-", "–");
  return kind === "estimate" ? `Estimate for ${years}` : `Diagnosed ${years}`;
}

/** All citations for a set of rows as one line of text, for images and slides that cannot link. */
export function citationSentence(rows: readonly Cited[], sources: readonly Source[]): string {
  return citationsFor(rows, sources)
    .map((c) => `${c.citation} ${periodPhrase(c.period, c.periodKind)}; ${c.registry}.`)
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
