import type { ApprovalSource } from "@/lib/charts/therapies";
import { sourceAnchor } from "@/lib/datasets/citations";

/**
 * Where the approval dates shown were read, in one line: how many sources, linked to the first in
 * the page's citation block, which lists each with the approvals it dates.
 */
export function ApprovalSourcesNote({ sources }: { sources: readonly ApprovalSource[] }) {
  const [first] = sources;
  if (!first) return null;
  return (
    <>
      approval dates are US FDA action dates, from{" "}
      <a href={`#${sourceAnchor(first.sourceId)}`} data-testid="approval-sources-count">
        {sources.length === 1 ? "one source" : `${sources.length} sources`}
      </a>
    </>
  );
}
