/**
 * Every exportable chart's content, as a union on `kind`, and the one function that draws any of
 * them: the image route, the download links and the slides all go through `chartSvg`.
 */
import { dotLineChartSvg, type DotLineContent } from "./dot-lines";
import type { ExportFrame, ExportTarget } from "./frame";
import { flowSvg, type FlowContent } from "./flow-svg";
import { iconArraySvg, type IconArrayContent } from "./icon-array-svg";
import { matrixSvg, type MatrixContent } from "./matrix-svg";
import { barChartSvg, type BarChartContent } from "./svg";
import { timelineSvg, type TimelineContent } from "./timeline-svg";

type FrameText = Omit<ExportFrame, keyof ExportTarget>;

/** What a chart draws, before a size and theme are chosen. */
export type ChartContent = (FrameText & (BarChartContent | DotLineContent)) | TimelineContent | IconArrayContent | FlowContent | MatrixContent;
export type ChartSpec = ChartContent & ExportTarget;

export function chartSvg(spec: ChartSpec): string {
  switch (spec.kind) {
    case "bars":
      return barChartSvg(spec);
    case "dot-lines":
      return dotLineChartSvg(spec);
    case "timeline":
      return timelineSvg(spec);
    case "icon-array":
      return iconArraySvg(spec);
    case "flow":
      return flowSvg(spec);
    case "matrix":
      return matrixSvg(spec);
  }
}
