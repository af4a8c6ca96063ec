"use client";
import { Group } from "@visx/group";
import { Bar } from "@visx/shape";
import { useId, useMemo } from "react";
import { type BarDatum, layoutBars } from "@/lib/charts/bars";
import { ChartTooltip } from "./ChartTooltip";
import { MarkerShape } from "./MarkerShape";
import { useMarkExplorer } from "./useMarkExplorer";

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
export function BarChart({ title, summary, data, domainMax, tickSuffix = "" }: BarChartProps) {
  const id = useId();
  const layout = useMemo(() => layoutBars(data, { domainMax }), [data, domainMax]);
  const descriptions = useMemo(() => data.map((d) => d.description), [data]);
  const explorer = useMarkExplorer(descriptions);
  const activeBar = explorer.active === null ? null : layout.bars[explorer.active];

  return (
    <div className="chart" data-testid="bar-chart">
      <svg width="100%" height={layout.height} role="graphics-document" aria-roledescription="bar chart" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <Group aria-hidden="true" className="chart-axis">
          {layout.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={`${tick.xPct}%`} x2={`${tick.xPct}%`} y1={0} y2={layout.axisY} className="chart-grid" />
              <text x={`${tick.xPct}%`} y={layout.axisY + 16} textAnchor={tick.xPct < 1 ? "start" : "middle"} className="chart-tick">
                {tick.value}
                {tickSuffix}
              </text>
            </g>
          ))}
        </Group>
        {layout.groups.map((group) => (
          <text key={group.label} x={0} y={group.y} className="chart-group-label">
            {group.label}
          </text>
        ))}
        {layout.bars.map((bar, index) => {
          const { datum } = bar;
          const active = explorer.active === index;
          return (
            <g
              key={datum.id}
              role="graphics-symbol"
              data-testid="bar"
              data-id={datum.id}
              className={`chart-mark${active ? " is-active" : ""}${datum.highlight ? " is-highlight" : ""}`}
              {...explorer.markProps(index)}
            >
              <MarkerShape marker={datum.marker} x={6} y={bar.labelY - 5} color={datum.color} />
              <text x={18} y={bar.labelY} className="chart-label">
                {datum.label}
              </text>
              {bar.sublabelY !== null && (
                <text x={18} y={bar.sublabelY} className="chart-sublabel">
                  {datum.sublabel}
                </text>
              )}
              {datum.value === null ? (
                <text x={0} y={bar.barY + 15} className="chart-unavailable">
                  Not available — see the table
                </text>
              ) : (
                <>
                  <Bar x="0%" y={bar.barY} width={`${bar.widthPct}%`} height={22} fill={datum.color} rx={2} />
                  {bar.ci && (
                    <g className="chart-ci">
                      <line x1={`${bar.ci.lowerPct}%`} x2={`${bar.ci.upperPct}%`} y1={bar.barY + 11} y2={bar.barY + 11} />
                      <line x1={`${bar.ci.lowerPct}%`} x2={`${bar.ci.lowerPct}%`} y1={bar.barY + 5} y2={bar.barY + 17} />
                      <line x1={`${bar.ci.upperPct}%`} x2={`${bar.ci.upperPct}%`} y1={bar.barY + 5} y2={bar.barY + 17} />
                    </g>
                  )}
                  <text x={`${bar.valueXPct}%`} y={bar.barY + 16} className="chart-value">
                    {datum.valueText}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      {explorer.tooltipOpen && activeBar && (
        <ChartTooltip text={activeBar.datum.description} leftPct={Math.min(activeBar.valueXPct, 60)} top={activeBar.barY + 30} />
      )}
    </div>
  );
}
