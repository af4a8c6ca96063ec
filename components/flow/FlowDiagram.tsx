"use client";
import { type KeyboardEvent, lazy, memo, Suspense, useId, useMemo, useRef, useState } from "react";
import { LiveRegion } from "@/components/charts/LiveRegion";
import { rovingTarget } from "@/components/charts/roving-focus";
import { type GroupProps, SceneElements } from "@/components/charts/SceneElements";
import type { FlowLayout } from "@/lib/charts/flow/layout";
import { describeOutcome, flowScene, outcomesInOrder, placedNode } from "@/lib/charts/flow/scene";
import type { CaseFields } from "@/lib/her2/case-draft";
import type { OutcomeRoute } from "@/lib/her2/explore";
import type { NodeId } from "@/lib/her2/graph";
import { FlowFigure, stepProps } from "./FlowPicture";

// The card's code loads when a reader first points at or focuses an outcome box, so it is usually there by the click.
const loadCard = () => import("./ExploreCard");
const ExploreCard = lazy(() => loadCard().then((module) => ({ default: module.ExploreCard })));

export interface FlowDiagramProps {
  layout: FlowLayout;
  /** The case's path from `start`; its last node is the current step. Empty: no case yet. */
  path: readonly NodeId[];
  /** The outcome being explored, and the routes that lead to it (their paths drawn as a second highlight). */
  explored?: { outcome: NodeId; paths: readonly (readonly NodeId[])[]; routes: readonly OutcomeRoute[] } | null;
  /** Opens (or, with null, closes) an outcome's routes. A diagram with nothing to explore is a FlowPicture. */
  onExplore: (outcome: NodeId | null) => void;
  /** A route's example case, to load into the stepper. */
  onTry: (fields: CaseFields) => void;
  testId?: string;
}

/**
 * The whole HER2 algorithm with its outcomes to explore, drawn from its scene (lib/charts/flow/scene).
 * The explore state lives here in the browser; the outcome boxes get their role, names and handlers
 * through SceneElements' `groupProps`, the other boxes FlowPicture's.
 * Memoised: the flow's re-render right after hydration (`useHydrated` turning true) changes none
 * of its props, and need not redraw two large SVGs on the page's busiest moment.
 */
export const FlowDiagram = memo(function FlowDiagram({ layout, path, explored = null, onExplore, onTry, testId }: FlowDiagramProps) {
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
      onFocus: () => {
        setTabStop(index);
        loadCard();
      },
      onPointerEnter: loadCard,
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
      <SceneElements scene={scene} className="flow-svg" groupProps={nodeProps} />
      {explored && exploredNode && (
        <Suspense fallback={null}>
          <ExploreCard id={cardId} node={exploredNode} layout={layout} routes={explored.routes} onTry={onTry} onClose={close} />
        </Suspense>
      )}
      {/* Focus on a box is announced by its name; opening one (the selection) is announced here, once. */}
      <LiveRegion
        text={exploredNode ? `Showing the ways to reach “${exploredNode.label}”, under the box. Escape closes them.` : ""}
        testId="explore-announcement"
      />
    </FlowFigure>
  );
});
