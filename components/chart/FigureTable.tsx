import { SubtypeLink } from "@/components/subtypes/SubtypeLink";
import { periodPhrase } from "@/lib/datasets/citations";
import type { TableLabel } from "@/lib/subtypes";

export interface FigureTableRow {
  key: string;
  /** Header cells for the row (e.g. stage, subtype); a subtype cell links to its page. */
  labels: TableLabel[];
  valueText: string;
  ciText?: string;
  period: string;
  periodKind?: "diagnosis" | "estimate";
  note?: string;
}

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
  return (
    <table data-testid="figure-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {labelHeaders.map((header) => (
            <th scope="col" key={header}>
              {header}
            </th>
          ))}
          <th scope="col" className="num">
            {valueHeader}
          </th>
          {hasCi && <th scope="col">95% CI</th>}
          <th scope="col">Period</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {/* A row's label cells are its columns, in a fixed order: the position is the cell's identity. */}
            {row.labels.map((label, i) => {
              // biome-ignore lint/correctness/useJsxKeyInIterable: the link is a cell's content, not an item of the list
              const content = typeof label === "string" ? label : <SubtypeLink id={label.subtype} />;
              return i === 0 ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the column's position is its identity
                <th scope="row" key={i}>
                  {content}
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the column's position is its identity
                <td key={i}>{content}</td>
              );
            })}
            <td className="num">{row.valueText}</td>
            {hasCi && <td>{row.ciText ?? "—"}</td>}
            <td>{periodPhrase(row.period, row.periodKind)}</td>
            <td>{row.note ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
