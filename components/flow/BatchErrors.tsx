import { formatNumber } from "@/lib/format";
import { type BatchRow, groupRowErrors, lineRanges } from "@/lib/her2/batch";

/** Every row error with its line numbers, however long the batch: the table shows only its first rows. */
export function BatchErrors({ rows }: { rows: readonly BatchRow[] }) {
  const groups = groupRowErrors(rows);
  if (groups.length === 0) return null;
  const total = groups.reduce((sum, group) => sum + group.lines.length, 0);
  return (
    <section className="batch-errors" aria-label="Rows with errors" data-testid="batch-errors">
      <h3>{total === 1 ? "1 row" : `${formatNumber(total, 0)} rows`} with errors, by line</h3>
      <ul>
        {groups.map((group) => (
          <li key={`${group.parameter ?? ""}|${group.message}`}>
            <span className="field-error">
              {group.parameter === null ? "" : `${group.parameter}: `}
              {group.message}
            </span>{" "}
            {group.lines.length === 1 ? "Line" : "Lines"} {lineRanges(group.lines)}.
          </li>
        ))}
      </ul>
    </section>
  );
}
