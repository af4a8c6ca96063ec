import { sourceFor } from "@/lib/datasets";
import { formatPeriod } from "@/lib/datasets/dimensions";

interface Cited {
  sourceId: string;
  period: string;
  registry: string;
  definition: string;
}

/** "Source: <citation>. Diagnosed 2010–2013, SEER. <definition>" for the figures a chart shows. */
export function SourceLine({ rows }: { rows: readonly Cited[] }) {
  const groups = new Map<string, Cited>();
  for (const row of rows) groups.set(`${row.sourceId}|${row.period}`, row);
  return (
    <div className="source-line">
      {[...groups.values()].map((row) => {
        const source = sourceFor(row.sourceId);
        return (
          <p key={`${row.sourceId}|${row.period}`}>
            <strong>Source:</strong>{" "}
            {source.url ? <a href={source.url}>{source.citation}</a> : source.citation} Diagnosed{" "}
            {formatPeriod(row.period)}; {row.registry}. {row.definition}
          </p>
        );
      })}
    </div>
  );
}
