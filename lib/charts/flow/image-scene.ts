/**
 * The flow diagram's exported image, framed. On a wide image (a slide, a card) a case is drawn as
 * its path alone, large (path-scene.ts), and no case as where each IHC score leads (overview-scene.ts);
 * the square draws the page's scene marks in the wide layout, the case's path highlighted. Apart from scene.ts so the page's bundle, which receives its
 * layout, never carries the layout code.
 */
import type { NodeId } from "../../her2/graph";
import { type ExportSize, type FrameText, fillBox, fitInBox, framedScene } from "../../scene/frame";
import type { Scene } from "../../scene/types";
import { type FlowLayout, layoutFlow } from "./layout";
import { flowOverviewDrawing } from "./overview-scene";
import { flowPathDrawing } from "./path-scene";
import { flowMarks } from "./scene";

/** What the flow's image needs beyond its frame. */
export interface FlowContent {
  kind: "flow";
  /** The case's path from the start node; empty for the diagram alone. */
  path: readonly NodeId[];
}

/** The graph is fixed, so its layout is computed once; the wide one suits every image shape. */
let wideLayout: FlowLayout | null = null;

export function flowImageScene(spec: FrameText & { size: ExportSize } & FlowContent): Scene {
  return framedScene(spec, (box) => {
    if (box.wide) {
      // In the middle of the box: a short path sits between the words above and the source below.
      return [fillBox(box, (width) => (spec.path.length > 0 ? flowPathDrawing(spec.path, width) : flowOverviewDrawing(width)), "middle")];
    }
    wideLayout ??= layoutFlow("wide");
    const layout = wideLayout;
    return [fitInBox(box, { width: layout.width, height: layout.height, marks: flowMarks(layout, { path: spec.path }) }, "center")];
  });
}
