/**
 * Which inputs lead to each outcome node: the diagram's Explore view and the presenter's worked
 * examples. No rule is written here: a small grid of cases, one value on each side of every ISH
 * threshold (reference §2.1, §2.5), is classified with `classifyHer2` and grouped by the path each
 * case takes. Every distinct path into an outcome is one route, with the simplest case as its example.
 */

import type { CaseFields } from "./case-draft";
import { classifyHer2, type Her2Classification } from "./classify";
import { shortCondition } from "./edge-labels";
import { edgeBetween, type NodeId, outcomeNodes } from "./graph";
import { parseHer2Fields } from "./input";
import { COPIES_AMPLIFIED, COPIES_HIGH, RATIO_AMPLIFIED } from "./ish";

export interface OutcomeRoute {
  path: NodeId[];
  /** The conditions met along the path, in the diagram's short words ("2+", "ratio ≥ 2.0"). */
  conditions: string[];
  /** The simplest grid case that takes this path, and what it comes to. */
  example: CaseFields;
  classification: Her2Classification;
}

const decimal = (value: number) => value.toFixed(1);
const RATIOS = [RATIO_AMPLIFIED - 0.5, RATIO_AMPLIFIED + 0.5].map(decimal);
// Below the amplified count, between the two count thresholds, and above the high one.
const COPIES = [COPIES_AMPLIFIED - 1, (COPIES_AMPLIFIED + COPIES_HIGH) / 2, COPIES_HIGH + 1].map(decimal);

/** Every combination of IHC answer, ISH result and recount, simplest (fewest fields) first. */
export function gridCases(): CaseFields[] {
  const ihc: CaseFields[] = [{}, { ihc: "3+" }, { ihc: "2+" }, { ihc: "1+" }, { ihc: "0" }, { ihc: "0", ultralow: "true" }, { ihc: "0", ultralow: "false" }];
  const counts = RATIOS.flatMap((ratio) => COPIES.map((copies) => ({ ratio, copies })));
  const ish: CaseFields[] = [{}, ...counts, ...COPIES.map((copies) => ({ assay: "single", copies }))];
  const recount: CaseFields[] = [{}, ...counts.map(({ ratio, copies }) => ({ recountRatio: ratio, recountCopies: copies }))];
  const cases = ihc.flatMap((a) => ish.flatMap((b) => recount.map((c) => ({ ...a, ...b, ...c }))));
  // Array.prototype.sort is stable: equally simple cases keep the grid order.
  return cases.sort((a, b) => Object.keys(a).length - Object.keys(b).length);
}

/** The routes into every outcome node (`outcomeNodes`), in the order their simplest cases were found. */
export function exploreOutcomes(): Map<NodeId, OutcomeRoute[]> {
  const routes = new Map<NodeId, OutcomeRoute[]>(outcomeNodes.map((node) => [node.id, []]));
  const seen = new Set<string>();
  for (const fields of gridCases()) {
    const parsed = parseHer2Fields(fields);
    if (!parsed.ok) continue; // e.g. a recount where none is allowed
    const classification = classifyHer2(parsed.input);
    const key = classification.path.join(">");
    const outcome = classification.path[classification.path.length - 1];
    if (outcome === undefined || seen.has(key)) continue;
    seen.add(key);
    routes.get(outcome)?.push({ path: classification.path, conditions: pathConditions(classification.path), example: fields, classification });
  }
  return routes;
}

/** One worked example per outcome node, in graph order: the simplest case that ends there. */
export function workedExamples(routes: ReadonlyMap<NodeId, OutcomeRoute[]> = exploreOutcomes()): { outcome: NodeId; route: OutcomeRoute }[] {
  return outcomeNodes.flatMap((node) => {
    const route = routes.get(node.id)?.[0];
    return route ? [{ outcome: node.id, route }] : [];
  });
}

function pathConditions(path: readonly NodeId[]): string[] {
  return path.slice(1).flatMap((to, index) => {
    const edge = edgeBetween(path[index] as NodeId, to);
    const condition = edge ? shortCondition(edge) : null;
    return condition === null ? [] : [condition];
  });
}
