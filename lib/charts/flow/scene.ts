/**
 * The HER2 flow diagram as a scene: edges, condition labels, then boxes, each styled by its state
 * (on the case's path, on a route being explored, the current step) from one style table. The page
 * (FlowDiagram, in the browser where the explore state lives) and the exported image draw it.
 */
import type { NodeId, NodeKind } from "../../her2/graph";
import type { Mark, MarkStyle, Scene } from "../../scene/types";
import type { FlowLayout, PlacedNode, RoutedEdge } from "./layout";

export const FLOW_TITLE = "The HER2 testing algorithm (ASCO/CAP 2018, affirmed 2023)";

/** What the diagram highlights: the case's path (its last node is the current step) and an explored outcome's routes. */
export interface FlowState {
  path: readonly NodeId[];
  explored?: { outcome: NodeId; paths: readonly (readonly NodeId[])[] } | null;
}

/** A box's paint by kind: questions on the page's background, steps on the surface. */
const QUESTION: MarkStyle = { fill: "var(--bg)", stroke: "var(--text)", strokeWidth: 1.5 };
const STEP: MarkStyle = { fill: "var(--surface)", stroke: "var(--muted)", strokeWidth: 1.25 };
const BOX_BY_KIND: Record<NodeKind, MarkStyle> = {
  start: QUESTION,
  decision: QUESTION,
  step: STEP,
  action: STEP,
  pending: { ...STEP, stroke: "var(--flow-pending)", strokeWidth: 1.75, dash: "5 3" },
  status: { ...STEP, stroke: "var(--text)", strokeWidth: 2.5 },
  category: { ...STEP, fill: "var(--flow-category-fill)" },
};

/**
 * The diagram's paint by state, in the order the states apply: a box takes its kind's style, then
 * each state it is in overrides what that state sets. Colours are theme and `--flow-` variables.
 */
export const FLOW_STYLES = {
  edge: {
    base: { stroke: "var(--muted)", strokeWidth: 1.25 },
    /** With a case or a route on screen, the other lines step back so it reads at a glance. */
    faint: { stroke: "var(--flow-faint)", strokeWidth: 1.25 },
    explored: { stroke: "var(--flow-explore)", strokeWidth: 2.5, dash: "6 4" },
    path: { stroke: "var(--flow-path)", strokeWidth: 3.5 },
  },
  label: {
    box: { fill: "var(--bg)" },
    /** No spot clear of other lines was found: those lines still show through. */
    overLines: { fill: "var(--bg)", fillOpacity: 0.75 },
    text: { fill: "var(--muted)", fontSize: 11, anchor: "middle" },
    pathText: { fill: "var(--text)", fontSize: 11, anchor: "middle" },
  },
  box: BOX_BY_KIND,
  boxState: {
    explored: { stroke: "var(--flow-explore)", strokeWidth: 2.5 },
    path: { fill: "var(--flow-path-fill)", stroke: "var(--flow-path)", strokeWidth: 3 },
    current: { strokeWidth: 5 },
    exploring: { stroke: "var(--flow-explore)", strokeWidth: 4, dash: undefined },
  },
  nodeText: { fill: "var(--text)", fontSize: 13, anchor: "middle" },
  focusRing: { fill: "none" },
} as const;

/**
 * The outcomes (graph.ts `outcomeNodes`) read from the layout, whose edges are the graph's: the boxes
 * no edge leaves. So the page's script draws the diagram from its layout alone, without the graph.
 */
function outcomeIds(layout: FlowLayout): Set<NodeId> {
  const sources = new Set(layout.edges.map((edge) => edge.from));
  return new Set(layout.nodes.filter((node) => !sources.has(node.id)).map((node) => node.id));
}

/** Outcome boxes in reading order (row, then left to right): the order arrow keys follow. */
export function outcomesInOrder(layout: FlowLayout): PlacedNode[] {
  const outcomes = outcomeIds(layout);
  return layout.nodes.filter((node) => outcomes.has(node.id)).sort((a, b) => a.row - b.row || a.x - b.x);
}

export function describeStep({ label, plain }: PlacedNode, onPath: boolean): string {
  return `${label}${plain === label ? "" : `: ${plain}`}${onPath ? " (on your case's path)" : ""}`;
}

export function describeOutcome(node: PlacedNode, current: boolean): string {
  return `${describeStep(node, false)}.${current ? " Your case ends here." : ""} Press Enter to see which inputs lead here.`;
}

/** A box of the layout by its node's id. */
export function placedNode(layout: FlowLayout, id: NodeId): PlacedNode {
  const node = layout.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`The flow layout has no node ${id}`);
  return node;
}

interface Members {
  nodes: Set<NodeId>;
  edges: Set<string>;
}

function members(paths: readonly (readonly NodeId[])[]): Members {
  return { nodes: new Set(paths.flat()), edges: new Set(paths.flatMap((path) => path.slice(1).map((to, index) => `${path[index]}>${to}`))) };
}

const edgeKey = (edge: RoutedEdge) => `${edge.from}>${edge.to}`;

/** The page's diagram: drawn at its layout's size, scaled to its column by the page's stylesheet. */
export function flowScene(layout: FlowLayout, state: FlowState): Scene {
  const { path } = state;
  return {
    title: FLOW_TITLE,
    description:
      path.length > 0
        ? `Your case's path: ${path.map((node) => placedNode(layout, node).label).join(", then ")}.`
        : "Every step from the first test to each possible outcome. Answer the questions to light up a path.",
    roleDescription: "flow diagram",
    width: layout.width,
    height: layout.height,
    viewBox: { width: layout.width, height: layout.height },
    marks: flowMarks(layout, state),
  };
}

/** Edges (the highlighted ones last, so on top), then condition labels, then boxes. */
export function flowMarks(layout: FlowLayout, { path, explored = null }: FlowState): Mark[] {
  const onPath = members([path]);
  const onRoute = members(explored?.paths ?? []);
  const current = path.at(-1);
  const quiet = path.length > 0 || explored !== null;
  const outcomes = outcomeIds(layout);
  const rank = (edge: RoutedEdge) => (onPath.edges.has(edgeKey(edge)) ? 2 : onRoute.edges.has(edgeKey(edge)) ? 1 : 0);
  const edgeStyle = (edge: RoutedEdge) => {
    const { edge: styles } = FLOW_STYLES;
    if (onPath.edges.has(edgeKey(edge))) return styles.path;
    if (onRoute.edges.has(edgeKey(edge))) return styles.explored;
    return quiet ? styles.faint : styles.base;
  };
  // An edge's states are data attributes on its group (what tests and scripts find); its look is its path's style.
  const edges: Mark[] = [...layout.edges]
    .sort((a, b) => rank(a) - rank(b))
    .map((edge): Mark => {
      const key = edgeKey(edge);
      const data: Record<string, string> = { edge: key };
      if (onPath.edges.has(key)) data["on-path"] = "true";
      if (onRoute.edges.has(key)) data.explored = "true";
      return { kind: "group", data, marks: [{ kind: "path", d: edge.path, style: edgeStyle(edge), className: "flow-edge" }] };
    });
  const labels: Mark[] = layout.edges.flatMap((edge): Mark[] => {
    const { label } = edge;
    if (!label) return [];
    const { label: styles } = FLOW_STYLES;
    return [
      { kind: "rect", x: label.x, y: label.y, width: label.width, height: label.height, rx: 3, style: label.overLines ? styles.overLines : styles.box },
      {
        kind: "text",
        x: label.x + label.width / 2,
        y: label.baseline,
        text: label.text,
        style: onPath.edges.has(edgeKey(edge)) ? styles.pathText : styles.text,
      },
    ];
  });
  const nodes = layout.nodes.map((node) =>
    nodeMark(node, {
      path: onPath.nodes.has(node.id),
      current: node.id === current,
      explored: onRoute.nodes.has(node.id),
      exploring: explored?.outcome === node.id,
      outcome: outcomes.has(node.id),
    }),
  );
  return [
    { kind: "group", decorative: true, marks: edges },
    { kind: "group", decorative: true, marks: labels },
    { kind: "group", marks: nodes },
  ];
}

type BoxState = keyof (typeof FLOW_STYLES)["boxState"];

/** A box: its focus ring (shown by the page's stylesheet on focus), the box styled by kind then state, and its wrapped label. */
function nodeMark(node: PlacedNode, states: Record<BoxState | "outcome", boolean>): Mark {
  const order: readonly BoxState[] = ["explored", "path", "current", "exploring"];
  const style: MarkStyle = Object.assign({}, FLOW_STYLES.box[node.kind], ...order.filter((state) => states[state]).map((state) => FLOW_STYLES.boxState[state]));
  return {
    kind: "group",
    className: states.outcome ? "flow-node is-outcome" : "flow-node",
    data: states.path ? { node: node.id, "on-path": "true" } : { node: node.id },
    marks: [
      {
        kind: "rect",
        x: node.x - 5,
        y: node.y - 5,
        width: node.width + 10,
        height: node.height + 10,
        rx: 8,
        style: FLOW_STYLES.focusRing,
        className: "flow-focus-ring",
      },
      {
        kind: "rect",
        x: node.x,
        y: node.y,
        width: node.width,
        height: node.height,
        rx: node.kind === "category" ? node.height / 2 : 5,
        style,
        className: "flow-box",
      },
      { kind: "text-lines", lines: node.lines, style: FLOW_STYLES.nodeText },
    ],
  };
}

/** The legend's swatch for a kind of box (or a box on the case's path), centred vertically on y = 0. */
export function flowSwatch(kind: NodeKind | "path"): Mark[] {
  const style = kind === "path" ? { ...FLOW_STYLES.box.step, ...FLOW_STYLES.boxState.path } : FLOW_STYLES.box[kind];
  return [{ kind: "rect", x: 0, y: -7, width: 26, height: 14, rx: kind === "category" ? 7 : 3, style }];
}
