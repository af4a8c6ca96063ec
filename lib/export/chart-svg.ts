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
import type { Scene } from "../scene/types";

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
  return sceneToSvg(imageScene(spec), spec.mode);
}

function imageScene(spec: ChartSpec): Scene {
  switch (spec.kind) {
    case "bars":
      return barImageScene(spec);
    case "dot-lines":
      return dotLineImageScene(spec);
    case "timeline":
      return timelineImageScene(spec);
    case "icon-array":
      return iconArrayImageScene(spec);
    case "flow":
      return flowImageScene(spec);
    case "matrix":
      return matrixImageScene(spec);
  }
}
