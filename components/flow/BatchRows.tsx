import { ScrollRegion } from "@/components/layout/ScrollRegion";
import { formatNumber } from "@/lib/format";
import type { BatchRow } from "@/lib/her2/batch";
import type { CaseFields } from "@/lib/her2/case-draft";
import { describeFields } from "@/lib/her2/case-words";
import { CATEGORY_TEXT } from "@/lib/her2/category-text";
import type { Her2Classification } from "@/lib/her2/classify";
import { resultHeadline } from "@/lib/her2/headline";

/**
 * The rows as read, with their result or their own error (line number and message); at most `limit`.
 * With an id column in the file (`idColumn`), each row leads with its id.
 */
export function BatchRows({ rows, limit, idColumn }: { rows: readonly BatchRow[]; limit: number; idColumn: string | null }) {
  return (
    <>
      {rows.length > limit && (
        <p data-testid="batch-truncated">
          The table shows the first {limit} of {formatNumber(rows.length, 0)} rows. Every row error is listed above, and the download has every row.
        </p>
      )}
      <ScrollRegion label="Batch results, row by row">
        <table data-testid="batch-rows">
          <caption className="sr-only">Batch results, row by row</caption>
          <thead>
            <tr>
              {idColumn !== null && (
                <th scope="col" data-testid="batch-id-column">
                  {idColumn}
                </th>
              )}
              <th scope="col" className="num">
                Line
              </th>
              <th scope="col">Case</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((row) => (
              <tr key={row.line} className={row.ok ? undefined : "is-error"}>
                {idColumn !== null && <td>{row.caseId?.trim() || "—"}</td>}
                <td className="num">{row.line}</td>
                <td>{describeCells(row.cells)}</td>
                <td>
                  {row.ok ? (
                    outcomeText(row.classification)
                  ) : (
                    <span className="field-error">
                      Error{row.error.parameter === null ? "" : ` in ${row.error.parameter}`}: {row.error.message}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

function describeCells(cells: CaseFields): string {
  const given = Object.fromEntries(Object.entries(cells).filter(([, value]) => value !== undefined && value.trim() !== ""));
  return Object.keys(given).length === 0 ? "—" : describeFields(given);
}

function outcomeText(classification: Her2Classification): string {
  const headline = resultHeadline(classification);
  return classification.kind === "final" && classification.status === "negative" ? `${headline} (${CATEGORY_TEXT[classification.category].label})` : headline;
}
