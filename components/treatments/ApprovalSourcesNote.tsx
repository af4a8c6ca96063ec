import type { ApprovalSource } from "@/lib/charts/therapies";

/** Where each approval date shown was read, one line per source, naming the approvals it dates. */
export function ApprovalSources({ sources }: { sources: readonly ApprovalSource[] }) {
  if (sources.length === 0) return null;
  return (
    <div className="source-line approval-sources">
      <p>
        <strong>Approval dates:</strong> US FDA action dates, each from the source listed.
      </p>
      <ul>
        {sources.map((source) => (
          <li key={source.sourceId}>
            {source.approvals.join("; ")}: {source.url ? <a href={source.url}>{source.citation}</a> : source.citation}
          </li>
        ))}
      </ul>
    </div>
  );
}
