/** Resolved citations for the figures a chart shows: plain data, safe to pass to client components. */
import type { Source } from "./schemas";

export interface Citation {
  sourceId: string;
  citation: string;
  url?: string;
  period: string;
  registry: string;
  definition: string;
}

interface Cited {
  sourceId: string;
  period: string;
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
    seen.set(key, { sourceId: row.sourceId, citation: source.citation, url: source.url, period: row.period, registry: row.registry, definition: row.definition });
  }
  return [...seen.values()];
}
