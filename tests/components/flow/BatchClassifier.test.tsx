import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BatchClassifier } from "@/components/flow/BatchClassifier";
import { BATCH_TABLE_ROWS } from "@/components/flow/BatchResults";

const MIXED = [
  "ihc,ultralow,ratio,copies,cep17,recountRatio,recountCopies,assay",
  "3+,,,,,,,", // line 2: positive
  "4+,,,,,,,", // line 3: bad IHC score
  "2+,,2.2,3.5,,2.1,3.6,", // line 4: group 2, recount confirms: HER2-low
  "1+,true,,,,,,", // line 5: ultralow with 1+
  ",,1.2,2.4,,,,", // line 6: ISH first, group 5, no IHC
  "2+,,abc,4.0,,,,", // line 7: bad ratio
  ",,,5.0,,,,single", // line 8: single-probe 4–6 without IHC: reflex IHC
  "2+,,,,,,,", // line 9: reflex ISH
].join("\n");

/** Classifies `text` and waits for the outcome: the classifier's code loads on the first batch. */
async function classify(text: string) {
  render(<BatchClassifier />);
  fireEvent.change(screen.getByLabelText("CSV text"), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "Classify" }));
  await waitFor(() => expect(screen.queryByTestId("batch-summary") ?? screen.queryByTestId("batch-file-error")).not.toBeNull());
}

function count(table: string, key: string): string | null | undefined {
  return screen.getByTestId(table).querySelector(`[data-key="${key}"] td`)?.textContent;
}

afterEach(() => vi.unstubAllGlobals());

describe("BatchClassifier", () => {
  it("counts categories and next steps, and gives each malformed row its own line and message", async () => {
    await classify(MIXED);
    expect(screen.getByTestId("batch-summary")).toHaveTextContent("8 rows: 3 final, 2 not final yet, 3 with errors.");
    expect(count("batch-category-counts", "her2-positive")).toBe("1");
    expect(count("batch-category-counts", "her2-low")).toBe("1");
    expect(count("batch-category-counts", "ihc-unknown")).toBe("1");
    expect(count("batch-next-step-counts", "reflex-ihc")).toBe("1");
    expect(count("batch-next-step-counts", "reflex-ish")).toBe("1");
    expect(count("batch-next-step-counts", "invalid")).toBe("3");

    const rows = within(screen.getByTestId("batch-rows")).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(8);
    const byLine = (line: number) => rows.find((row) => row.querySelector("td")?.textContent === String(line));
    expect(byLine(3)).toHaveTextContent("Error in ihc: The IHC score must be 0, 1+, 2+ or 3+.");
    expect(byLine(5)).toHaveTextContent("Error in ultralow: Only allowed with IHC 0.");
    expect(byLine(7)).toHaveTextContent("Error in ratio: Must be a finite number > 0");
    expect(byLine(4)).toHaveTextContent("HER2-negative, with comment (HER2-low)");
    expect(byLine(2)).toHaveTextContent("IHC 3+");
  });

  it("shows the id column first in the table and the download, and reads IHC as reports write it", async () => {
    const createObjectURL = vi.fn((_blob: Blob) => "blob:her2");
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    await classify(["Case_ID,ihc,ratio,copies", "P-001,IHC 3+,,", "P-002,IHC2+,2.5,5.1", "P-003,IHC 4+,,", ",1+,,"].join("\n"));
    expect(screen.getByTestId("batch-summary")).toHaveTextContent("4 rows: 3 final, 0 not final yet, 1 with errors.");

    const table = screen.getByTestId("batch-rows");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Case_ID", "Line", "Case", "Result"]);
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((td) => td.textContent),
      );
    expect(rows).toEqual([
      ["P-001", "2", "IHC 3+", "HER2-positive"],
      ["P-002", "3", "IHC2+, ratio 2.5, 5.1 copies", "HER2-positive"],
      ["P-003", "4", "IHC 4+", 'Error in ihc: The IHC score must be 0, 1+, 2+ or 3+. Got "IHC 4+".'],
      ["—", "5", "IHC 1+", "HER2-negative (HER2-low)"],
    ]);

    fireEvent.click(screen.getByRole("button", { name: "Download results (CSV)" }));
    const lines = (await (createObjectURL.mock.calls[0]![0] as Blob).text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^Case_ID,line,ihc,/);
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 3).join(","))).toEqual(["P-001,2,IHC 3+", "P-002,3,IHC2+", "P-003,4,IHC 4+", ",5,1+"]);
    click.mockRestore();
  });

  it("has no id column without one in the file", async () => {
    await classify("ihc\n3+");
    expect(screen.queryByTestId("batch-id-column")).toBeNull();
    expect(
      within(screen.getByTestId("batch-rows"))
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Line", "Case", "Result"]);
  });

  it("reports a bad header as a file-level error", async () => {
    await classify("ihc,grade\n2+,3");
    expect(screen.getByTestId("batch-file-error")).toHaveTextContent("Line 1: grade: Unknown column. Allowed columns: id, case_id, ihc, ultralow,");
    expect(screen.queryByTestId("batch-rows")).toBeNull();
  });

  it("shows only the first rows of a big batch and says so; the download has every row", async () => {
    const createObjectURL = vi.fn((_blob: Blob) => "blob:her2");
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    await classify(["ihc", ...Array.from({ length: 1000 }, (_, i) => ["3+", "2+", "1+", "0"][i % 4])].join("\n"));
    expect(screen.getByTestId("batch-summary")).toHaveTextContent("1,000 rows: 750 final, 250 not final yet, 0 with errors.");
    expect(screen.getByTestId("batch-truncated")).toHaveTextContent(`The table shows the first ${BATCH_TABLE_ROWS} of 1,000 rows.`);
    expect(within(screen.getByTestId("batch-rows")).getAllByRole("row")).toHaveLength(BATCH_TABLE_ROWS + 1);

    fireEvent.click(screen.getByRole("button", { name: "Download results (CSV)" }));
    expect(click).toHaveBeenCalledOnce();
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe("text/csv;charset=utf-8");
    const lines = (await blob.text()).trim().split("\r\n");
    expect(lines).toHaveLength(1001);
    expect(lines[0]).toBe(
      "line,ihc,ultralow,ratio,copies,cep17,recountRatio,recountCopies,assay,kind,status,category,withComment,ishGroup,recountGroup,nextStep,error",
    );
    expect(lines[1000]).toBe("1001,0,,,,,,,,final,negative,her2-zero-unspecified,false,,,,");
    click.mockRestore();
  });

  it("lists every row error with its line, including those past the table's first rows", async () => {
    const body = Array.from({ length: 1000 }, (_, i) => (i === 598 ? "2+,abc" : i >= 997 ? "4+," : i % 100 === 50 ? "9," : "3+,"));
    await classify(["ihc,ratio", ...body].join("\n"));
    expect(within(screen.getByTestId("batch-rows")).getAllByRole("row")).toHaveLength(BATCH_TABLE_ROWS + 1);
    const list = screen.getByTestId("batch-errors");
    expect(list).toHaveAccessibleName("Rows with errors");
    expect(within(list).getByRole("heading")).toHaveTextContent("14 rows with errors, by line");
    const items = within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      'ihc: The IHC score must be 0, 1+, 2+ or 3+. Got "9". Lines 52, 152, 252, 352, 452, 552, 652, 752, 852, 952.',
      'ratio: Must be a finite number > 0, written as a plain decimal such as 2.1. Got "abc". Line 600.',
      'ihc: The IHC score must be 0, 1+, 2+ or 3+. Got "4+". Lines 999–1001.',
    ]);
  });

  it("shows no error list when every row could be read", async () => {
    await classify("ihc\n3+\n1+");
    expect(screen.queryByTestId("batch-errors")).toBeNull();
  });

  it("reads a chosen .csv file in the browser", async () => {
    render(<BatchClassifier />);
    const file = new File(["ihc,ratio,copies\n2+,2.5,5.1\n"], "cases.csv", { type: "text/csv" });
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Or choose a CSV file:"), { target: { files: [file] } });
    });
    expect(await screen.findByTestId("batch-summary")).toHaveTextContent("1 row: 1 final");
    expect(screen.getByLabelText("CSV text")).toHaveValue("ihc,ratio,copies\n2+,2.5,5.1\n");
  });

  it("loads an example with one case per outcome and a bad row", async () => {
    render(<BatchClassifier />);
    fireEvent.click(screen.getByRole("button", { name: "Load an example" }));
    expect(await screen.findByTestId("batch-summary")).toHaveTextContent("12 rows: 6 final, 5 not final yet, 1 with errors.");
    // Each example carries a case id, to show the column passing through.
    expect(screen.getByTestId("batch-id-column")).toHaveTextContent("case_id");
    expect(within(screen.getByTestId("batch-rows")).getAllByRole("row")[1]?.querySelector("td")).toHaveTextContent("example-1");
  });
});
