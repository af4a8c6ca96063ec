// @vitest-environment node
import { describe, expect, it } from "vitest";
import { flowImageScene } from "@/lib/charts/flow/image-scene";
import { flowPathDrawing, PATH_LAYOUT, pathSteps, placeSteps, stepsPerRow } from "@/lib/charts/flow/path-scene";
import { classifyHer2, parseHer2Query } from "@/lib/her2";
import { shortCondition } from "@/lib/her2/edge-labels";
import { her2Edges, her2Nodes, type NodeId, nodeById } from "@/lib/her2/graph";
import { EXPORT_SIZES } from "@/lib/scene/frame";
import type { Mark } from "@/lib/scene/types";

function pathOf(query: string): readonly NodeId[] {
  const parsed = parseHer2Query(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`fixture case should parse: ${query}`);
  return classifyHer2(parsed.input).path;
}

/** One case for every IHC score, every dual-probe ISH group after IHC 2+, and the recount branches. */
const CASES: [string, string, NodeId][] = [
  ["IHC 0, ultralow", "ihc=0&ultralow=true", "cat-her2-ultralow"],
  ["IHC 0, null", "ihc=0&ultralow=false", "cat-her2-null"],
  ["IHC 0, not recorded", "ihc=0", "cat-her2-zero-unspecified"],
  ["IHC 1+", "ihc=1%2B", "cat-her2-low"],
  ["IHC 2+ without ISH", "ihc=2%2B", "pending-ish"],
  ["IHC 2+, ISH group 1", "ihc=2%2B&ratio=2.5&copies=5.1", "status-positive"],
  ["IHC 2+, ISH group 2, no recount", "ihc=2%2B&ratio=2.2&copies=3.5", "pending-recount"],
  ["IHC 2+, ISH group 3, recount agrees", "ihc=2%2B&ratio=1.5&copies=6.5&recountRatio=1.6&recountCopies=6.8", "status-positive"],
  ["IHC 2+, ISH group 4, recount agrees", "ihc=2%2B&ratio=1.5&copies=4.5&recountRatio=1.6&recountCopies=4.8", "cat-her2-low"],
  ["IHC 2+, ISH group 4, recount differs", "ihc=2%2B&ratio=1.5&copies=4.5&recountRatio=1.6&recountCopies=3.1", "pending-adjudication"],
  ["IHC 2+, ISH group 5", "ihc=2%2B&ratio=1.5&copies=3", "cat-her2-low"],
  ["IHC 3+", "ihc=3%2B", "status-positive"],
];

function flatten(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((mark) => (mark.kind === "group" || mark.kind === "viewport" ? [mark, ...flatten(mark.marks)] : [mark]));
}
const nodeGroups = (marks: readonly Mark[]) => flatten(marks).flatMap((mark) => (mark.kind === "group" && mark.data?.node ? [mark] : []));
const texts = (mark: Mark) => flatten([mark]).flatMap((child) => (child.kind === "text-lines" ? child.lines.map((line) => line.text) : []));

describe("the flow path slide", () => {
  it.each(CASES)("%s: every step of the path, in order, each with its answer, ending in the result", (_name, query, result) => {
    const path = pathOf(query);
    expect(path.at(-1)).toBe(result);
    const steps = pathSteps(path);
    expect(steps.map((step) => step.id)).toEqual(path);
    for (const [i, step] of steps.entries()) {
      const edge = her2Edges.find((candidate) => candidate.from === step.id && candidate.to === path[i + 1]);
      expect(step.label).toBe(nodeById(step.id).label);
      expect(step.answer).toBe(edge ? shortCondition(edge) : null);
    }
    // The IHC score is answered where IHC was read first.
    if (path.includes("ihc")) expect(steps.find((step) => step.id === "ihc")?.answer).toMatch(/^(0|1\+|2\+|3\+)$/);

    const drawing = flowPathDrawing(path, 930);
    const groups = nodeGroups(drawing.marks);
    expect(groups.map((group) => group.data?.node)).toEqual(path);
    for (const [i, group] of groups.entries()) {
      const words = texts(group).join(" ");
      // Wrapped lines joined back give the label, and the answer after an arrow.
      expect(words.replace(/\s+/g, " ")).toContain(nodeById(path[i] as NodeId).label.split(" ")[0] as string);
      const answer = steps[i]?.answer;
      if (answer) expect(words).toContain(`→ ${answer.split(" ")[0]}`);
      else expect(words).not.toContain("→");
    }
    // One arrow between each pair of steps.
    expect(flatten(drawing.marks).filter((mark) => mark.className === "flow-edge")).toHaveLength(path.length - 1);
  });

  it.each(CASES)("%s: every box lies inside the drawing, none overlapping, at a slide's width and a narrow one", (_name, query) => {
    const path = pathOf(query);
    for (const width of [930, 500]) {
      const { steps, height } = placeSteps(pathSteps(path), width);
      for (const step of steps) {
        expect(step.x).toBeGreaterThanOrEqual(0);
        expect(step.y).toBeGreaterThanOrEqual(0);
        expect(step.x + step.width).toBeLessThanOrEqual(width + 0.1);
        expect(step.y + step.height).toBeLessThanOrEqual(height);
        // Each line of text fits its box by the wrap's own estimate.
        const widest = Math.max(...[...step.lines, ...step.answerLines].map((line) => line.length));
        expect(widest * PATH_LAYOUT.fontSize * PATH_LAYOUT.charWidthEm).toBeLessThanOrEqual(step.width - 2 * PATH_LAYOUT.paddingX);
      }
      for (const [i, a] of steps.entries()) {
        for (const b of steps.slice(i + 1)) {
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${a.id} and ${b.id}`).toBe(true);
        }
      }
    }
  });

  it("reads left to right, row by row, sharing the steps out evenly", () => {
    expect([4, 5, 8, 9, 11].map((count) => stepsPerRow(count, 930))).toEqual([4, 5, 4, 5, 4]);
    // A narrow drawing puts fewer steps in a row rather than squeezing their boxes.
    expect([4, 5, 8].map((count) => stepsPerRow(count, 500))).toEqual([2, 2, 2]);
    const { steps } = placeSteps(pathSteps(pathOf("ihc=2%2B&ratio=1.5&copies=4.5&recountRatio=1.6&recountCopies=4.8")), 930);
    expect(steps.map((step) => step.row)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2]);
    for (const [i, step] of steps.slice(1).entries()) {
      const before = steps[i];
      if (before && before.row === step.row) expect(step.x).toBeGreaterThan(before.x);
      else expect(step.x).toBe(0);
    }
  });

  it("rejects a path that is not a walk along the graph", () => {
    expect(() => pathSteps(["start", "ihc-3"])).toThrow(/no edge/);
  });

  it("is what a case's slide and card images draw, inside the frame; the square keeps the whole diagram", () => {
    const path = pathOf("ihc=2%2B&ratio=1.5&copies=4.5&recountRatio=1.6&recountCopies=4.8");
    const frame = { title: "t", takeaway: "k", citation: "c", address: "/testing", kind: "flow" as const };
    for (const size of ["slide", "og"] as const) {
      const scene = flowImageScene({ ...frame, size, path });
      const viewport = scene.marks.find((mark) => mark.kind === "viewport");
      if (viewport?.kind !== "viewport" || typeof viewport.width !== "number" || typeof viewport.x !== "number" || typeof viewport.y !== "number") {
        throw new Error("the path is drawn in a viewport");
      }
      const { width, height } = EXPORT_SIZES[size];
      expect(viewport.x).toBeGreaterThanOrEqual(0);
      expect(viewport.y).toBeGreaterThan(0);
      expect(viewport.x + viewport.width).toBeLessThanOrEqual(width);
      expect(viewport.y + viewport.height).toBeLessThanOrEqual(height);
      // Drawn unsqueezed across the viewport's whole width, in the middle of its height: the words above and the source below keep their places.
      expect(viewport.align).toBe("middle");
      expect((viewport.viewBox.height * viewport.width) / viewport.viewBox.width).toBeLessThanOrEqual(viewport.height + 0.5);
      expect(nodeGroups(scene.marks).map((group) => group.data?.node)).toEqual(path);
    }
    const nodeCount = (withPath: readonly NodeId[]) => nodeGroups(flowImageScene({ ...frame, size: "square", path: withPath }).marks).length;
    expect(nodeCount(path)).toBe(her2Nodes.length);
    expect(nodeCount([])).toBe(her2Nodes.length);
  });
});
