"use client";
import { type CSSProperties, type KeyboardEvent, memo, type ReactNode, useId, useMemo, useRef, useState } from "react";
import { LiveRegion } from "@/components/charts/LiveRegion";
import { rovingTarget } from "@/components/charts/roving-focus";
import { type GroupProps, SceneSvg } from "@/components/charts/SceneSvg";
import type { FlowLayout, PlacedNode } from "@/lib/charts/flow/layout";
import { describeOutcome, flowScene, outcomesInOrder, placedNode } from "@/lib/charts/flow/scene";
import type { NodeId } from "@/lib/her2/graph";
import { FlowFigure, stepProps } from "./FlowPicture";

export interface FlowDiagramProps {
  layout: FlowLayout;
  /** The case's path from `start`; its last node is the current step. Empty: no case yet. */
  path: readonly NodeId[];
  /** The outcome being explored, and the paths that lead to it (drawn as a second highlight). */
  explored?: { outcome: NodeId; paths: readonly (readonly NodeId[])[]; content: ReactNode } | null;
  /** Opens (or, with null, closes) an outcome's routes. A diagram with nothing to explore is a FlowPicture. */
  onExplore: (outcome: NodeId | null) => void;
  testId?: string;
}

/**
 * The whole HER2 algorithm with its outcomes to explore, drawn from its scene (lib/charts/flow/scene).
 * The explore state lives here in the browser; the outcome boxes get their role, names and handlers
 * through SceneSvg's `groupProps`, the other boxes FlowPicture's.
 * Memoised: the flow's re-render right after hydration (`useHydrated` turning true) changes none
 * of its props, and need not redraw two large SVGs on the page's busiest moment.
 */
export const FlowDiagram = memo(function FlowDiagram({ layout, path, explored = null, onExplore, testId }: FlowDiagramProps) {
  const id = useId();
  const scene = useMemo(() => flowScene(layout, { path, explored }), [layout, path, explored]);
  const current = path.at(-1) ?? null;

  // Outcome boxes in reading order: the order arrow keys follow.
  const outcomes = useMemo(() => outcomesInOrder(layout).map((node) => node.id), [layout]);
  const boxes = useRef(new Map<NodeId, SVGGElement>());
  // One Tab stop among the outcome boxes (roving tabindex); arrows, Home and End move it. No tooltip:
  // a box's name is its description, and Enter opens the card that says more.
  const [tabStop, setTabStop] = useState(0);
  const moveFocus = (event: KeyboardEvent, from: number) => {
    const to = rovingTarget(event.key, from, outcomes.length);
    if (to === null) return;
    event.preventDefault();
    setTabStop(to);
    boxes.current.get(outcomes[to] as NodeId)?.focus();
  };

  const close = () => {
    const outcome = explored?.outcome;
    onExplore(null);
    if (outcome) boxes.current.get(outcome)?.focus();
  };

  const cardId = `${id}-explore`;
  const exploredNode = explored ? layout.nodes.find((node) => node.id === explored.outcome) : undefined;

  const steps = stepProps(layout, current);
  const nodeProps: GroupProps = (mark) => {
    const node = mark.data?.node as NodeId | undefined;
    const index = node === undefined ? -1 : outcomes.indexOf(node);
    if (node === undefined || index < 0) return steps(mark);
    const open = explored?.outcome === node;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onExplore(open ? null : node);
      } else if (event.key === "Escape" && explored) {
        onExplore(null);
      } else moveFocus(event, index);
    };
    return {
      "aria-current": node === current ? "step" : undefined,
      ref: (element: SVGGElement | null) => {
        if (element) boxes.current.set(node, element);
      },
      tabIndex: index === tabStop ? 0 : -1,
      onFocus: () => setTabStop(index),
      role: "button",
      "aria-label": describeOutcome(placedNode(layout, node), node === current),
      "aria-expanded": open,
      "aria-controls": open ? cardId : undefined,
      onClick: () => onExplore(open ? null : node),
      onKeyDown,
    };
  };

  return (
    <FlowFigure layout={layout} testId={testId}>
      <SceneSvg scene={scene} className="flow-svg" groupProps={nodeProps} />
      {explored && exploredNode && (
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
            <h3 id={`${cardId}-heading`}>Ways to reach “{exploredNode.label}”</h3>
            <button type="button" className="button secondary explore-close" onClick={close}>
              Close
            </button>
          </div>
          {explored.content}
        </section>
      )}
      {/* Focus on a box is announced by its name; opening one (the selection) is announced here, once. */}
      <LiveRegion
        text={exploredNode ? `Showing the ways to reach “${exploredNode.label}”, under the box. Escape closes them.` : ""}
        testId="explore-announcement"
      />
    </FlowFigure>
  );
});

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
