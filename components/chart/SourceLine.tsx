import { type Citation, periodPhrase } from "@/lib/datasets/citations";

/** "Source: <citation>. Diagnosed 2010–2013; SEER. <definition>" once per source and period shown. */
export function SourceLine({ citations }: { citations: readonly Citation[] }) {
  return (
    <div className="source-line">
      {citations.map((c) => (
        <p key={`${c.sourceId}|${c.period}|${c.definition}`}>
          <strong>Source:</strong> {c.url ? <a href={c.url}>{c.citation}</a> : c.citation} {periodPhrase(c.period, c.periodKind)}; {c.registry}. {c.definition}
        </p>
      ))}
    </div>
  );
}
