"use client";
import { Group } from "@visx/group";
import { useId, useMemo } from "react";
import { DOT_LINE_LAYOUT } from "@/lib/charts/dot-line-layout";
import { type DotLineFigure, layoutDotLines } from "@/lib/charts/dot-lines";
import { ChartTooltip } from "./ChartTooltip";
import { MarkerShape } from "./MarkerShape";
import { useMarkExplorer } from "./useMarkExplorer";

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
export function DotLineChart({ title, summary, series, categories, domainMax, yLabel, xLabel, missingLabel }: DotLineChartProps) {
  const id = useId();
  const layout = useMemo(() => layoutDotLines(series, { categories, domainMax }), [series, categories, domainMax]);
  const descriptions = useMemo(() => layout.points.map((p) => p.point.description), [layout]);
  const explorer = useMarkExplorer(descriptions);
  const activePoint = explorer.active === null ? null : layout.points[explorer.active];
  const { markerSize, missingRadius, hitRadius } = DOT_LINE_LAYOUT;

  return (
    <div className="chart dot-chart" data-testid="dot-line-chart">
      <p className="chart-unit">
        <span className="chart-unit-line">{yLabel}</span>
        <span className="chart-unit-line">{xLabel}</span>
      </p>
      {/* The tooltip is placed in the plot's own coordinates, below the HTML labels above it. */}
      <div className="dot-plot">
        <svg width="100%" height={layout.height} role="graphics-document" aria-roledescription="line chart" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          <Group aria-hidden="true" className="chart-axis">
            {layout.yTicks.map((tick) => (
              <g key={tick.value}>
                <line x1="0%" x2="100%" y1={tick.y} y2={tick.y} className="chart-grid" />
                <text x={0} y={tick.y - 4} className="chart-tick">
                  {tick.value}
                </text>
              </g>
            ))}
            {layout.xTicks.map((tick) => (
              <text key={tick.id} x={`${tick.xPct}%`} y={layout.plotBottom + 16} textAnchor="middle" className={`chart-tick${tick.minor ? " tick-minor" : ""}`}>
                {tick.tick}
              </text>
            ))}
            {layout.missingHeadingY !== null && (
              <text x={0} y={layout.missingHeadingY} className="chart-axis-title">
                {missingLabel}
              </text>
            )}
            {layout.lanes.map((lane) => (
              <text key={lane.series.id} x={0} y={lane.labelY} className="chart-sublabel">
                {lane.series.label}
              </text>
            ))}
          </Group>
          <g aria-hidden="true">
            {layout.segments.map((segment) => (
              <line
                key={segment.key}
                x1={`${segment.x1Pct}%`}
                x2={`${segment.x2Pct}%`}
                y1={segment.y1}
                y2={segment.y2}
                stroke={segment.color}
                className="dot-line"
              />
            ))}
          </g>
          {layout.points.map((placed, index) => {
            const active = explorer.active === index;
            return (
              <g
                key={placed.point.id}
                role="graphics-symbol"
                data-testid="dot"
                data-id={placed.point.id}
                data-missing={placed.missing ? "true" : undefined}
                className={`dot-mark${active ? " is-active" : ""}`}
                {...explorer.markProps(index)}
              >
                <circle cx={`${placed.xPct}%`} cy={placed.y} r={hitRadius} className="dot-focus-ring" />
                {placed.missing ? (
                  <circle cx={`${placed.xPct}%`} cy={placed.y} r={missingRadius} stroke={placed.series.color} className="dot-missing" />
                ) : (
                  // A nested svg carries the percentage x, so the marker path itself can stay in px.
                  <svg x={`${placed.xPct}%`} y={placed.y} width={1} height={1} overflow="visible">
                    <MarkerShape marker={placed.series.marker} x={0} y={0} size={markerSize} color={placed.series.color} />
                  </svg>
                )}
              </g>
            );
          })}
        </svg>
        {explorer.tooltipOpen && activePoint && (
          <ChartTooltip text={activePoint.point.description} leftPct={Math.min(activePoint.xPct, 60)} top={activePoint.y + 14} />
        )}
      </div>
    </div>
  );
}
