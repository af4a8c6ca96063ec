/**
 * Batch classification of a CSV file, one test result per row, in the browser (design.md §8). The
 * header names the columns as the API parameters, plus an optional case id column that every output
 * row carries; a blank cell means "not given". A bad row gets its own error (line, parameter, message)
 * and the other rows are still classified.
 */

import { toCsv } from "@/lib/csv/format";
import { parseCsv } from "@/lib/csv/parse";
import { safeExcerpt } from "../excerpt";
import { classifyHer2, type Her2Classification } from "./classify";
import { HER2_PARAMETERS, type Her2Parameter, her2ValueError, parseHer2Fields } from "./input";
import { HER2_CATEGORIES, type Her2Category, NEXT_STEPS, type NextStep } from "./outcomes";

/** `parameter` is null when the row itself is malformed rather than one of its values. */
export interface BatchRowError {
  parameter: string | null;
  message: string;
}

/** The row's cells as written, keyed by column, so the output can repeat the input. */
type BatchCells = Partial<Record<Her2Parameter, string>>;

/** `caseId` is the id column's cell as written, or null when the file has no id column (or the row is unreadable). */
export type BatchRow =
  | { line: number; caseId: string | null; cells: BatchCells; ok: true; classification: Her2Classification }
  | { line: number; caseId: string | null; cells: BatchCells; ok: false; error: BatchRowError };

export interface BatchCounts {
  rows: number;
  final: number;
  pending: number;
  invalid: number;
  byCategory: Record<Her2Category, number>;
  byNextStep: Record<NextStep, number>;
}

/** A file-level problem (no header, or a bad header): no row can be read. */
export interface BatchFileError extends BatchRowError {
  line: number;
  allowed?: readonly string[];
}

/** `idColumn` is the id column's header as written (trimmed), or null without one. */
export type BatchResult = { ok: true; idColumn: string | null; rows: BatchRow[]; counts: BatchCounts } | { ok: false; error: BatchFileError };

/** The names an id column may have, in any letter case: the file's own case numbers, passed through. */
export const ID_COLUMNS = ["id", "case_id"] as const;

function isIdColumn(column: string): boolean {
  return (ID_COLUMNS as readonly string[]).includes(column.toLowerCase());
}

export function classifyCsv(text: string): BatchResult {
  const records = parseCsv(text).filter((record) => !record.ok || record.fields.some((field) => field.trim() !== ""));
  const [header, ...body] = records;
  if (header === undefined) return { ok: false, error: { line: 1, parameter: null, message: "The file has no header row." } };
  if (!header.ok) return { ok: false, error: { line: header.line, parameter: null, message: header.error } };

  const columns = header.fields.map((name) => name.trim());
  const headerError = checkColumns(columns);
  if (headerError) return { ok: false, error: { line: header.line, ...headerError } };
  const idIndex = columns.findIndex(isIdColumn);

  const rows = body.map((record): BatchRow => {
    if (!record.ok) return { line: record.line, caseId: null, cells: {}, ok: false, error: { parameter: null, message: record.error } };
    const caseId = idIndex === -1 ? null : (record.fields[idIndex] ?? "");
    const cells: BatchCells = Object.fromEntries(columns.flatMap((column, index) => (index === idIndex ? [] : [[column, record.fields[index] ?? ""]])));
    const row = { line: record.line, caseId, cells };
    if (record.fields.length !== columns.length) {
      const message = `Expected ${columns.length} fields, one per header column, but found ${record.fields.length}.`;
      return { ...row, ok: false, error: { parameter: null, message } };
    }
    const given = Object.fromEntries(Object.entries(cells).filter(([, value]) => value.trim() !== ""));
    if (given.ihc !== undefined) given.ihc = pathologistIhc(given.ihc);
    const parsed = parseHer2Fields(given);
    if (!parsed.ok) {
      const { parameter, message } = parsed.error;
      return { ...row, ok: false, error: { parameter, message } };
    }
    return { ...row, ok: true, classification: classifyHer2(parsed.input) };
  });
  return { ok: true, idColumn: idIndex === -1 ? null : (columns[idIndex] ?? null), rows, counts: countRows(rows) };
}

/**
 * Pathology reports write the score with its test's name: "IHC 2+", "IHC2+", "ihc 2+". The batch tool
 * reads those as the score; anything that is still not a score after the name (IHC 4+, IHC 2++, a lone
 * IHC) is left as written, so the parser's error quotes the cell. The API keeps its own stricter rule
 * (design.md §5): only the score, with at most one "+".
 */
export function pathologistIhc(cell: string): string {
  const score = /^\s*ihc\s*(.*)$/is.exec(cell)?.[1];
  return score !== undefined && her2ValueError("ihc", score) === null ? score : cell;
}

function checkColumns(columns: readonly string[]): Omit<BatchFileError, "line"> | null {
  const seen = new Set<string>();
  for (const column of columns) {
    if (isIdColumn(column)) {
      if (columns.filter(isIdColumn).length > 1) return { parameter: safeExcerpt(column), message: "Give one id column: id or case_id." };
      continue;
    }
    if (!(HER2_PARAMETERS as readonly string[]).includes(column)) {
      return { parameter: safeExcerpt(column), message: "Unknown column.", allowed: [...ID_COLUMNS, ...HER2_PARAMETERS] };
    }
    if (seen.has(column)) return { parameter: column, message: "This column appears twice." };
    seen.add(column);
  }
  return null;
}

function countRows(rows: readonly BatchRow[]): BatchCounts {
  const counts: BatchCounts = {
    rows: rows.length,
    final: 0,
    pending: 0,
    invalid: 0,
    byCategory: Object.fromEntries(HER2_CATEGORIES.map((category) => [category, 0])) as Record<Her2Category, number>,
    byNextStep: Object.fromEntries(NEXT_STEPS.map((step) => [step, 0])) as Record<NextStep, number>,
  };
  for (const row of rows) {
    if (!row.ok) counts.invalid += 1;
    else if (row.classification.kind === "pending") {
      counts.pending += 1;
      counts.byNextStep[row.classification.nextStep] += 1;
    } else {
      counts.final += 1;
      counts.byCategory[row.classification.category] += 1;
    }
  }
  return counts;
}

/** Rows that share one error, by line: the on-screen error list stays complete and compact. */
export interface BatchErrorGroup extends BatchRowError {
  lines: number[];
}

/** Every row error, grouped by parameter and message, in order of first appearance. */
export function groupRowErrors(rows: readonly BatchRow[]): BatchErrorGroup[] {
  const groups = new Map<string, BatchErrorGroup>();
  for (const row of rows) {
    if (row.ok) continue;
    const key = `${row.error.parameter ?? ""}\u0000${row.error.message}`;
    const group = groups.get(key) ?? { ...row.error, lines: [] };
    group.lines.push(row.line);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Ascending line numbers with runs collapsed: "3, 5–8, 12". */
export function lineRanges(lines: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1) j += 1;
    ranges.push(j === i ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return ranges.join(", ");
}

export const BATCH_CSV_COLUMNS = [
  "line",
  ...HER2_PARAMETERS,
  "kind",
  "status",
  "category",
  "withComment",
  "ishGroup",
  "recountGroup",
  "nextStep",
  "error",
] as const;

/** The output's columns: the file's id column first, as the file names it, when it has one. */
export function batchCsvColumns(idColumn: string | null): string[] {
  return idColumn === null ? [...BATCH_CSV_COLUMNS] : [idColumn, ...BATCH_CSV_COLUMNS];
}

/** One output row per input row; `kind` is `invalid` for a row that could not be read. */
export function batchToCsv(rows: readonly BatchRow[], idColumn: string | null = null): string {
  return toCsv(
    rows.map((row) => ({ ...(idColumn === null ? {} : { [idColumn]: spreadsheetSafe(row.caseId ?? "") }), ...toOutputRow(row) })),
    batchCsvColumns(idColumn),
  );
}

function toOutputRow(row: BatchRow): Record<string, string | number | null> {
  const inputs = Object.fromEntries(HER2_PARAMETERS.map((name) => [name, spreadsheetSafe(row.cells[name] ?? "")]));
  const outcome = row.ok
    ? {
        kind: row.classification.kind,
        status: row.classification.kind === "final" ? row.classification.status : null,
        category: row.classification.kind === "final" ? row.classification.category : null,
        // "HER2 Negative with Comment" (groups 2–4) is a final result's property; pending has none yet.
        withComment: row.classification.kind === "final" ? String(row.classification.withComment) : null,
        ishGroup: row.classification.ishGroup,
        recountGroup: row.classification.recountGroup,
        nextStep: row.classification.kind === "pending" ? row.classification.nextStep : null,
        error: null,
      }
    : {
        kind: "invalid",
        status: null,
        category: null,
        withComment: null,
        ishGroup: null,
        recountGroup: null,
        nextStep: null,
        error: row.error.parameter === null ? row.error.message : `${row.error.parameter}: ${row.error.message}`,
      };
  return { line: row.line, ...inputs, ...outcome };
}

// The inputs are echoed as written; a cell starting with = + - @ would run as a formula when the
// output is opened in a spreadsheet (OWASP "CSV injection"), so it is prefixed with an apostrophe.
function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
