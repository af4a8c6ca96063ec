import type { TherapyRow } from "@/lib/datasets/schemas";
import { formatIsoDate } from "@/lib/format";
import { trialCurveFor } from "@/lib/trials/data";

/** Each approval that rests on a trial with reconstructed curves, linked to them on /trials. */
export function TrialCurveLinks({ rows }: { rows: readonly TherapyRow[] }) {
  const links = rows.flatMap((row) =>
    row.pivotalTrials.flatMap((trial) => {
      const endpoint = trialCurveFor(trial);
      return endpoint ? [{ key: `${row.id}-${endpoint.id}`, row, trial, endpoint }] : [];
    }),
  );
  if (links.length === 0) return null;
  return (
    <section className="section" aria-labelledby="trial-curves-heading" data-testid="trial-curve-links">
      <h2 id="trial-curves-heading">Survival over time in the pivotal trials</h2>
      <ul>
        {links.map(({ key, row, trial, endpoint }) => (
          <li key={key}>
            {row.drug}, approved {formatIsoDate(row.approvalDate)}:{" "}
            <a href={`/trials?endpoint=${endpoint.id}`}>
              {trial} {endpoint.endpoint} curves
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
