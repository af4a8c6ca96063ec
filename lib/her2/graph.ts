/**
 * The HER2 testing flow as data (reference her2-testing.md §3.2 nodes, §3.3 edges). The diagram, the
 * stepper and `classifyHer2` all use this one graph; tests check that every classification path is a
 * walk along these edges, so the picture and the function cannot drift apart.
 */

import type { Her2Edge, Her2Node, NodeId, RuleId } from "./graph-types";
import { type IshGroup, WORKUP_GROUPS, type WorkupGroup } from "./ish";

export type { Her2Edge, Her2Node, NodeId, NodeKind, RuleId } from "./graph-types";

type NodeDetails = Omit<Her2Node, "id">;

/** An ISH group's result step, named by its number and its own rule; `meaning` is the plain reading. */
function ishGroupNode(group: IshGroup, meaning: string): NodeDetails {
  return { kind: "step", label: `ISH group ${group}`, plain: `Group ${group}: ${meaning}`, rules: [`R-G${group}`] };
}

/** Groups 2, 3 and 4 ask the same two questions of §2.2; only the group's own rule differs. */
function concurrentIhcNode(group: WorkupGroup): NodeDetails {
  return {
    kind: "decision",
    label: "Concurrent IHC on the same tissue?",
    plain: "What did the protein test on the same tissue show?",
    rules: ["R-G234", `R-G${group}`],
  };
}

function recountNode(group: WorkupGroup): NodeDetails {
  return {
    kind: "decision",
    label: "A blinded second observer recounts ≥ 20 cells. Same group?",
    plain: "A second specialist recounts the cells without seeing the first count. Same group?",
    rules: [`R-G${group}`, "R-ADJ"],
  };
}

/** A final status or sub-group: its name is the plain answer too. */
function namedNode(kind: "status" | "category", name: string, ...rules: RuleId[]): NodeDetails {
  return { kind, label: name, plain: name, rules };
}

// `satisfies Record<NodeId, …>` makes the compiler reject a missing or an extra node.
const NODE_DETAILS = {
  start: { kind: "start", label: "HER2 test on the invasive tumour", plain: "The lab tests the invasive cancer for HER2", rules: [] },
  ihc: {
    kind: "decision",
    label: "IHC score?",
    plain: "Protein test (IHC): what score did the pathologist give?",
    rules: ["R-IHC3", "R-IHC2", "R-IHC1", "R-IHC0"],
  },
  "ihc-3": { kind: "step", label: "IHC 3+: positive", plain: "Strong, complete staining: HER2-positive", rules: ["R-IHC3"] },
  "ihc-2": { kind: "step", label: "IHC 2+: equivocal", plain: "In-between staining: not yet a final answer", rules: ["R-IHC2"] },
  "ihc-1": { kind: "step", label: "IHC 1+: negative", plain: "Faint, partial staining: HER2-negative", rules: ["R-IHC1"] },
  "ihc-0": { kind: "step", label: "IHC 0: negative", plain: "No staining, or very faint staining in few cells: HER2-negative", rules: ["R-IHC0"] },
  "reflex-ish": {
    kind: "action",
    label: "Reflex ISH on the same specimen (or a new test on a new specimen)",
    plain: "The lab must run the gene test (ISH) next",
    rules: ["R-IHC2"],
  },
  "ish-dual": {
    kind: "decision",
    label: "Dual-probe ISH: HER2/CEP17 ratio ≥ 2.0?",
    plain: "Gene test: are there at least twice as many HER2 signals as chromosome 17 signals?",
    rules: ["R-GRP"],
  },
  "ratio-high": { kind: "decision", label: "Average HER2 copies ≥ 4.0?", plain: "Are there at least 4 HER2 copies per cell on average?", rules: ["R-GRP"] },
  "ratio-low": {
    kind: "decision",
    label: "Average HER2 copies ≥ 6.0 / 4.0–<6.0 / < 4.0?",
    plain: "How many HER2 copies per cell on average: 6 or more, 4 to under 6, or under 4?",
    rules: ["R-GRP"],
  },
  "group-1": ishGroupNode(1, "the gene is clearly amplified"),
  "group-2": ishGroupNode(2, "high ratio but few copies"),
  "group-3": ishGroupNode(3, "many copies but a normal ratio"),
  "group-4": ishGroupNode(4, "borderline copies with a normal ratio"),
  "group-5": ishGroupNode(5, "the gene is not amplified"),
  "g2-ihc": concurrentIhcNode(2),
  "g3-ihc": concurrentIhcNode(3),
  "g4-ihc": concurrentIhcNode(4),
  "reflex-ihc": {
    kind: "action",
    label: "Do IHC on sections from the tissue used for ISH",
    plain: "The lab runs the protein test on the same tissue",
    rules: ["R-G234"],
  },
  "g2-recount": recountNode(2),
  "g3-recount": recountNode(3),
  "g4-recount": recountNode(4),
  "ish-single": {
    kind: "decision",
    label: "Single-probe ISH: average HER2 copies?",
    plain: "Single-colour gene test: how many HER2 copies per cell on average?",
    rules: ["R-SP"],
  },
  "single-mid": {
    kind: "decision",
    label: "4.0–<6.0 copies: concurrent IHC (or dual-probe ISH)?",
    plain: "4 to under 6 copies: what did the protein test show?",
    rules: ["R-SP"],
  },
  "status-positive": namedNode("status", "HER2-positive"),
  "status-negative": namedNode("status", "HER2-negative"),
  "status-negative-comment": {
    kind: "status",
    label: "HER2-negative, with the group comment",
    plain: "HER2-negative, with a note on the unusual gene count",
    rules: ["R-G2", "R-G3", "R-G4"],
  },
  "pending-ish": { kind: "pending", label: "Equivocal: ISH needed", plain: "Not final yet: the gene test (ISH) is needed", rules: ["R-IHC2"] },
  "pending-ihc": {
    kind: "pending",
    label: "IHC needed on the same tissue",
    plain: "Not final yet: the protein test (IHC) is needed",
    rules: ["R-G234", "R-SP"],
  },
  "pending-recount": {
    kind: "pending",
    label: "Recount by a second, blinded observer needed",
    plain: "Not final yet: a second specialist must recount",
    rules: ["R-G2", "R-G3", "R-G4"],
  },
  "pending-adjudication": {
    kind: "pending",
    label: "The counts disagree: the lab adjudicates",
    plain: "Not final yet: the two counts disagree and the lab decides",
    rules: ["R-ADJ"],
  },
  "pending-dual-ish": { kind: "pending", label: "Dual-probe ISH needed", plain: "Not final yet: the two-colour gene test is needed", rules: ["R-SP"] },
  "cat-her2-low": namedNode("category", "HER2-low", "R-LOW"),
  "cat-her2-ultralow": namedNode("category", "HER2-ultralow", "R-ULTRA"),
  "cat-her2-null": namedNode("category", "HER2-null", "R-NULL"),
  "cat-her2-zero-unspecified": {
    kind: "category",
    label: "IHC 0 (ultralow/null not recorded)",
    plain: "IHC 0: faint staining not recorded either way",
    rules: ["R-IHC0"],
  },
  "cat-ihc-unknown": {
    kind: "category",
    label: "HER2-negative; IHC needed to tell low from 0",
    plain: "HER2-negative: without the protein test, low or 0 is not known",
    rules: ["R-SUB"],
  },
} as const satisfies Record<NodeId, NodeDetails>;

export const her2Nodes: readonly Her2Node[] = Object.entries(NODE_DETAILS).map(([id, details]) => ({
  id: id as NodeId, // keys of a Record<NodeId, …>: Object.entries only widens the type
  ...details,
}));

export const ENTRY_NODE: NodeId = "start";

/** Groups 2, 3 and 4 share the work-up of §2.2, so their edges are written once. */
function workupEdges(n: WorkupGroup): Her2Edge[] {
  const outcomeIfConfirmed: NodeId = n === 3 ? "status-positive" : "status-negative-comment";
  return [
    { from: `group-${n}`, to: `g${n}-ihc`, condition: "always" },
    { from: `g${n}-ihc`, to: "reflex-ihc", condition: "IHC absent" },
    { from: `g${n}-ihc`, to: "status-negative-comment", condition: "IHC 0 or 1+" },
    { from: `g${n}-ihc`, to: `g${n}-recount`, condition: "IHC 2+" },
    { from: `g${n}-recount`, to: "pending-recount", condition: "no recount values" },
    { from: `g${n}-recount`, to: "pending-adjudication", condition: `group(recount) ≠ ${n}` },
    { from: `g${n}-recount`, to: outcomeIfConfirmed, condition: `group(recount) = ${n}` },
  ];
}

/** Both negative status nodes split into the same sub-groups by the IHC result (§1.2, §1.3). */
function categoryEdges(from: "status-negative" | "status-negative-comment"): Her2Edge[] {
  return [
    { from, to: "cat-her2-low", condition: "IHC 1+ or 2+" },
    { from, to: "cat-her2-ultralow", condition: "IHC 0 with ultralow = true" },
    { from, to: "cat-her2-null", condition: "IHC 0 with ultralow = false" },
    { from, to: "cat-her2-zero-unspecified", condition: "IHC 0 with ultralow absent" },
  ];
}

export const her2Edges: readonly Her2Edge[] = [
  { from: "start", to: "ihc", condition: "no ISH result, or ihc ∈ {2+, 3+}" },
  { from: "start", to: "ish-dual", condition: "dual-probe ISH given and ihc ∈ {0, 1+, absent}" },
  { from: "start", to: "ish-single", condition: "assay=single and ihc ∈ {0, 1+, absent}" },
  { from: "ihc", to: "ihc-3", condition: "ihc = 3+" },
  { from: "ihc", to: "ihc-2", condition: "ihc = 2+" },
  { from: "ihc", to: "ihc-1", condition: "ihc = 1+" },
  { from: "ihc", to: "ihc-0", condition: "ihc = 0" },
  { from: "ihc-3", to: "status-positive", condition: "always (the ISH group, if given, is reported; group 5 ⇒ discordant flag)" },
  { from: "ihc-2", to: "reflex-ish", condition: "always" },
  { from: "reflex-ish", to: "pending-ish", condition: "no ISH result yet" },
  { from: "reflex-ish", to: "ish-dual", condition: "dual-probe values given" },
  { from: "reflex-ish", to: "ish-single", condition: "assay=single" },
  { from: "ihc-1", to: "status-negative", condition: "always (no ISH given)" },
  { from: "ihc-0", to: "status-negative", condition: "always (no ISH given)" },
  { from: "ish-dual", to: "ratio-high", condition: "ratio ≥ 2.0" },
  { from: "ish-dual", to: "ratio-low", condition: "ratio < 2.0" },
  { from: "ratio-high", to: "group-1", condition: "copies ≥ 4.0" },
  { from: "ratio-high", to: "group-2", condition: "copies < 4.0" },
  { from: "ratio-low", to: "group-3", condition: "copies ≥ 6.0" },
  { from: "ratio-low", to: "group-4", condition: "4.0 ≤ copies < 6.0" },
  { from: "ratio-low", to: "group-5", condition: "copies < 4.0" },
  { from: "group-1", to: "status-positive", condition: "always" },
  { from: "group-5", to: "status-negative", condition: "always" },
  ...WORKUP_GROUPS.flatMap(workupEdges),
  { from: "reflex-ihc", to: "pending-ihc", condition: "always" },
  { from: "ish-single", to: "status-positive", condition: "copies ≥ 6.0" },
  { from: "ish-single", to: "status-negative", condition: "copies < 4.0" },
  { from: "ish-single", to: "single-mid", condition: "4.0 ≤ copies < 6.0" },
  { from: "single-mid", to: "pending-ihc", condition: "IHC absent" },
  { from: "single-mid", to: "status-negative", condition: "IHC 0 or 1+" },
  { from: "single-mid", to: "pending-dual-ish", condition: "IHC 2+" },
  ...categoryEdges("status-negative"),
  ...categoryEdges("status-negative-comment"),
  { from: "status-negative", to: "cat-ihc-unknown", condition: "IHC absent (only from group 5 or single-probe < 4.0)" },
];

export function nodeById(id: NodeId): Her2Node {
  return { id, ...NODE_DETAILS[id] };
}

export function edgesFrom(id: NodeId): Her2Edge[] {
  return her2Edges.filter((edge) => edge.from === id);
}

/** The edge from one box to the next, if the graph joins them. */
export function edgeBetween(from: NodeId, to: NodeId): Her2Edge | undefined {
  return her2Edges.find((edge) => edge.from === from && edge.to === to);
}

export function isEdge(from: NodeId, to: NodeId): boolean {
  return edgeBetween(from, to) !== undefined;
}

/** Where every input ends (§3.3): nodes with no way out, i.e. `status-positive`, `pending-*` and `cat-*`. */
export const outcomeNodes: readonly Her2Node[] = her2Nodes.filter((node) => edgesFrom(node.id).length === 0);
