import type { Source } from "@/lib/datasets/schemas";

/** "Source: <citation>" for a definition, linked where the source has an address. */
export function DefinitionSource({ sourceId, sources }: { sourceId: string; sources: readonly Source[] }) {
  const source = sources.find((s) => s.id === sourceId);
  if (!source) return null;
  return <p className="definition-source">Source: {source.url ? <a href={source.url}>{source.citation}</a> : source.citation}</p>;
}
