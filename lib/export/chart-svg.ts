/**
 * Every exportable chart's content, as a union on `kind`, and the one function that draws any of
 * them: the image route, the download links and the slides all go through `chartSvg`.
 */
import { type BarChartContent, barImageScene } from "../charts/bars-scene";
import { type DotLineContent, dotLineImageScene } from "../charts/dot-lines-scene";
import { type FlowContent, flowImageScene } from "../charts/flow/image-scene";
import { type IconArrayContent, iconArrayImageScene } from "../charts/icon-array-scene";
import { type MatrixContent, matrixImageScene } from "../charts/subtype-matrix-scene";
import { type TimelineContent, timelineImageScene } from "../charts/timeline-scene";
import type { ExportTarget, FrameText } from "../scene/frame";
import { sceneToSvg } from "../scene/svg";

/** What a chart draws, before a size and theme are chosen. */
export type ChartContent =
  | (FrameText & BarChartContent)
  | (FrameText & DotLineContent)
  | (FrameText & TimelineContent)
  | IconArrayContent
  | (FrameText & FlowContent)
  | MatrixContent;
export type ChartSpec = ChartContent & ExportTarget;

export function chartSvg(spec: ChartSpec): string {
  switch (spec.kind) {
    case "bars":
      return sceneToSvg(barImageScene(spec), spec.mode);
    case "dot-lines":
      return sceneToSvg(dotLineImageScene(spec), spec.mode);
    case "timeline":
      return sceneToSvg(timelineImageScene(spec), spec.mode);
    case "icon-array":
      return sceneToSvg(iconArrayImageScene(spec), spec.mode);
    case "flow":
      return sceneToSvg(flowImageScene(spec), spec.mode);
    case "matrix":
      return sceneToSvg(matrixImageScene(spec), spec.mode);
  }
}
