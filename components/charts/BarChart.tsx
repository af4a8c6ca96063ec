import type { BarDatum } from "@/lib/charts/bars";
import { barScene } from "@/lib/charts/bars-scene";
import { ExplorableChart } from "./ExplorableChart";
import { SceneSvg } from "./SceneSvg";

export interface BarChartProps {
  /** Short name of what is plotted, and a one-sentence summary for assistive tech. */
  title: string;
  summary: string;
  data: readonly BarDatum[];
  domainMax: number;
  /** Appended to axis tick numbers ("%"); a plain string so server components can pass it. */
  tickSuffix?: string;
}

/** Horizontal bars with direct value labels, optional CI whiskers, groups, and keyboard exploration. */
export function BarChart({ title, summary, data, domainMax, tickSuffix }: BarChartProps) {
  // A bar without a figure reads "Not available", as in the image; its description (tooltip) and the table say why.
  const scene = barScene({ title, summary, bars: data }, { domainMax, tickSuffix });
  return (
    <ExplorableChart testId="bar-chart">
      <SceneSvg scene={scene} />
    </ExplorableChart>
  );
}
