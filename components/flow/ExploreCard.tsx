import type { CSSProperties } from "react";
import type { FlowLayout, PlacedNode } from "@/lib/charts/flow/layout";
import type { CaseFields } from "@/lib/her2/case-draft";
import type { OutcomeRoute } from "@/lib/her2/explore";
import { ExploreRoutes } from "./ExploreRoutes";

export interface ExploreCardProps {
  id: string;
  node: PlacedNode;
  layout: FlowLayout;
  routes: readonly OutcomeRoute[];
  onTry: (fields: CaseFields) => void;
  onClose: () => void;
}

/**
 * The card that opens beside an explored outcome box: the routes that end there, each with a case to
 * try. FlowDiagram loads it on the first exploring (most readers never open one); the box's highlight
 * and the announcement need none of it.
 */
export function ExploreCard({ id, node, layout, routes, onTry, onClose }: ExploreCardProps) {
  return (
    <section
      id={id}
      className="explore-card"
      aria-labelledby={`${id}-heading`}
      style={cardPosition(node, layout)}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
      data-testid="explore-card"
    >
      <div className="explore-card-head">
        <h3 id={`${id}-heading`}>Ways to reach “{node.label}”</h3>
        <button type="button" className="button secondary explore-close" onClick={onClose}>
          Close
        </button>
      </div>
      <ExploreRoutes routes={routes} onTry={onTry} />
    </section>
  );
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
