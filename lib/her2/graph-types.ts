/** The HER2 flow graph's vocabulary: its node ids, kinds and rules, and the shape of a node and an edge (graph.ts holds the graph). */

export type NodeId =
  | "start"
  | "ihc"
  | "ihc-3"
  | "ihc-2"
  | "ihc-1"
  | "ihc-0"
  | "reflex-ish"
  | "ish-dual"
  | "ratio-high"
  | "ratio-low"
  | "group-1"
  | "group-2"
  | "group-3"
  | "group-4"
  | "group-5"
  | "g2-ihc"
  | "g3-ihc"
  | "g4-ihc"
  | "reflex-ihc"
  | "g2-recount"
  | "g3-recount"
  | "g4-recount"
  | "ish-single"
  | "single-mid"
  | "status-positive"
  | "status-negative"
  | "status-negative-comment"
  | "pending-ish"
  | "pending-ihc"
  | "pending-recount"
  | "pending-adjudication"
  | "pending-dual-ish"
  | "cat-her2-low"
  | "cat-her2-ultralow"
  | "cat-her2-null"
  | "cat-her2-zero-unspecified"
  | "cat-ihc-unknown";

/** The kinds of §3.2: `status` is the reference's "final status", `category` a sub-group of HER2-negative. */
export type NodeKind = "start" | "decision" | "step" | "action" | "status" | "pending" | "category";

/** Rule ids of reference §4's legend, so a node can link to the rule it applies. */
export type RuleId =
  | "R-IHC3"
  | "R-IHC2"
  | "R-IHC1"
  | "R-IHC0"
  | "R-GRP"
  | "R-G1"
  | "R-G2"
  | "R-G3"
  | "R-G4"
  | "R-G5"
  | "R-G234"
  | "R-ADJ"
  | "R-SP"
  | "R-LOW"
  | "R-ULTRA"
  | "R-NULL"
  | "R-SUB";

export interface Her2Node {
  id: NodeId;
  kind: NodeKind;
  /** The diagram label of §3.2. */
  label: string;
  /** The same step for a patient reading the diagram. */
  plain: string;
  rules: readonly RuleId[];
}

export interface Her2Edge {
  from: NodeId;
  to: NodeId;
  /** When the flow takes this edge, in the words of §3.3 (inputs as named in §3.4). */
  condition: string;
}
