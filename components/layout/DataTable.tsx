import type { ReactNode } from "react";

/** Attributes a row or a body cell may carry beyond its content: a class, data-* for tests and scripts. */
export type CellAttributes = { className?: string } & { [data: `data-${string}`]: string | undefined };

/** One column of a DataTable: its header, and what each row shows in it. */
export interface TableColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Figures: the header and the cells are right-aligned ("num"). */
  numeric?: boolean;
  /** The body cell's own attributes; a className here is added to "num". */
  cellProps?: (row: Row) => CellAttributes;
}

export interface DataTableProps<Row> {
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowProps?: (row: Row) => CellAttributes;
  /** Read to screen readers only: the heading above already says it to the eye. */
  caption?: ReactNode;
  className?: string;
  testId?: string;
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

/**
 * A table of records, one row each, drawn from a column spec: every table is marked up alike (column
 * headers scoped to their column, the first cell of a row its header), so each caller says only what
 * its columns hold.
 */
export function DataTable<Row>({ columns, rows, rowKey, rowProps, caption, className, testId }: DataTableProps<Row>) {
  return (
    <table className={className} data-testid={testId}>
      {caption !== undefined && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a column's position is its identity
            <th scope="col" key={i} className={column.numeric ? "num" : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((column, i) => {
              const { className: cellClass, ...data } = column.cellProps?.(row) ?? {};
              const props = { className: classes(column.numeric && "num", cellClass), ...data };
              return i === 0 ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a column's position is its identity
                <th scope="row" key={i} {...props}>
                  {column.cell(row)}
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: a column's position is its identity
                <td key={i} {...props}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
