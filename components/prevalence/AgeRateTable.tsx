import { ageRateTable } from "@/lib/charts/prevalence-age";
import { RACE_SHORT_LABELS } from "@/lib/charts/race-style";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { PrevalenceRow } from "@/lib/datasets/schemas";

/** The by-age chart as a table: age groups down, race groups across, suppressed cells spelled out. */
export function AgeRateTable({ caption, viewRows }: { caption: string; viewRows: readonly PrevalenceRow[] }) {
  const table = ageRateTable(viewRows);
  const reasons = [...new Set(table.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.reason ? [cell.reason] : []))))];
  return (
    <>
      <table data-testid="age-rate-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Age</th>
            {table.races.map((race) => (
              <th scope="col" className="num" key={race}>
                {RACE_SHORT_LABELS[race].short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.ageGroup}>
              <th scope="row">{formatPeriod(row.ageGroup)}</th>
              {row.cells.map((cell) => (
                <td key={cell.id} className={`num${cell.reason ? " muted" : ""}`} data-id={cell.id}>
                  {cell.text}
                  {cell.reason && <span className="sr-only"> ({cell.reason})</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {reasons.map((reason) => (
        <p key={reason} className="chart-note">
          Suppressed: {reason}
        </p>
      ))}
    </>
  );
}
