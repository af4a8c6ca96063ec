import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DataTable, type TableColumn } from "@/components/layout/DataTable";

interface Drug {
  id: string;
  name: string;
  rate: number;
  suppressed: boolean;
}

const COLUMNS: readonly TableColumn<Drug>[] = [
  { header: "Drug", cell: (row) => row.name },
  {
    header: "Rate",
    numeric: true,
    cell: (row) => row.rate.toFixed(1),
    cellProps: (row) => ({ className: row.suppressed ? "muted" : undefined, "data-id": `rate-${row.id}` }),
  },
  { header: "Note", cell: (row) => (row.suppressed ? "Suppressed" : ""), cellProps: () => ({ className: "notes" }) },
];

const ROWS: Drug[] = [
  { id: "a", name: "Herceptin", rate: 12.4, suppressed: false },
  { id: "b", name: "Perjeta", rate: 0, suppressed: true },
];

const renderTable = (props: Partial<Parameters<typeof DataTable<Drug>>[0]> = {}) =>
  render(<DataTable columns={COLUMNS} rows={ROWS} rowKey={(row) => row.id} caption="Drugs and rates" testId="drugs" {...props} />);

describe("DataTable", () => {
  it("heads each column and makes each row's first cell its row header, so a screen reader names every cell", () => {
    renderTable();
    const table = screen.getByTestId("drugs");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Drug", "Rate", "Note"]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((th) => th.textContent),
    ).toEqual(["Herceptin", "Perjeta"]);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .every((th) => th.getAttribute("scope") === "col"),
    ).toBe(true);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .every((th) => th.getAttribute("scope") === "row"),
    ).toBe(true);
    expect(
      within(table)
        .getAllByRole("cell")
        .map((td) => td.textContent),
    ).toEqual(["12.4", "", "0.0", "Suppressed"]);
  });

  it("right-aligns a numeric column's header and cells, adding a cell's own class and data to it", () => {
    renderTable();
    const table = screen.getByTestId("drugs");
    expect(within(table).getByRole("columnheader", { name: "Rate" })).toHaveClass("num", { exact: true });
    expect(within(table).getByRole("columnheader", { name: "Drug" }).getAttribute("class")).toBeNull();
    expect(table.querySelector('[data-id="rate-a"]')?.getAttribute("class")).toBe("num");
    expect(table.querySelector('[data-id="rate-b"]')?.getAttribute("class")).toBe("num muted");
    expect(within(table).getByRole("cell", { name: "Suppressed" })).toHaveClass("notes", { exact: true });
  });

  it("reads the caption to screen readers only", () => {
    const caption = renderTable().container.querySelector("caption");
    expect(caption).toHaveTextContent("Drugs and rates");
    expect(caption).toHaveClass("sr-only");
  });

  it("leaves the caption out when there is none, and gives rows their own attributes", () => {
    renderTable({ caption: undefined, rowProps: (row) => ({ "data-key": row.id, className: row.suppressed ? "is-muted" : undefined }) });
    const table = screen.getByTestId("drugs");
    expect(table.querySelector("caption")).toBeNull();
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((tr) => [tr.getAttribute("data-key"), tr.getAttribute("class")])).toEqual([
      ["a", null],
      ["b", "is-muted"],
    ]);
  });
});
