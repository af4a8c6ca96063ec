import type { ReactNode } from "react";
import { type GroupProps, SceneElements } from "@/components/charts/SceneElements";
import type { FlowLayout } from "@/lib/charts/flow/layout";
import { describeStep, flowScene, placedNode } from "@/lib/charts/flow/scene";
import type { NodeId } from "@/lib/her2/graph";

/** Each box is a graphics symbol named by its words (and whether the case passes it); the current step is marked. */
export function stepProps(layout: FlowLayout, current: NodeId | null): GroupProps {
  return (mark) => {
    const node = mark.data?.node as NodeId | undefined;
    if (node === undefined) return undefined;
    return {
      "aria-current": node === current ? "step" : undefined,
      role: "graphics-symbol",
      "aria-label": describeStep(placedNode(layout, node), mark.data?.["on-path"] === "true"),
    };
  };
}

/** Where a diagram sits: its orientation's class (the page shows wide or tall by width) and its natural width. */
export function FlowFigure({ layout, testId, children }: { layout: FlowLayout; testId?: string; children: ReactNode }) {
  return (
    <div className={`flow-figure flow-${layout.orientation}`} style={{ maxWidth: layout.width }} data-testid={testId}>
      {children}
    </div>
  );
}

/**
 * The diagram as a picture with a case's path lit (slides, embeds, presenter mode): no boxes to
 * explore, so no JavaScript of its own; server pages render it as HTML.
 */
export function FlowPicture({ layout, path, testId }: { layout: FlowLayout; path: readonly NodeId[]; testId?: string }) {
  return (
    <FlowFigure layout={layout} testId={testId}>
      <SceneElements scene={flowScene(layout, { path })} className="flow-svg" groupProps={stepProps(layout, path.at(-1) ?? null)} />
    </FlowFigure>
  );
}
