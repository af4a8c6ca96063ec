/** A chart's image as SVG text: its image scene, drawn with the colours of the requested scheme. */
import { scenePaint } from "../charts/colors";
import { type ChartSpec, chartImageScene } from "../charts/image-scene";
import { sceneToSvg } from "../scene/svg";

export function chartSvg(spec: ChartSpec): string {
  return sceneToSvg(chartImageScene(spec), scenePaint(spec.mode));
}
