import { describe, expect, it } from "vitest";
import { classifyHer2, ENTRY_NODE, edgesFrom, her2Edges, her2Nodes, isEdge, type NodeId, nodeById, outcomeNodes, parseHer2Query } from "@/lib/her2";
import { paramsFrom } from "./helpers";
import { VALID_CASES } from "./reference-cases";

const casePaths: [string, NodeId[]][] = VALID_CASES.map(([n, , inputs]) => {
  const parsed = parseHer2Query(paramsFrom(inputs));
  if (!parsed.ok) throw new Error(`case ${n} rejected`);
  return [`case ${n}`, classifyHer2(parsed.input).path];
});

// Every reading the parser accepts on a grid around each threshold, for the invariants below.
function gridPaths(): NodeId[][] {
  const ihcs = ["", "ihc=0", "ihc=0&ultralow=true", "ihc=0&ultralow=false", "ihc=1", "ihc=2", "ihc=3"];
  const values = ["1.2", "1.99", "2.0", "2.5", "3.99", "4.0", "5.99", "6.0", "7.0"];
  const ish = [
    "",
    ...values.flatMap((ratio) => values.map((copies) => `ratio=${ratio}&copies=${copies}`)),
    ...values.map((copies) => `copies=${copies}&assay=single`),
  ];
  const recounts = ["", "recountRatio=1.8&recountCopies=4.5", "recountRatio=2.2&recountCopies=3.5", "recountRatio=1.5&recountCopies=6.8"];
  const paths: NodeId[][] = [];
  for (const ihc of ihcs)
    for (const i of ish)
      for (const recount of recounts) {
        const parsed = parseHer2Query(new URLSearchParams([ihc, i, recount].filter(Boolean).join("&")));
        if (parsed.ok) paths.push(classifyHer2(parsed.input).path);
      }
  return paths;
}

describe("the flow graph (reference §3.2, §3.3)", () => {
  it("has the 37 nodes of §3.2, each once, with a label and a plain label", () => {
    expect(her2Nodes).toHaveLength(37);
    expect(new Set(her2Nodes.map((node) => node.id)).size).toBe(37);
    for (const node of her2Nodes) {
      expect(node.label).not.toBe("");
      expect(node.plain).not.toBe("");
      expect(nodeById(node.id)).toEqual(node);
    }
  });

  it("has the 60 edges of §3.3, none repeated, all between known nodes", () => {
    expect(her2Edges).toHaveLength(60);
    const ids = new Set(her2Nodes.map((node) => node.id));
    expect(new Set(her2Edges.map((edge) => `${edge.from}>${edge.to}`)).size).toBe(60);
    for (const edge of her2Edges) {
      expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
      expect(edge.condition).not.toBe("");
    }
  });

  it("answers edge questions from the data", () => {
    expect(isEdge("ish-dual", "ratio-high")).toBe(true);
    expect(isEdge("ratio-high", "ish-dual")).toBe(false);
    expect(isEdge("ihc-2", "status-negative")).toBe(false); // §6 item 2: IHC 2+ must go to ISH
    expect(edgesFrom("ratio-low").map((edge) => edge.to)).toEqual(["group-3", "group-4", "group-5"]);
    expect(edgesFrom("status-positive")).toEqual([]);
  });

  it("ends only on status-positive, pending-* or cat-* nodes (§3.3)", () => {
    const expected = her2Nodes.filter((node) => node.id === "status-positive" || node.kind === "pending" || node.kind === "category");
    expect(outcomeNodes.map((node) => node.id).sort()).toEqual(expected.map((node) => node.id).sort());
    expect(outcomeNodes).toHaveLength(11);
  });

  it("reaches every node, outcome nodes included, from the entry node", () => {
    const reached = new Set<NodeId>([ENTRY_NODE]);
    for (let frontier: NodeId[] = [ENTRY_NODE]; frontier.length > 0; ) {
      frontier = frontier.flatMap((id) => edgesFrom(id).map((edge) => edge.to)).filter((id) => !reached.has(id));
      for (const id of frontier) reached.add(id);
    }
    expect([...reached].sort()).toEqual(her2Nodes.map((node) => node.id).sort());
  });
});

describe("classification paths against the graph", () => {
  it.each(casePaths)("%s: starts at the entry node, walks along edges, ends on an outcome node", (_name, path) => {
    expect(path[0]).toBe(ENTRY_NODE);
    for (let i = 1; i < path.length; i += 1) expect(isEdge(path[i - 1] as NodeId, path[i] as NodeId), `${path[i - 1]} → ${path[i]}`).toBe(true);
    expect(outcomeNodes.map((node) => node.id)).toContain(path.at(-1));
  });

  it("uses every edge of the graph in at least one of the reference cases (§3.3: all 60)", () => {
    const used = new Set(casePaths.flatMap(([, path]) => path.slice(1).map((to, i) => `${path[i]}>${to}`)));
    const unused = her2Edges.map((edge) => `${edge.from}>${edge.to}`).filter((edge) => !used.has(edge));
    expect(unused).toEqual([]);
  });

  it("reaches every outcome node in at least one reference case", () => {
    const ends = new Set(casePaths.map(([, path]) => path.at(-1)));
    expect(outcomeNodes.filter((node) => !ends.has(node.id))).toEqual([]);
  });

  it("keeps the invariants for every accepted reading on a grid around the thresholds", () => {
    const paths = gridPaths();
    expect(paths.length).toBeGreaterThan(500);
    const outcomes = new Set(outcomeNodes.map((node) => node.id));
    for (const path of paths) {
      expect(path[0]).toBe(ENTRY_NODE);
      expect(path.slice(1).every((to, i) => isEdge(path[i] as NodeId, to))).toBe(true);
      // Exactly one terminal node, and it is the last one.
      expect(path.filter((id) => outcomes.has(id))).toEqual([path.at(-1)]);
    }
  });
});
