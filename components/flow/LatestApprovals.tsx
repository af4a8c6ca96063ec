import type { TherapyRow } from "@/lib/datasets/schemas";
import { formatIsoDate } from "@/lib/format";

/** The newest US approvals covering a result, as the therapies dataset words them (never restated here). */
export function LatestApprovals({ approvals }: { approvals: readonly TherapyRow[] }) {
  if (approvals.length === 0) return null;
  return (
    <div className="latest-approvals" data-testid="latest-approvals">
      <p>The most recent US approvals in our list for this result:</p>
      <ul>
        {approvals.map((a) => (
          <li key={a.id}>
            {a.brand} ({formatIsoDate(a.approvalDate)}): {a.indication}
          </li>
        ))}
      </ul>
    </div>
  );
}
