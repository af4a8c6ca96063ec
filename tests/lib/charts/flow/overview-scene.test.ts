// @vitest-environment node
import { describe, expect, it } from "vitest";
import { flowImageScene } from "@/lib/charts/flow/image-scene";
import { flowOverviewDrawing, overviewRows } from "@/lib/charts/flow/overview-scene";
import { IHC_ZERO_STAINING } from "@/lib/her2/category-text";
import { nodeById } from "@/lib/her2/graph";
import type { Mark } from "@/lib/scene/types";

function flatten(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((mark) => (mark.kind === "group" || mark.kind === "viewport" ? [mark, ...flatten(mark.marks)] : [mark]));
}
const nodeIds = (marks: readonly Mark[]) => flatten(marks).flatMap((mark) => (mark.kind === "group" && mark.data?.node ? [mark.data.node] : []));

describe("the flow overview (a slide without a case)", () => {
  it("gives each IHC score its row, from the score to the classifier's answer for it (§1 and the 2023 HER2-low/ultralow/null reading)", () => {
    expect(overviewRows().map((row) => row.map((step) => step.id))).toEqual([
      ["ihc-3", "status-positive"],
      ["ihc-2", "reflex-ish", "pending-ish"],
      ["ihc-1", "status-negative", "cat-her2-low"],
      ["ihc-0", "status-negative", "cat-her2-ultralow"],
      ["ihc-0", "status-negative", "cat-her2-null"],
    ]);
  });

  it("tells the two IHC 0 rows apart by their half of IHC 0: faint staining in ≤10% of cells, or none (§1.2)", () => {
    const scores = overviewRows().map((row) => row[0]?.label);
    const ihc0 = nodeById("ihc-0").label;
    expect(scores.slice(3)).toEqual([`${ihc0}, ${IHC_ZERO_STAINING.ultralow}`, `${ihc0}, ${IHC_ZERO_STAINING.null}`]);
    expect(new Set(scores).size).toBe(scores.length);
    expect(IHC_ZERO_STAINING.ultralow).toMatch(/faint.*≤10%/);
    expect(IHC_ZERO_STAINING.null).toMatch(/no staining/);
    // The other rows keep the graph's own labels.
    expect(scores.slice(0, 3)).toEqual((["ihc-3", "ihc-2", "ihc-1"] as const).map((id) => nodeById(id).label));
    // The drawn boxes say it too (wrapped over lines).
    const texts = flatten(flowOverviewDrawing(1400).marks).flatMap((mark) =>
      mark.kind === "text-lines" ? [mark.lines.map((line) => line.text).join(" ")] : [],
    );
    for (const staining of Object.values(IHC_ZERO_STAINING)) expect(texts).toContain(`${ihc0}, ${staining}`);
  });

  it("draws the rows in aligned columns, one arrow between neighbours in a row and none between rows", () => {
    const width = 1400;
    const drawing = flowOverviewDrawing(width);
    const rows = overviewRows();
    expect(nodeIds(drawing.marks)).toEqual(rows.flat().map((step) => step.id));
    const edges = flatten(drawing.marks).filter((mark) => mark.kind === "path" && mark.className === "flow-edge");
    expect(edges).toHaveLength(rows.reduce((sum, row) => sum + row.length - 1, 0));
    // Every arrow runs straight across (one y): none turns down to another row.
    for (const edge of edges) if (edge.kind === "path") expect(edge.d).toMatch(/^M[\d.]+,[\d.]+H[\d.]+$/);
    const boxes = flatten(drawing.marks).filter((mark) => mark.kind === "rect" && mark.className === "flow-box");
    const columns = [...new Set(boxes.map((box) => (box.kind === "rect" ? box.x : -1)))];
    expect(columns).toHaveLength(3);
    for (const box of boxes) {
      if (box.kind !== "rect") continue;
      expect(Number(box.x) + Number(box.width)).toBeLessThanOrEqual(width + 0.1);
      expect(Number(box.y) + Number(box.height)).toBeLessThanOrEqual(drawing.height);
    }
    // Each row's result is the one in bold.
    const bold = flatten(drawing.marks).filter((mark) => mark.kind === "text-lines" && mark.style?.fontWeight === 700 && mark.className !== "flow-answer");
    expect(bold.map((mark) => (mark.kind === "text-lines" ? mark.lines.map((line) => line.text).join(" ") : ""))).toEqual([
      "HER2-positive",
      "Equivocal: ISH needed",
      "HER2-low",
      "HER2-ultralow",
      "HER2-null",
    ]);
  });

  it("is what the slide and card images draw without a case; the square still draws the whole diagram", () => {
    const frame = { title: "t", takeaway: "k", citation: "c", address: "/testing", kind: "flow" as const, path: [] };
    const overview = overviewRows()
      .flat()
      .map((step) => step.id);
    for (const size of ["slide", "og"] as const) expect(nodeIds(flowImageScene({ ...frame, size }).marks)).toEqual(overview);
    expect(nodeIds(flowImageScene({ ...frame, size: "square" }).marks).length).toBeGreaterThan(overview.length);
  });
});
