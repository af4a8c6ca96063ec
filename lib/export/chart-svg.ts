/**
 * Every exportable chart's content, as a union on `kind`, and the one function that draws any of
 * them: the image route, the download links and the slides all go through `chartSvg`.
 */
import { type BarChartContent, barImageScene } from "../charts/bars-scene";
import { type DotLineContent, dotLineImageScene } from "../charts/dot-lines-scene";
import { type IconArrayContent, iconArrayImageScene } from "../charts/icon-array-scene";
import { type MatrixContent, matrixImageScene } from "../charts/subtype-matrix-scene";
import { sceneToSvg } from "../scene/svg";
import { type FlowContent, flowSvg } from "./flow-svg";
import type { ExportFrame, ExportTarget } from "./frame";
import { type TimelineContent, timelineSvg } from "./timeline-svg";

type FrameText = Omit<ExportFrame, keyof ExportTarget>;

/** What a chart draws, before a size and theme are chosen. */
export type ChartContent = (FrameText & BarChartContent) | (FrameText & DotLineContent) | TimelineContent | IconArrayContent | FlowContent | MatrixContent;
export type ChartSpec = ChartContent & ExportTarget;

export function chartSvg(spec: ChartSpec): string {
  switch (spec.kind) {
    case "bars":
      return sceneToSvg(barImageScene(spec), spec.mode);
    case "dot-lines":
      return sceneToSvg(dotLineImageScene(spec), spec.mode);
    case "timeline":
      return timelineSvg(spec);
    case "icon-array":
      return sceneToSvg(iconArrayImageScene(spec), spec.mode);
    case "flow":
      return flowSvg(spec);
    case "matrix":
      return sceneToSvg(matrixImageScene(spec), spec.mode);
  }
}
