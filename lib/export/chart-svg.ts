/**
 * Every exportable chart's content, as a union on `kind`, and the one function that draws any of
 * them: the image route, the download links and the slides all go through `chartSvg`.
 */
import { type BarChartContent, barImageScene } from "../charts/bars-scene";
import { type FlowContent, flowImageScene } from "../charts/flow/image-scene";
import { type TimelineContent, timelineImageScene } from "../charts/timeline-scene";
import { sceneToSvg } from "../scene/svg";
import { type DotLineContent, dotLineChartSvg } from "./dot-lines";
import type { ExportFrame, ExportTarget } from "./frame";
import { type IconArrayContent, iconArraySvg } from "./icon-array-svg";
import { type MatrixContent, matrixSvg } from "./matrix-svg";

type FrameText = Omit<ExportFrame, keyof ExportTarget>;

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
      return dotLineChartSvg(spec);
    case "timeline":
      return sceneToSvg(timelineImageScene(spec), spec.mode);
    case "icon-array":
      return iconArraySvg(spec);
    case "flow":
      return sceneToSvg(flowImageScene(spec), spec.mode);
    case "matrix":
      return matrixSvg(spec);
  }
}
