import { DataTable, type TableColumn } from "@/components/layout/DataTable";
import type { ApprovalTableRow, BandTableRow } from "@/lib/charts/therapies";

const APPROVAL_COLUMNS: readonly TableColumn<ApprovalTableRow>[] = [
  { header: "Drug", cell: (row) => row.drug },
  { header: "Approved", cell: (row) => row.date },
  { header: "Class", cell: (row) => row.drugClass },
  { header: "HER2 population", cell: (row) => row.populations },
  { header: "Indication (summary)", cell: (row) => row.indication, cellProps: () => ({ className: "indication" }) },
  { header: "Pivotal trials", cell: (row) => row.trials },
  { header: "Date seen in", cell: (row) => row.seenIn },
  { header: "Notes", cell: (row) => row.notes, cellProps: () => ({ className: "notes" }) },
];

const BAND_COLUMNS: readonly TableColumn<BandTableRow>[] = [
  { header: "Survival figure", cell: (band) => band.name },
  { header: "Diagnosed", cell: (band) => band.diagnosed, cellProps: () => ({ className: "nowrap" }) },
  { header: "Approvals by the end of those years", cell: (band) => band.approvalsByThen },
];

/** The table view: every approval the timeline shows, in its order, with the text the chart shortens; then its bands. */
export function ApprovalTable({ caption, rows, bands }: { caption: string; rows: readonly ApprovalTableRow[]; bands: readonly BandTableRow[] }) {
  return (
    <>
      <DataTable
        className="approval-table"
        testId="approval-table"
        caption={caption}
        columns={APPROVAL_COLUMNS}
        rows={rows}
        rowKey={(row) => row.key}
        rowProps={(row) => ({ "data-id": row.key })}
      />
      {bands.length > 0 && (
        <DataTable
          className="band-table"
          testId="band-table"
          caption="Survival figures and the years of diagnosis behind them"
          columns={BAND_COLUMNS}
          rows={bands}
          rowKey={(band) => band.key}
        />
      )}
    </>
  );
}
