// @vitest-environment node
import { describe, expect, it } from "vitest";
import { flowImageScene } from "@/lib/charts/flow/image-scene";
import { layoutFlow } from "@/lib/charts/flow/layout";
import { FLOW_STYLES, flowScene, outcomesInOrder } from "@/lib/charts/flow/scene";
import { classifyHer2, parseHer2Query } from "@/lib/her2";
import { type NodeId, outcomeNodes } from "@/lib/her2/graph";
import { EXPORT_SIZES, type ExportSize } from "@/lib/scene/frame";
import type { Mark, MarkStyle } from "@/lib/scene/types";

const layout = layoutFlow("wide");
const path = (() => {
  const parsed = parseHer2Query(new URLSearchParams("ihc=2%2B&ratio=2.5&copies=5"));
  if (!parsed.ok) throw new Error("fixture case should parse");
  return classifyHer2(parsed.input).path;
})();

function flatten(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((mark) => (mark.kind === "group" || mark.kind === "viewport" ? [mark, ...flatten(mark.marks)] : [mark]));
}
const groups = (marks: readonly Mark[], name: string) => flatten(marks).flatMap((mark) => (mark.kind === "group" && mark.data?.[name] ? [mark] : []));
const boxStyle = (marks: readonly Mark[], id: NodeId): MarkStyle | undefined => {
  const node = groups(marks, "node").find((mark) => mark.data?.node === id);
  const box = node?.marks.find((mark) => mark.className === "flow-box");
  return box?.style;
};
const edgeStyle = (marks: readonly Mark[], key: string) => groups(marks, "edge").find((mark) => mark.data?.edge === key)?.marks[0]?.style;

describe("flowScene", () => {
  it("draws one box per node and one line per edge, at the layout's size", () => {
    const scene = flowScene(layout, { path: [] });
    expect(groups(scene.marks, "node").map((mark) => mark.data?.node)).toEqual(layout.nodes.map((node) => node.id));
    expect(groups(scene.marks, "edge")).toHaveLength(layout.edges.length);
    expect([scene.width, scene.height]).toEqual([layout.width, layout.height]);
    expect(scene.description).toMatch(/^Every step/);
  });

  it("marks exactly the case's path, its current step the strongest, and the other lines step back", () => {
    const scene = flowScene(layout, { path });
    const lit = groups(scene.marks, "node").filter((mark) => mark.data?.["on-path"] === "true");
    expect(lit.map((mark) => mark.data?.node).sort()).toEqual([...path].sort());
    expect(groups(scene.marks, "edge").filter((mark) => mark.data?.["on-path"] === "true")).toHaveLength(path.length - 1);
    const last = path.at(-1) as NodeId;
    expect(boxStyle(scene.marks, last)).toMatchObject({ stroke: "var(--flow-path)", strokeWidth: 5, fill: "var(--flow-path-fill)" });
    expect(boxStyle(scene.marks, path[1] as NodeId)).toMatchObject({ stroke: "var(--flow-path)", strokeWidth: 3 });
    expect(edgeStyle(scene.marks, `${path[0]}>${path[1]}`)).toEqual(FLOW_STYLES.edge.path);
    const offPath = layout.edges.find((edge) => !path.includes(edge.to));
    expect(edgeStyle(scene.marks, `${offPath?.from}>${offPath?.to}`)).toEqual(FLOW_STYLES.edge.faint);
    expect(edgeStyle(flowScene(layout, { path: [] }).marks, `${offPath?.from}>${offPath?.to}`)).toEqual(FLOW_STYLES.edge.base);
    // The highlighted lines are drawn last, on top of the others.
    expect(
      groups(scene.marks, "edge")
        .slice(-(path.length - 1))
        .every((mark) => mark.data?.["on-path"] === "true"),
    ).toBe(true);
  });

  it("draws an explored outcome's routes dashed, and the explored box solid and strong", () => {
    const outcome = "pending-recount" as NodeId;
    const routes = [["g3-recount", "pending-recount"]] as NodeId[][];
    const scene = flowScene(layout, { path: [], explored: { outcome, paths: routes } });
    expect(edgeStyle(scene.marks, "g3-recount>pending-recount")).toEqual(FLOW_STYLES.edge.explored);
    expect(boxStyle(scene.marks, outcome)).toMatchObject({ stroke: "var(--flow-explore)", strokeWidth: 4, dash: undefined });
    expect(boxStyle(flowScene(layout, { path: [] }).marks, outcome)).toMatchObject({ dash: "5 3" });
  });

  it("orders the outcomes for the keyboard by row, then left to right", () => {
    const order = outcomesInOrder(layout);
    expect(order.map((node) => node.id).sort()).toEqual(outcomeNodes.map((node) => node.id).sort());
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1], order[i]];
      expect(a && b && (a.row < b.row || (a.row === b.row && a.x < b.x))).toBe(true);
    }
  });
});

describe("flowImageScene", () => {
  it("fits its size and draws the page's marks on the square, for a case and for the bare diagram (wide sizes draw a path or the overview)", () => {
    const cases: [ExportSize, readonly NodeId[]][] = [
      ["square", path],
      ["square", []],
    ];
    for (const [size, drawn] of cases) {
      const scene = flowImageScene({ kind: "flow", title: "T", takeaway: "W", citation: "C", address: "/testing", path: drawn, size });
      expect([scene.width, scene.height]).toEqual([EXPORT_SIZES[size].width, EXPORT_SIZES[size].height]);
      const box = flatten(scene.marks).find((mark) => mark.kind === "viewport");
      expect(box?.kind === "viewport" && box.marks).toEqual(flowScene(layout, { path: drawn }).marks);
    }
  });
});
