/**
 * Every chart's image content, as a union on `kind`, and the scene each kind's image is drawn from:
 * the image routes, the download links and the slides all draw through `chartImageScene`.
 */
import type { ExportTarget, FrameText } from "../scene/frame";
import type { Scene } from "../scene/types";
import { type BarChartContent, barImageScene } from "./bars-image";
import { type DotLineContent, dotLineImageScene } from "./dot-lines-scene";
import { type FlowContent, flowImageScene } from "./flow/image-scene";
import { type IconArrayContent, iconArrayImageScene } from "./icon-array-scene";
import { type OutcomesContent, outcomesImageScene } from "./outcomes-scene";
import { type MatrixContent, matrixImageScene } from "./subtype-matrix-scene";
import { type TimelineContent, timelineImageScene } from "./timeline-image";
import { type TrialContent, trialImageScene } from "./trial-scene";

/** What a chart draws, before a size and theme are chosen. */
export type ChartContent =
  | (FrameText & BarChartContent)
  | (FrameText & DotLineContent)
  | (FrameText & TimelineContent)
  | IconArrayContent
  | (FrameText & FlowContent)
  | MatrixContent
  | (FrameText & TrialContent)
  | (FrameText & OutcomesContent);
export type ChartSpec = ChartContent & ExportTarget;

/** Each kind's image scene, so adding a kind is one entry here. */
const IMAGE_SCENES: { [Kind in ChartSpec["kind"]]: (spec: Extract<ChartSpec, { kind: Kind }>) => Scene } = {
  bars: barImageScene,
  "dot-lines": dotLineImageScene,
  timeline: timelineImageScene,
  "icon-array": iconArrayImageScene,
  flow: flowImageScene,
  matrix: matrixImageScene,
  trial: trialImageScene,
  outcomes: outcomesImageScene,
};

export function chartImageScene(spec: ChartSpec): Scene {
  // The table pairs each kind with its builder; TypeScript cannot follow the pairing through the index.
  const draw = IMAGE_SCENES[spec.kind] as (spec: ChartSpec) => Scene;
  return draw(spec);
}
