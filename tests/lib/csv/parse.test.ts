import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/format";
import { type CsvRecord, parseCsv } from "@/lib/csv/parse";

function fieldsOf(records: CsvRecord[]): (string[] | string)[] {
  return records.map((record) => (record.ok ? record.fields : `error: ${record.error}`));
}

describe("parseCsv (RFC 4180)", () => {
  it("reads plain records with LF, CRLF or CR line ends, with or without a final line break", () => {
    const expected = [
      ["a", "b"],
      ["1", "2"],
    ];
    for (const text of ["a,b\n1,2", "a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b\r\n1,2"]) {
      expect(fieldsOf(parseCsv(text))).toEqual(expected);
    }
  });

  it("reads empty fields, including a trailing one", () => {
    expect(fieldsOf(parseCsv("a,,c,\n,,,\n"))).toEqual([
      ["a", "", "c", ""],
      ["", "", "", ""],
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const text = 'name,note\r\n"Smith, J.","said ""2+"""\r\n"multi\r\nline",x\r\n';
    expect(fieldsOf(parseCsv(text))).toEqual([
      ["name", "note"],
      ["Smith, J.", 'said "2+"'],
      ["multi\r\nline", "x"],
    ]);
  });

  it("reads an empty quoted field and a lone quoted quote", () => {
    expect(fieldsOf(parseCsv('"",""""\n'))).toEqual([["", '"']]);
  });

  it("numbers each record by the line it starts on, counting line breaks inside quotes", () => {
    const records = parseCsv('h\n"a\nb\nc"\n\nd\r\n"e\r\nf"\r\ng');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5, 6, 7, 9]);
    expect(fieldsOf(records)).toEqual([["h"], ["a\nb\nc"], [""], ["d"], ["e\r\nf"], ["g"]]);
  });

  it("returns nothing for an empty text and one empty record for a blank line", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\n")).toEqual([{ ok: true, line: 1, fields: [""] }]);
  });

  it("drops a leading UTF-8 byte-order mark", () => {
    expect(fieldsOf(parseCsv("\uFEFFihc,ratio\n2+,2.2\n"))).toEqual([
      ["ihc", "ratio"],
      ["2+", "2.2"],
    ]);
  });

  it("reports a malformed record alone and reads on from the next line", () => {
    const records = parseCsv('a,b\n"x"y,1\n2,3\nab"c,4\n5,6\n');
    expect(records.map((record) => [record.line, record.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
      [5, true],
    ]);
    expect(fieldsOf(records)).toEqual([
      ["a", "b"],
      "error: Unexpected character after a closing quote.",
      ["2", "3"],
      "error: A quote inside an unquoted field: quote the whole field.",
      ["5", "6"],
    ]);
  });

  it("reports an unclosed quote at the line where it opened", () => {
    const records = parseCsv('a\n1\n"never closed,\n2\n3');
    expect(records.at(-1)).toEqual({ ok: false, line: 3, error: "A quoted field is not closed." });
    expect(records).toHaveLength(3);
  });

  it("reads back what toCsv writes", () => {
    const rows = [
      { a: 'quote "here"', b: "comma, here", c: "line\r\nbreak" },
      { a: "", b: "plain", c: "trailing space " },
      { a: "ünïcödé", b: "=1+1", c: "\n" },
    ];
    const records = parseCsv(toCsv(rows, ["a", "b", "c"]));
    expect(fieldsOf(records)).toEqual([["a", "b", "c"], ...rows.map((row) => [row.a, row.b, row.c])]);
  });
});
