import { describe, expect, it } from "vitest";
import { classifyHer2, isEdge, type NodeId, outcomeNodes, parseHer2Fields, parseHer2Query } from "@/lib/her2";
import { exploreOutcomes, gridCases, workedExamples } from "@/lib/her2/explore";
import { paramsFrom } from "./helpers";
import { VALID_CASES } from "./reference-cases";

const routes = exploreOutcomes();

describe("exploreOutcomes: which inputs lead to each outcome node", () => {
  it("has at least one route for every outcome node, and nothing for other nodes", () => {
    expect([...routes.keys()].sort()).toEqual(outcomeNodes.map((node) => node.id).sort());
    for (const [outcome, list] of routes) expect(list.length, outcome).toBeGreaterThan(0);
  });

  it("gives routes whose example really ends there, by that path, along edges of the graph", () => {
    for (const [outcome, list] of routes) {
      for (const route of list) {
        const parsed = parseHer2Fields(route.example);
        if (!parsed.ok) throw new Error(`example rejected: ${JSON.stringify(route.example)}`);
        const classification = classifyHer2(parsed.input);
        expect(classification.path).toEqual(route.path);
        expect(route.classification).toEqual(classification);
        expect(route.path[route.path.length - 1]).toBe(outcome);
        for (let i = 1; i < route.path.length; i++) expect(isEdge(route.path[i - 1] as NodeId, route.path[i] as NodeId)).toBe(true);
      }
    }
  });

  it("lists each path once", () => {
    const keys = [...routes.values()].flat().map((route) => route.path.join(">"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("finds every path the reference cases take (§4), so no way into an outcome is missing", () => {
    const found = new Set([...routes.values()].flat().map((route) => route.path.join(">")));
    for (const [n, , inputs] of VALID_CASES) {
      const parsed = parseHer2Query(paramsFrom(inputs));
      if (!parsed.ok) throw new Error(`case ${n} rejected`);
      expect(found.has(classifyHer2(parsed.input).path.join(">")), `case ${n}`).toBe(true);
    }
  });

  it("names the conditions met along each route in the diagram's short words", () => {
    const [ihc2Group1] = (routes.get("status-positive") ?? []).filter((route) => route.path.includes("ihc-2") && route.path.includes("group-1"));
    expect(ihc2Group1?.conditions).toEqual(["IHC first", "2+", "dual-probe", "ratio ≥ 2.0", "≥ 4.0 copies"]);
    expect(ihc2Group1?.example).toEqual({ ihc: "2+", ratio: "2.5", copies: "5.0" });
  });

  it("takes the simplest case as each route's example", () => {
    expect(routes.get("status-positive")?.[0]?.example).toEqual({ ihc: "3+" });
    expect(routes.get("pending-ish")?.[0]?.example).toEqual({ ihc: "2+" });
    const cases = gridCases();
    const sizes = cases.map((fields) => Object.keys(fields).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });
});

describe("workedExamples", () => {
  it("gives one example per outcome node, in graph order", () => {
    const examples = workedExamples(routes);
    expect(examples.map((example) => example.outcome)).toEqual(outcomeNodes.map((node) => node.id));
    for (const { outcome, route } of examples) expect(route.classification.path[route.classification.path.length - 1]).toBe(outcome);
  });
});
