import { DataTable, type TableColumn } from "@/components/layout/DataTable";
import { SubtypeLink } from "@/components/subtypes/SubtypeLink";
import { periodPhrase } from "@/lib/datasets/citations";
import type { PeriodKind } from "@/lib/datasets/schemas";
import type { TableLabel } from "@/lib/subtypes";

export interface FigureTableRow {
  key: string;
  /** Header cells for the row (e.g. stage, subtype); a subtype cell links to its page. */
  labels: TableLabel[];
  valueText: string;
  ciText?: string;
  period: string;
  periodKind?: PeriodKind;
  note?: string;
}

const labelContent = (label: TableLabel | undefined) => (label === undefined || typeof label === "string" ? label : <SubtypeLink id={label.subtype} />);

/** The table view of a chart: the same rows, the same printed values, plus period and notes. */
export function FigureTable({
  caption,
  labelHeaders,
  valueHeader,
  rows,
}: {
  caption: string;
  labelHeaders: string[];
  valueHeader: string;
  rows: readonly FigureTableRow[];
}) {
  const hasCi = rows.some((row) => row.ciText);
  const columns: TableColumn<FigureTableRow>[] = [
    // A row's labels are its first columns, in the headers' order.
    ...labelHeaders.map((header, i): TableColumn<FigureTableRow> => ({ header, cell: (row) => labelContent(row.labels[i]) })),
    { header: valueHeader, numeric: true, cell: (row) => row.valueText },
    ...(hasCi ? [{ header: "95% CI", cell: (row: FigureTableRow) => row.ciText ?? "—" }] : []),
    { header: "Period", cell: (row) => periodPhrase(row.period, row.periodKind) },
    { header: "Notes", cell: (row) => row.note ?? "" },
  ];
  return <DataTable testId="figure-table" caption={caption} columns={columns} rows={rows} rowKey={(row) => row.key} />;
}
