/** RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, inner quotes doubled, CRLF line ends. */

export type CsvValue = string | number | boolean | null | undefined;

function formatField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly Record<string, CsvValue>[], columns: readonly string[]): string {
  const lines = [columns.map(formatField).join(",")];
  for (const row of rows) lines.push(columns.map((column) => formatField(row[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
