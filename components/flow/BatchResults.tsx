"use client";
import { formatNumber } from "@/lib/format";
import { type BatchResult, batchToCsv } from "@/lib/her2/batch";
import { BatchCounts } from "./BatchCounts";
import { BatchErrors } from "./BatchErrors";
import { BatchRows } from "./BatchRows";
import { downloadCsv } from "./download";

/** The table shows this many rows; the error list and the download always have them all. */
export const BATCH_TABLE_ROWS = 200;

/** What a batch came to: the file's error, or the counts, the row errors, the download and the table. */
export function BatchResults({ result }: { result: BatchResult }) {
  if (!result.ok) {
    return (
      <p className="notice" role="alert" data-testid="batch-file-error">
        Line {result.error.line}: {result.error.parameter === null ? "" : `${result.error.parameter}: `}
        {result.error.message}
        {result.error.allowed && ` Allowed columns: ${result.error.allowed.join(", ")}.`}
      </p>
    );
  }
  return (
    <>
      <p role="status" data-testid="batch-summary">
        {rowCount(result.counts.rows)}: {formatNumber(result.counts.final, 0)} final, {formatNumber(result.counts.pending, 0)} not final yet,{" "}
        {formatNumber(result.counts.invalid, 0)} with errors.
      </p>
      <BatchCounts counts={result.counts} />
      <BatchErrors rows={result.rows} />
      <p>
        <button type="button" className="button" onClick={() => downloadCsv("her2-batch-results.csv", batchToCsv(result.rows, result.idColumn))}>
          Download results (CSV)
        </button>
      </p>
      <BatchRows rows={result.rows} limit={BATCH_TABLE_ROWS} idColumn={result.idColumn} />
    </>
  );
}

function rowCount(rows: number): string {
  return rows === 1 ? "1 row" : `${formatNumber(rows, 0)} rows`;
}
