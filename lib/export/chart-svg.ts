/**
 * Every exportable chart's content, as a union on `kind`, and the one function that draws any of
 * them: the image route, the download links and the slides all go through `chartSvg`.
 */
import type { ExportTarget } from "./frame";
import { flowSvg, type FlowContent } from "./flow-svg";
import { iconArraySvg, type IconArrayContent } from "./icon-array-svg";
import { barChartSvg, type ExportSpec } from "./svg";
import { timelineSvg, type TimelineContent } from "./timeline-svg";

export type BarContent = Omit<ExportSpec, keyof ExportTarget>;
export type ChartContent = BarContent | TimelineContent | IconArrayContent | FlowContent;
export type ChartSpec = ChartContent & ExportTarget;

export function chartSvg(spec: ChartSpec): string {
  switch (spec.kind) {
    case "bars":
      return barChartSvg(spec);
    case "timeline":
      return timelineSvg(spec);
    case "icon-array":
      return iconArraySvg(spec);
    case "flow":
      return flowSvg(spec);
  }
}
