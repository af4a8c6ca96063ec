import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse";
import { safeExcerpt } from "@/lib/excerpt";
import { BATCH_CSV_COLUMNS, type BatchResult, type BatchRow, batchToCsv, classifyCsv } from "@/lib/her2";
import { batchCsvColumns, groupRowErrors, lineRanges, pathologistIhc } from "@/lib/her2/batch";
import { VALID_CASES } from "./reference-cases";

function rowsOf(result: BatchResult): BatchRow[] {
  if (!result.ok) throw new Error(`file rejected: ${result.error.message}`);
  return result.rows;
}

/** What a row came to, in one word: category, next step, or the parameter its error names. */
function outcomeOf(row: BatchRow): string {
  if (!row.ok) return `error:${row.error.parameter ?? "row"}`;
  const { classification } = row;
  return classification.kind === "pending" ? classification.nextStep : classification.category;
}

/** Each row of a file as [the line it stands on, what it came to]. */
const outcomesByLine = (text: string) => rowsOf(classifyCsv(text)).map((row) => [row.line, outcomeOf(row)]);

const MIXED = [
  "ihc,ultralow,ratio,copies,cep17,recountRatio,recountCopies,assay",
  "3+,,,,,,,", // line 2: IHC only
  "4+,,,,,,,", // line 3: bad IHC
  "2+,,2.2,3.5,,2.1,3.6,", // line 4: group 2 recount confirms
  "1+,true,,,,,,", // line 5: ultralow with 1+
  "", // line 6: empty
  ",,1.2,2.4,,,,", // line 7: ISH first, group 5
  "2+,,abc,4.0,,,,", // line 8: bad ratio
  ",,,5.0,,,,single", // line 9: single-probe 4–6, no IHC
].join("\n");

describe("classifyCsv", () => {
  it("classifies valid rows and gives each bad row its own error, with line numbers", () => {
    expect(outcomesByLine(MIXED)).toEqual([
      [2, "her2-positive"],
      [3, "error:ihc"],
      [4, "her2-low"],
      [5, "error:ultralow"],
      [7, "ihc-unknown"],
      [8, "error:ratio"],
      [9, "reflex-ihc"],
    ]);
  });

  it("counts outcomes by category and next step", () => {
    const result = classifyCsv(MIXED);
    if (!result.ok) throw new Error("file rejected");
    expect(result.counts).toEqual({
      rows: 7,
      final: 3,
      pending: 1,
      invalid: 3,
      byCategory: { "her2-positive": 1, "her2-low": 1, "her2-ultralow": 0, "her2-null": 0, "her2-zero-unspecified": 0, "ihc-unknown": 1 },
      byNextStep: { "reflex-ish": 0, "reflex-ihc": 1, recount: 0, adjudication: 0, "dual-probe-ish": 0 },
    });
  });

  // Quoted cells, CRLF, blank lines and cells of spaces, in any column order.
  const LOOSE = '\r\n"copies","ihc","ratio"\r\n"6.5","2+","2.5"\r\n\r\n"3.5",  ,"2.2"\r\n  ,  ,  \r\n"2.5"," 2 ","1.2"\r\n';
  // Too many cells, too few, and broken quoting, before a good row.
  const RAGGED = 'ihc,ratio,copies\n3+,1,2,3\n3+,2.2\n"3+"x,,\n1+,,\n';

  it.each([
    [
      "reads quoted cells, CRLF, blank lines and cells of spaces, in any column order",
      LOOSE,
      [
        [3, "her2-positive"],
        [5, "reflex-ihc"],
        [7, "her2-low"],
      ],
    ],
    [
      "keeps line numbers right after a quoted cell that spans lines",
      'ihc,ratio\n"2+\n",2.2\n3+,\n',
      [
        [2, "error:copies"],
        [4, "her2-positive"],
      ],
    ],
    [
      "reports a row with too many or too few cells, or broken quoting, without stopping",
      RAGGED,
      [
        [2, "error:row"],
        [3, "error:row"],
        [4, "error:row"],
        [5, "her2-low"],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(outcomesByLine(text)).toEqual(expected);
  });

  it("reads a cell's value without its quotes, under its own column", () => {
    expect(rowsOf(classifyCsv(LOOSE))[0]?.cells).toEqual({ copies: "6.5", ihc: "2+", ratio: "2.5" });
  });

  it("says how many cells a short or long row should have had", () => {
    expect(rowsOf(classifyCsv(RAGGED))[0]).toMatchObject({ ok: false, error: { parameter: null, message: expect.stringMatching(/3 fields.*found 4/) } });
  });

  it("rejects the whole file only for a bad header", () => {
    expect(classifyCsv("")).toMatchObject({ ok: false, error: { line: 1, message: "The file has no header row." } });
    expect(classifyCsv("\n\n")).toMatchObject({ ok: false });
    expect(classifyCsv("ihc,score\n3+,1\n")).toMatchObject({
      ok: false,
      error: { line: 1, parameter: "score", message: "Unknown column.", allowed: ["id", "case_id", ...BATCH_CSV_COLUMNS.slice(1, 9)] },
    });
    expect(classifyCsv("\nihc,ihc\n3+,3+\n")).toMatchObject({ ok: false, error: { line: 2, parameter: "ihc" } });
    expect(classifyCsv('"ihc\n')).toMatchObject({ ok: false, error: { line: 1, message: "A quoted field is not closed." } });
  });

  it("completes 10,000 generated rows, each classified as its reference case says", () => {
    const columns = ["ihc", "ultralow", "ratio", "copies", "cep17", "recountRatio", "recountCopies", "assay"] as const;
    const lines = [columns.join(",")];
    const expected: string[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      const [, , inputs, , , outcome] = VALID_CASES[i % VALID_CASES.length] ?? [];
      const given = Object.fromEntries((inputs ?? "").split(", ").map((pair) => pair.split("=")));
      lines.push(columns.map((column) => decodeURIComponent(given[column] ?? "")).join(","));
      expected.push((outcome ?? "").replace(" ⚑", ""));
    }
    const result = classifyCsv(lines.join("\r\n"));
    const rows = rowsOf(result);
    expect(rows).toHaveLength(10_000);
    expect(rows.map(outcomeOf)).toEqual(expected);
    expect(rows.at(-1)?.line).toBe(10_001);
    if (result.ok) expect(result.counts.final + result.counts.pending + result.counts.invalid).toBe(10_000);
  });
});

describe("classifyCsv: an id column (id or case_id, any letter case) is passed through", () => {
  it.each(["id", "case_id", "ID", "Case_ID", " CASE_ID "])("reads %j as the id column, keeping its header as written", (header) => {
    const result = classifyCsv(`ihc,${header},ratio\n3+,A-1,\n4+,B 2,\n2+,,2.2\n2+,"C,3"\n`);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.idColumn).toBe(header.trim());
    expect(result.rows.map((row) => [row.line, row.caseId, outcomeOf(row)])).toEqual([
      [2, "A-1", "her2-positive"],
      [3, "B 2", "error:ihc"],
      [4, "", "error:copies"],
      [5, "C,3", "error:row"], // one field short: the id is still read
    ]);
    // The id is not a HER2 parameter: it never reaches the classifier's input.
    expect(result.rows[0]?.cells).toEqual({ ihc: "3+", ratio: "" });
  });

  it("has no id without an id column, and none for a row that cannot be read", () => {
    const plain = classifyCsv("ihc\n3+\n");
    expect(plain).toMatchObject({ ok: true, idColumn: null, rows: [{ caseId: null }] });
    const broken = classifyCsv('id,ihc\nA,3+\n"B"x,3+\n');
    expect(broken.ok && broken.rows.map((row) => row.caseId)).toEqual(["A", null]);
  });

  it("refuses two id columns, and names that are only close to one", () => {
    expect(classifyCsv("id,ihc,case_id\n1,3+,2\n")).toMatchObject({
      ok: false,
      error: { line: 1, parameter: "id", message: "Give one id column: id or case_id." },
    });
    expect(classifyCsv("ID,ihc,id\n1,3+,2\n")).toMatchObject({ ok: false, error: { message: "Give one id column: id or case_id." } });
    for (const header of ["caseid", "case id", "case-id", "ids", "patient_id"]) {
      expect(classifyCsv(`${header},ihc\n1,3+\n`), header).toMatchObject({ ok: false, error: { message: "Unknown column." } });
    }
  });
});

describe("classifyCsv: IHC scores as pathologists write them", () => {
  const outcomeOfIhc = (cell: string) => {
    const rows = rowsOf(classifyCsv(`ihc\n"${cell}"\n`));
    return rows[0] ? outcomeOf(rows[0]) : "none";
  };

  it.each([
    ["0", "her2-zero-unspecified"],
    ["1", "her2-low"],
    ["1+", "her2-low"],
    ["2", "reflex-ish"],
    ["2+", "reflex-ish"],
    [" 2+ ", "reflex-ish"],
    ["3+", "her2-positive"],
    ["IHC 0", "her2-zero-unspecified"],
    ["IHC 1+", "her2-low"],
    ["IHC 2+", "reflex-ish"],
    ["IHC2+", "reflex-ish"],
    ["ihc 2+", "reflex-ish"],
    ["Ihc2", "reflex-ish"],
    ["  IHC 2+  ", "reflex-ish"],
    ["IHC  3+", "her2-positive"],
    ["IHC 3", "her2-positive"],
  ])("reads %j", (cell, outcome) => {
    expect(outcomeOfIhc(cell)).toBe(outcome);
  });

  it.each(["2++", "4+", "IHC 4+", "IHC", "+2", "IHC +2", "IHC 2++", "IHCC 2+", "IHC 2 +", "HER2 2+", "IHC 1.5", "2+ IHC", "IHC: 2+"])(
    "refuses %j with an error naming the row and the column, quoting the cell as written (as a safe excerpt)",
    (cell) => {
      const [row] = rowsOf(classifyCsv(`id,ihc\nA-7,"${cell}"\n`));
      expect(row).toMatchObject({ line: 2, caseId: "A-7", ok: false, error: { parameter: "ihc" } });
      expect(row?.ok === false && row.error.message).toBe(`The IHC score must be 0, 1+, 2+ or 3+. Got "${safeExcerpt(cell)}".`);
    },
  );

  it("classifies a prefixed score exactly as the plain one, with ISH values too", () => {
    const rows = rowsOf(classifyCsv("ihc,ratio,copies\nIHC 2+,1.8,4.5\n2+,1.8,4.5\n"));
    expect(rows[0]?.ok && rows[0].classification).toEqual(rows[1]?.ok && rows[1].classification);
    // The output repeats the cell as the file wrote it.
    expect(rows[0]?.cells.ihc).toBe("IHC 2+");
  });

  it("leaves any other spelling to the shared parser", () => {
    expect(pathologistIhc("IHC 2+")).toBe("2+");
    expect(pathologistIhc("IHC2+")).toBe("2+");
    expect(pathologistIhc("2+")).toBe("2+");
    expect(pathologistIhc("IHC 4+")).toBe("IHC 4+");
    expect(pathologistIhc("IHC")).toBe("IHC");
  });
});

describe("batchToCsv", () => {
  it("puts the id column first, named as in the file, on every output row, errors included", () => {
    const result = classifyCsv("ihc,Case_ID\n3+,A-1\n4+,=B2\n2+\n");
    if (!result.ok) throw new Error(result.error.message);
    const [header, ...body] = parseCsv(batchToCsv(result.rows, result.idColumn)).map((record) => (record.ok ? record.fields : []));
    expect(header).toEqual(["Case_ID", ...BATCH_CSV_COLUMNS]);
    expect(body.map((fields) => [fields[0], fields[1], fields[header!.indexOf("kind")]])).toEqual([
      ["A-1", "2", "final"],
      ["'=B2", "3", "invalid"], // an id is echoed like any cell: never as a spreadsheet formula
      ["", "4", "invalid"],
    ]);
    expect(batchCsvColumns(null)).toEqual([...BATCH_CSV_COLUMNS]);
  });

  it("writes one row per input row with the inputs, the outcome and the error", () => {
    const records = parseCsv(batchToCsv(rowsOf(classifyCsv(MIXED))));
    const [header, ...body] = records.map((record) => (record.ok ? record.fields : []));
    expect(header).toEqual([...BATCH_CSV_COLUMNS]);
    const byColumn = body.map((fields) => Object.fromEntries(BATCH_CSV_COLUMNS.map((column, i) => [column, fields[i]])));
    expect(byColumn[0]).toMatchObject({
      line: "2",
      ihc: "3+",
      kind: "final",
      status: "positive",
      category: "her2-positive",
      ishGroup: "",
      nextStep: "",
      error: "",
    });
    expect(byColumn[1]).toMatchObject({ line: "3", ihc: "4+", kind: "invalid", status: "", error: expect.stringMatching(/^ihc: .*0, 1\+, 2\+ or 3\+/) });
    expect(byColumn[2]).toMatchObject({ line: "4", ratio: "2.2", recountCopies: "3.6", status: "negative", category: "her2-low", ishGroup: "2" });
    expect(byColumn[6]).toMatchObject({ line: "9", copies: "5.0", assay: "single", kind: "pending", nextStep: "reflex-ihc", status: "" });
  });

  it("writes withComment for final results and the recount group where a recount was given", () => {
    const text = [
      "ihc,ratio,copies,recountRatio,recountCopies",
      "2+,2.2,3.5,2.1,3.6", // case 18: group 2, recount confirms → negative with comment
      "2+,1.5,6.2,1.6,5.8", // case 16: group 3, recount in group 4 → adjudication
      "1+,1.8,5.0,,", // case 24: group 4 + IHC 1+ → negative with comment, no recount
      "2+,1.2,2.5,,", // group 5 → negative, no comment
      "3+,,,,", // positive
      "4+,,,,", // invalid
    ].join("\n");
    const [, ...body] = parseCsv(batchToCsv(rowsOf(classifyCsv(text)))).map((record) => (record.ok ? record.fields : []));
    const pick = (fields: string[]) => {
      const cells = Object.fromEntries(BATCH_CSV_COLUMNS.map((column, i) => [column, fields[i]]));
      return [cells.kind, cells.withComment, cells.ishGroup, cells.recountGroup];
    };
    expect(body.map(pick)).toEqual([
      ["final", "true", "2", "2"],
      ["pending", "", "3", "4"],
      ["final", "true", "4", ""],
      ["final", "false", "5", ""],
      ["final", "false", "", ""],
      ["invalid", "", "", ""],
    ]);
  });

  it("stops an echoed cell from running as a spreadsheet formula", () => {
    const rows = rowsOf(classifyCsv('ihc,ratio,copies\n3+,"=HYPERLINK(""x"")",-1\n'));
    const [, first] = parseCsv(batchToCsv(rows)).map((record) => (record.ok ? record.fields : []));
    const cells = Object.fromEntries(BATCH_CSV_COLUMNS.map((column, i) => [column, first?.[i]]));
    expect(cells.ratio).toBe('\'=HYPERLINK("x")');
    expect(cells.copies).toBe("'-1");
    expect(cells.kind).toBe("invalid");
  });
});

describe("the on-screen error list", () => {
  it("groups every row error by parameter and message, with its lines", () => {
    expect(groupRowErrors(rowsOf(classifyCsv(MIXED)))).toEqual([
      { parameter: "ihc", message: expect.stringMatching(/^The IHC score must be/), lines: [3] },
      { parameter: "ultralow", message: "Only allowed with IHC 0.", lines: [5] },
      { parameter: "ratio", message: expect.stringMatching(/^Must be a finite number > 0/), lines: [8] },
    ]);
    const malformed = groupRowErrors(rowsOf(classifyCsv("ihc,ratio\n3+\n2+,1,9\n1+")));
    expect(malformed).toEqual([
      { parameter: null, message: "Expected 2 fields, one per header column, but found 1.", lines: [2, 4] },
      { parameter: null, message: "Expected 2 fields, one per header column, but found 3.", lines: [3] },
    ]);
  });

  it("collapses runs of lines", () => {
    expect(lineRanges([])).toBe("");
    expect(lineRanges([7])).toBe("7");
    expect(lineRanges([3, 5, 6, 7, 8, 12, 13])).toBe("3, 5–8, 12–13");
  });
});
