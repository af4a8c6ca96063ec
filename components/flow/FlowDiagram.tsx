"use client";
import { Group } from "@visx/group";
import { type CSSProperties, type KeyboardEvent, memo, type ReactNode, useId, useMemo, useRef } from "react";
import { LiveRegion } from "@/components/charts/LiveRegion";
import { useMarkExplorer } from "@/components/charts/useMarkExplorer";
import type { FlowLayout, PlacedNode, RoutedEdge } from "@/lib/charts/flow/layout";
import { type NodeId, nodeById, outcomeNodes } from "@/lib/her2/graph";

export interface FlowDiagramProps {
  layout: FlowLayout;
  /** The case's path from `start`; its last node is the current step. Empty: no case yet. */
  path: readonly NodeId[];
  /** The outcome being explored, and the paths that lead to it (drawn as a second highlight). */
  explored?: { outcome: NodeId; paths: readonly (readonly NodeId[])[]; content: ReactNode } | null;
  /** Without it the diagram is a picture only (presenter mode): no focusable boxes. */
  onExplore?: (outcome: NodeId | null) => void;
  testId?: string;
}

const OUTCOMES = new Set<NodeId>(outcomeNodes.map((node) => node.id));

/**
 * The whole HER2 algorithm from its computed layout: edges, then condition labels, then boxes.
 * Memoised: the flow's re-render right after hydration (`useHydrated` turning true) changes none
 * of its props, and need not redraw two large SVGs on the page's busiest moment.
 */
export const FlowDiagram = memo(function FlowDiagram({ layout, path, explored = null, onExplore, testId }: FlowDiagramProps) {
  const id = useId();
  const onPath = useMemo(() => pathMembers([path]), [path]);
  const exploredMembers = useMemo(() => pathMembers(explored?.paths ?? []), [explored]);
  const current = path[path.length - 1] ?? null;

  // Outcome boxes in reading order (row, then left to right): the order arrow keys follow.
  const outcomes = useMemo(() => layout.nodes.filter((node) => OUTCOMES.has(node.id)).sort((a, b) => a.row - b.row || a.x - b.x), [layout]);
  const descriptions = useMemo(() => outcomes.map((node) => describeOutcome(node.id, node.id === current)), [outcomes, current]);
  const explorer = useMarkExplorer(descriptions);
  const boxes = useRef(new Map<NodeId, SVGGElement>());

  const close = () => {
    const outcome = explored?.outcome;
    onExplore?.(null);
    if (outcome) boxes.current.get(outcome)?.focus();
  };

  // Path edges last, so they are drawn on top of the others.
  const edges = [...layout.edges].sort((a, b) => rankEdge(a, onPath, exploredMembers) - rankEdge(b, onPath, exploredMembers));
  const cardId = `${id}-explore`;
  const exploredNode = explored ? layout.nodes.find((node) => node.id === explored.outcome) : undefined;

  return (
    <div
      className={`flow-figure flow-${layout.orientation}${path.length > 0 ? " has-path" : ""}${explored ? " has-explored" : ""}`}
      style={{ maxWidth: layout.width }}
      data-testid={testId}
    >
      <svg
        className="flow-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="graphics-document"
        aria-roledescription="flow diagram"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>The HER2 testing algorithm (ASCO/CAP 2018, affirmed 2023)</title>
        <desc id={`${id}-desc`}>
          {path.length > 0
            ? `Your case's path: ${path.map((node) => nodeById(node).label).join(", then ")}.`
            : "Every step from the first test to each possible outcome. Answer the questions to light up a path."}
        </desc>
        <Group className="flow-edges" aria-hidden="true">
          {edges.map((edge) => (
            <path
              key={`${edge.from}>${edge.to}`}
              d={edge.path}
              className={stateClass("flow-edge", edge, onPath, exploredMembers)}
              data-edge={`${edge.from}>${edge.to}`}
            />
          ))}
        </Group>
        <Group className="flow-labels" aria-hidden="true">
          {layout.edges.flatMap((edge) =>
            edge.label
              ? [
                  <g
                    key={`${edge.from}>${edge.to}`}
                    className={stateClass("flow-label", edge, onPath, exploredMembers) + (edge.label.overLines ? " is-over-lines" : "")}
                  >
                    <rect x={edge.label.x} y={edge.label.y} width={edge.label.width} height={edge.label.height} rx={3} />
                    <text x={edge.label.x + edge.label.width / 2} y={edge.label.baseline}>
                      {edge.label.text}
                    </text>
                  </g>,
                ]
              : [],
          )}
        </Group>
        <Group className="flow-nodes">
          {layout.nodes.map((node) => {
            const outcomeIndex = outcomes.indexOf(node);
            const interactive = onExplore !== undefined && outcomeIndex >= 0;
            const className = nodeClass(
              node,
              onPath.nodes.has(node.id),
              node.id === current,
              exploredMembers.nodes.has(node.id),
              explored?.outcome === node.id,
            );
            const common = {
              className,
              "data-node": node.id,
              "data-on-path": onPath.nodes.has(node.id) ? "true" : undefined,
              "aria-current": node.id === current ? ("step" as const) : undefined,
            };
            const body = <NodeBox node={node} />;
            if (!interactive) {
              return (
                <g key={node.id} {...common} role="graphics-symbol" aria-label={describeStep(node.id, onPath.nodes.has(node.id))}>
                  {body}
                </g>
              );
            }
            const mark = explorer.markProps(outcomeIndex);
            const onKeyDown = (event: KeyboardEvent) => {
              if (event.key === "Enter" || event.key === " ") {
                event.preventDefault();
                onExplore(explored?.outcome === node.id ? null : node.id);
              } else if (event.key === "Escape" && explored) {
                onExplore(null);
              } else mark.onKeyDown(event);
            };
            return (
              <g
                key={node.id}
                {...common}
                {...mark}
                ref={(element: SVGGElement | null) => {
                  mark.ref(element);
                  if (element) boxes.current.set(node.id, element);
                }}
                role="button"
                aria-expanded={explored?.outcome === node.id}
                aria-controls={explored?.outcome === node.id ? cardId : undefined}
                onClick={() => onExplore(explored?.outcome === node.id ? null : node.id)}
                onKeyDown={onKeyDown}
              >
                {body}
              </g>
            );
          })}
        </Group>
      </svg>
      {explored && exploredNode && onExplore && (
        <section
          id={cardId}
          className="explore-card"
          aria-labelledby={`${cardId}-heading`}
          style={cardPosition(exploredNode, layout)}
          onKeyDown={(event) => {
            if (event.key === "Escape") close();
          }}
          data-testid="explore-card"
        >
          <div className="explore-card-head">
            <h3 id={`${cardId}-heading`}>Ways to reach “{nodeById(explored.outcome).label}”</h3>
            <button type="button" className="button secondary explore-close" onClick={close}>
              Close
            </button>
          </div>
          {explored.content}
        </section>
      )}
      {/* Focus on a box is announced by its name; opening one (the selection) is announced here, once. */}
      {onExplore && (
        <LiveRegion
          text={exploredNode ? `Showing the ways to reach “${nodeById(exploredNode.id).label}”, under the box. Escape closes them.` : ""}
          testId="explore-announcement"
        />
      )}
    </div>
  );
});

function NodeBox({ node }: { node: PlacedNode }) {
  return (
    <>
      <rect className="flow-focus-ring" x={node.x - 5} y={node.y - 5} width={node.width + 10} height={node.height + 10} rx={8} />
      <rect className="flow-box" x={node.x} y={node.y} width={node.width} height={node.height} rx={node.kind === "category" ? node.height / 2 : 5} />
      <text className="flow-node-text">
        {node.lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped label, in reading order
          <tspan key={index} x={line.x} y={line.y}>
            {line.text}
          </tspan>
        ))}
      </text>
    </>
  );
}

interface PathMembers {
  nodes: Set<NodeId>;
  edges: Set<string>;
}

function pathMembers(paths: readonly (readonly NodeId[])[]): PathMembers {
  const nodes = new Set<NodeId>(paths.flat());
  const edges = new Set(paths.flatMap((path) => path.slice(1).map((to, index) => `${path[index]}>${to}`)));
  return { nodes, edges };
}

function rankEdge(edge: RoutedEdge, path: PathMembers, explored: PathMembers): number {
  const key = `${edge.from}>${edge.to}`;
  return path.edges.has(key) ? 2 : explored.edges.has(key) ? 1 : 0;
}

/** An edge's (or its label's) class: on the case's path, on a route being explored, or neither. */
function stateClass(base: string, edge: RoutedEdge, path: PathMembers, explored: PathMembers): string {
  const key = `${edge.from}>${edge.to}`;
  return `${base}${path.edges.has(key) ? " is-path" : ""}${explored.edges.has(key) ? " is-explored" : ""}`;
}

function nodeClass(node: PlacedNode, onPath: boolean, current: boolean, explored: boolean, exploring: boolean): string {
  const states = [onPath && "is-path", current && "is-current", explored && "is-explored", exploring && "is-exploring", OUTCOMES.has(node.id) && "is-outcome"];
  return ["flow-node", `kind-${node.kind}`, ...states.filter(Boolean)].join(" ");
}

function describeStep(id: NodeId, onPath: boolean): string {
  const { label, plain } = nodeById(id);
  return `${label}${plain === label ? "" : `: ${plain}`}${onPath ? " (on your case's path)" : ""}`;
}

function describeOutcome(id: NodeId, current: boolean): string {
  return `${describeStep(id, false)}.${current ? " Your case ends here." : ""} Press Enter to see which inputs lead here.`;
}

/** Under the box when it sits in the upper part of the drawing, above it otherwise; clamped to the figure. */
function cardPosition(node: PlacedNode, layout: FlowLayout): CSSProperties {
  const centre = ((node.x + node.width / 2) / layout.width) * 100;
  const below = node.y + node.height / 2 < layout.height * 0.6;
  const vertical = below
    ? { top: `${round(((node.y + node.height) / layout.height) * 100)}%` }
    : { bottom: `${round(((layout.height - node.y) / layout.height) * 100)}%` };
  // The card is min(24rem, 100%) wide (testing.css): centred on the box, but never past either side.
  return { left: `clamp(0px, calc(${round(centre)}% - min(12rem, 50%)), calc(100% - min(24rem, 100%)))`, ...vertical };
}

function round(percent: number): number {
  return Math.round(percent * 100) / 100;
}
