import type { DotLineFigure } from "@/lib/charts/dot-lines";
import { dotLineScene } from "@/lib/charts/dot-lines-scene";
import { ExplorableChart } from "./ExplorableChart";
import { SceneSvg } from "./SceneSvg";

/** The labels are printed above the plot as HTML, so they wrap at any width. */
export interface DotLineChartProps extends DotLineFigure {
  /** Short name of what is plotted, and a one-sentence summary for assistive tech. */
  title: string;
  summary: string;
}

/**
 * One line of dots per series across ordered categories, with keyboard exploration. Missing values
 * break the line and appear as hollow marks in a strip of their own, never as zero.
 */
export function DotLineChart(props: DotLineChartProps) {
  return (
    <div className="chart dot-chart" data-testid="dot-line-chart">
      <p className="chart-unit">
        <span className="chart-unit-line">{props.yLabel}</span>
        <span className="chart-unit-line">{props.xLabel}</span>
      </p>
      {/* The exploration box holds only the plot, so tooltips are placed in the plot's own coordinates. */}
      <ExplorableChart className="chart dot-plot">
        <SceneSvg scene={dotLineScene(props)} />
      </ExplorableChart>
    </div>
  );
}
