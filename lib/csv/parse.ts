/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line breaks inside quotes,
 * CRLF, LF or CR line ends, an optional final line break and a leading UTF-8 BOM (spreadsheet
 * exports add one). A malformed record is reported on its own and reading resumes on the next line,
 * so one bad row never hides the others.
 */

export type CsvRecord =
  /** `line` is the 1-based line where the record starts (a quoted field may span several lines). */
  { ok: true; line: number; fields: string[] } | { ok: false; line: number; error: string };

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let position = text.startsWith("\uFEFF") ? 1 : 0;
  let line = 1;

  while (position < text.length) {
    const start = line;
    const record = readRecord();
    records.push(record.ok ? { ok: true, line: start, fields: record.fields } : { ok: false, line: start, error: record.error });
  }
  return records;

  function readRecord(): { ok: true; fields: string[] } | { ok: false; error: string } {
    const fields: string[] = [];
    for (;;) {
      const field = text[position] === '"' ? readQuoted() : readUnquoted();
      if (!field.ok) {
        skipRestOfLine();
        return field;
      }
      fields.push(field.value);
      if (text[position] === ",") {
        position += 1;
        continue;
      }
      if (position < text.length && lineBreakLength(position) === 0) {
        skipRestOfLine();
        return { ok: false, error: "Unexpected character after a closing quote." };
      }
      consumeLineBreak();
      return { ok: true, fields };
    }
  }

  function readUnquoted(): { ok: true; value: string } | { ok: false; error: string } {
    const start = position;
    while (position < text.length && text[position] !== "," && lineBreakLength(position) === 0) position += 1;
    const value = text.slice(start, position);
    return value.includes('"') ? { ok: false, error: "A quote inside an unquoted field: quote the whole field." } : { ok: true, value };
  }

  function readQuoted(): { ok: true; value: string } | { ok: false; error: string } {
    position += 1; // opening quote
    let value = "";
    for (;;) {
      const close = text.indexOf('"', position);
      if (close === -1) {
        countLineBreaks(text.slice(position));
        position = text.length;
        return { ok: false, error: "A quoted field is not closed." };
      }
      const chunk = text.slice(position, close);
      countLineBreaks(chunk);
      value += chunk;
      if (text[close + 1] === '"') {
        value += '"'; // RFC 4180: a doubled quote inside a quoted field is one quote
        position = close + 2;
      } else {
        position = close + 1;
        return { ok: true, value };
      }
    }
  }

  function lineBreakLength(at: number): number {
    if (text[at] === "\r") return text[at + 1] === "\n" ? 2 : 1;
    return text[at] === "\n" ? 1 : 0;
  }

  function consumeLineBreak(): void {
    const length = lineBreakLength(position);
    if (length > 0) {
      position += length;
      line += 1;
    }
  }

  function skipRestOfLine(): void {
    while (position < text.length && lineBreakLength(position) === 0) position += 1;
    consumeLineBreak();
  }

  function countLineBreaks(chunk: string): void {
    line += chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
}
