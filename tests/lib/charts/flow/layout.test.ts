import { describe, expect, it } from "vitest";
import { longestPathDepths } from "@/lib/charts/flow/layered-graph";
import { FLOW_LAYOUT, FLOW_ORIENTATIONS, layoutFlow, overlaps, type PlacedNode, pathData } from "@/lib/charts/flow/layout";
import { isotonic } from "@/lib/charts/flow/placement";
import { shortCondition } from "@/lib/her2/edge-labels";
import { ENTRY_NODE, her2Edges, her2Nodes, type NodeId } from "@/lib/her2/graph";
import { wrapText } from "@/lib/her2/wrap-text";

const depth = longestPathDepths(
  her2Nodes.map((node) => node.id),
  her2Edges,
);

describe.each(FLOW_ORIENTATIONS)("the %s flow layout", (orientation) => {
  const layout = layoutFlow(orientation);
  const settings = FLOW_LAYOUT[orientation];
  const box = (id: NodeId) => layout.nodes.find((node) => node.id === id) as PlacedNode;

  it("places every node of the graph exactly once, and routes every edge", () => {
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(her2Nodes.map((node) => node.id).sort());
    expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(her2Edges.map((edge) => `${edge.from}>${edge.to}`));
  });

  it("carries each node's kind and words with its box, so what draws the layout needs no graph", () => {
    for (const { id, kind, label, plain } of her2Nodes) expect(box(id), id).toMatchObject({ kind, label, plain });
  });

  it("never lets two boxes overlap, and keeps every box inside the drawing", () => {
    for (const [i, a] of layout.nodes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  });

  it("draws every edge downward, from a lower row to a higher one: there are no back-edges", () => {
    expect(layout.nodes.find((node) => node.id === ENTRY_NODE)?.row).toBe(0);
    for (const node of layout.nodes) expect(node.row).toBeGreaterThanOrEqual(depth.get(node.id) ?? 0);
    for (const edge of layout.edges) {
      const [source, target] = [box(edge.from), box(edge.to)];
      expect(source.row, `${edge.from}>${edge.to}`).toBeLessThan(target.row);
      const first = edge.points[0];
      const last = edge.points[edge.points.length - 1];
      expect(first?.y).toBe(source.y + source.height);
      expect(first?.x).toBeGreaterThan(source.x);
      expect(first?.x).toBeLessThan(source.x + source.width);
      expect(last?.y).toBe(target.y);
      expect(last?.x).toBeGreaterThan(target.x);
      expect(last?.x).toBeLessThan(target.x + target.width);
      const ys = edge.points.map((point) => point.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      expect(edge.path.startsWith(`M${first?.x},${first?.y}`)).toBe(true);
    }
  });

  it("lets a long edge pass through rows only beside the boxes, never through one", () => {
    for (const edge of layout.edges) {
      for (const point of edge.points.slice(1, -1)) {
        const hit = layout.nodes.find((node) => point.x > node.x && point.x < node.x + node.width && point.y > node.y && point.y < node.y + node.height);
        expect(hit?.id, `${edge.from}>${edge.to} at ${point.x},${point.y}`).toBeUndefined();
      }
    }
  });

  it("wraps every label inside its box", () => {
    const charWidth = settings.fontSize * settings.charWidthEm;
    for (const node of layout.nodes) {
      expect(node.lines.map((line) => line.text).join(" ")).toBe(her2Nodes.find((n) => n.id === node.id)?.label);
      for (const line of node.lines) {
        expect(line.text.length * charWidth, `${node.id}: ${line.text}`).toBeLessThanOrEqual(node.width - 2 * settings.paddingX);
        expect(line.y).toBeGreaterThan(node.y);
        expect(line.y).toBeLessThan(node.y + node.height);
      }
    }
  });

  it("keeps rows within their box limit and the drawing within its target width", () => {
    const perRow = new Map<number, number>();
    for (const node of layout.nodes) perRow.set(node.row, (perRow.get(node.row) ?? 0) + 1);
    expect(Math.max(...perRow.values())).toBeLessThanOrEqual(settings.maxNodesPerRow);
    expect(layout.width).toBeLessThanOrEqual(settings.targetWidth);
  });

  it("labels conditional edges where the label clears every box and every other label", () => {
    const labels = layout.edges.flatMap((edge) => (edge.label ? [edge.label] : []));
    expect(labels.length).toBeGreaterThan(her2Edges.length / 2);
    for (const edge of layout.edges) {
      if (edge.label) expect(edge.label.text).toBe(shortCondition(her2Edges.find((e) => e.from === edge.from && e.to === edge.to)!));
      else continue;
      expect(edge.label.x).toBeGreaterThanOrEqual(0);
      expect(edge.label.x + edge.label.width).toBeLessThanOrEqual(layout.width);
    }
    for (const [i, label] of labels.entries()) {
      for (const node of layout.nodes) expect(overlaps(label, node), `${label.text} on ${node.id}`).toBe(false);
      for (const other of labels.slice(i + 1)) expect(overlaps(label, other), `${label.text} on ${other.text}`).toBe(false);
    }
    for (const edge of layout.edges.filter((e) => her2Edges.find((h) => h.from === e.from && h.to === e.to)?.condition.startsWith("always"))) {
      expect(edge.label).toBeNull();
    }
  });

  it("draws every condition on the desktop diagram; the phone's narrow rows may leave out at most two", () => {
    const missing = layout.edges.filter(
      (edge) => edge.label === null && shortCondition(her2Edges.find((e) => e.from === edge.from && e.to === edge.to)!) !== null,
    );
    expect(missing.length, missing.map((edge) => `${edge.from}>${edge.to}`).join(", ")).toBeLessThanOrEqual(orientation === "wide" ? 0 : 2);
  });

  it("orders the rows to reduce crossings", () => {
    const unordered = layoutFlow(orientation, { ...settings, orderingSweeps: 0 });
    expect(layout.crossings).toBeLessThan(unordered.crossings);
  });

  it("keeps siblings in the graph's order: IHC 3+, 2+, 1+, 0 and ISH groups 1 to 5 read left to right", () => {
    const inOrder = (ids: NodeId[]) => {
      const sameRow = ids.map(box).filter((node, _, all) => node.row === all[0]?.row);
      const xs = sameRow.map((node) => node.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    };
    inOrder(["ihc-3", "ihc-2", "ihc-1", "ihc-0"]);
    inOrder(["group-1", "group-2"]);
    inOrder(["group-3", "group-4", "group-5"]);
  });

  it("is deterministic", () => {
    expect(layoutFlow(orientation)).toEqual(layout);
  });
});

describe("the two orientations", () => {
  it("differ: wide rows for desktop, a narrow, taller drawing for phones", () => {
    const [wide, tall] = [layoutFlow("wide"), layoutFlow("tall")];
    expect(tall.width).toBeLessThan(wide.width / 2);
    expect(tall.rowCount).toBeGreaterThan(wide.rowCount);
    expect(tall.width).toBeLessThanOrEqual(400); // legible at 375 px, scaled by no more than ~0.85
  });
});

describe("layout helpers", () => {
  it("longest-path depths follow every edge, and a cycle is refused", () => {
    expect(depth.get(ENTRY_NODE)).toBe(0);
    for (const edge of her2Edges) expect(depth.get(edge.from)!).toBeLessThan(depth.get(edge.to)!);
    expect(() =>
      longestPathDepths(
        ["a", "b"],
        [
          { from: "a", to: "b" },
          { from: "b", to: "a" },
        ],
      ),
    ).toThrow(/cycle/);
  });

  it("isotonic regression pools adjacent violators by weight", () => {
    expect(isotonic([1, 2, 3], [1, 1, 1])).toEqual([1, 2, 3]);
    expect(isotonic([3, 1, 2], [1, 1, 1])).toEqual([2, 2, 2]);
    expect(isotonic([4, 0], [3, 1])).toEqual([3, 3]);
  });

  it("wraps words greedily and cuts a word longer than a line", () => {
    expect(wrapText("Average HER2 copies ≥ 4.0?", 12)).toEqual(["Average HER2", "copies ≥", "4.0?"]);
    expect(wrapText("HER2-negative;", 6)).toEqual(["HER2-n", "egativ", "e;"]);
  });

  it("draws straight runs with V and gaps between rows as S-curves", () => {
    expect(
      pathData([
        { x: 10, y: 0 },
        { x: 10, y: 20 },
        { x: 30, y: 40 },
      ]),
    ).toBe("M10,0V20C10,30 30,30 30,40");
  });

  it("has a short label for every edge that is not taken always", () => {
    for (const edge of her2Edges) {
      const label = shortCondition(edge);
      if (edge.condition.startsWith("always")) expect(label).toBeNull();
      else expect(label, edge.condition).toMatch(/^.{1,18}$/);
    }
  });
});
