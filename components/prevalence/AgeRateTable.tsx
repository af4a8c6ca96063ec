import { DataTable, type TableColumn } from "@/components/layout/DataTable";
import { ageRateTable } from "@/lib/charts/prevalence-age";
import { RACE_SHORT_LABELS } from "@/lib/charts/race-style";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { PrevalenceRow } from "@/lib/datasets/schemas";

type AgeRow = ReturnType<typeof ageRateTable>["rows"][number];

/** The by-age chart as a table: age groups down, race groups across, suppressed cells spelled out. */
export function AgeRateTable({ caption, viewRows }: { caption: string; viewRows: readonly PrevalenceRow[] }) {
  const table = ageRateTable(viewRows);
  const reasons = [...new Set(table.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.reason ? [cell.reason] : []))))];
  const columns: TableColumn<AgeRow>[] = [
    { header: "Age", cell: (row) => formatPeriod(row.ageGroup) },
    ...table.races.map(
      (race, i): TableColumn<AgeRow> => ({
        header: RACE_SHORT_LABELS[race].short,
        numeric: true,
        cell: ({ cells }) => (
          <>
            {cells[i]?.text}
            {cells[i]?.reason && <span className="sr-only"> ({cells[i].reason})</span>}
          </>
        ),
        cellProps: ({ cells }) => ({ className: cells[i]?.reason ? "muted" : undefined, "data-id": cells[i]?.id }),
      }),
    ),
  ];
  return (
    <>
      <DataTable testId="age-rate-table" caption={caption} columns={columns} rows={table.rows} rowKey={(row) => row.ageGroup} />
      {reasons.map((reason) => (
        <p key={reason} className="chart-note">
          Suppressed: {reason}
        </p>
      ))}
    </>
  );
}
