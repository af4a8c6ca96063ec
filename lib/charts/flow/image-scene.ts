/**
 * The flow diagram's exported image: the page's scene marks for a case, in the wide layout, framed.
 * Apart from scene.ts so the page's bundle, which receives its layout, never carries the layout code.
 */
import type { NodeId } from "../../her2/graph";
import { type ExportSize, type FrameText, fitInBox, framedScene } from "../../scene/frame";
import type { Scene } from "../../scene/types";
import { type FlowLayout, layoutFlow } from "./layout";
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
  wideLayout ??= layoutFlow("wide");
  const layout = wideLayout;
  return framedScene(spec, (box) => [fitInBox(box, { width: layout.width, height: layout.height, marks: flowMarks(layout, { path: spec.path }) }, "center")]);
}
