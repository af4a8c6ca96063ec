import type { Source } from "@/lib/datasets/schemas";

/** The sources the result card's text quotes, resolved in data/sources.json, linked where they have an address. */
export function CardSources({ ids, id, sources }: { ids: readonly string[]; id: string; sources: readonly Source[] }) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const cited = ids.flatMap((sourceId) => byId.get(sourceId) ?? []);
  if (cited.length === 0) return null;
  return (
    <section className="result-sources" aria-labelledby={`${id}-sources-heading`} data-testid="result-sources">
      <h3 id={`${id}-sources-heading`}>Sources</h3>
      <ul className="source-line">
        {cited.map((source) => (
          <li key={source.id} data-source={source.id}>
            {source.url ? <a href={source.url}>{source.citation}</a> : source.citation}
          </li>
        ))}
      </ul>
    </section>
  );
}
