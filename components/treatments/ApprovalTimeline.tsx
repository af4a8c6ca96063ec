"use client";
import { Group } from "@visx/group";
import { useId, useMemo } from "react";
import { ChartTooltip } from "@/components/charts/ChartTooltip";
import { MarkerShape } from "@/components/charts/MarkerShape";
import { useMarkExplorer } from "@/components/charts/useMarkExplorer";
import { BANDS_HEADING, type SurvivalBand } from "@/lib/charts/therapies";
import { POPULATION_STYLES, populationColorVar } from "@/lib/charts/therapy-style";
import { type ApprovalMark, layoutTimeline, TIMELINE_LAYOUT } from "@/lib/charts/timeline-layout";
import type { Wording } from "@/lib/charts/wording";
import type { TherapyRow } from "@/lib/datasets/schemas";
import type { DrugClass } from "@/lib/datasets/therapy-dimensions";

export interface ApprovalTimelineProps {
  /** Short name of what is plotted, and a one-sentence summary for assistive tech. */
  title: string;
  summary: string;
  /** The approvals shown, oldest first, and the lanes to draw them in. */
  approvals: readonly TherapyRow[];
  classes: readonly DrugClass[];
  bands: readonly SurvivalBand[];
  /** How each approval is read aloud and in its tooltip; the marks themselves do not change. */
  wording?: Wording;
}

/**
 * FDA approvals on a time axis, one lane per drug class, each mark shaped by the HER2 populations
 * it covers; under the lanes, the diagnosis years behind each survival figure. Marks and bands are
 * explored with the keyboard in time order, bands last.
 */
export function ApprovalTimeline({ title, summary, approvals, classes, bands, wording = "details" }: ApprovalTimelineProps) {
  const id = useId();
  const layout = useMemo(() => layoutTimeline(approvals, bands, classes, TIMELINE_LAYOUT.referenceWidth, wording), [approvals, bands, classes, wording]);
  const descriptions = useMemo(() => [...layout.marks.map((m) => m.description), ...layout.bands.map((b) => b.description)], [layout]);
  const explorer = useMarkExplorer(descriptions);
  const activeMark = explorer.active === null ? undefined : layout.marks[explorer.active];
  const activeBand = explorer.active === null ? undefined : layout.bands[explorer.active - layout.marks.length];
  const tooltip = activeMark
    ? { text: activeMark.description, leftPct: activeMark.xPct, top: activeMark.y + 18 }
    : activeBand && { text: activeBand.description, leftPct: activeBand.xPct, top: activeBand.y + TIMELINE_LAYOUT.bandHeight + 6 };
  // Marks and bands are one sequence for the keyboard: marks first, then bands.
  const symbolProps = (className: string, index: number) => ({
    role: "graphics-symbol",
    className: `${className}${explorer.active === index ? " is-active" : ""}`,
    ...explorer.markProps(index),
  });

  return (
    <div className="chart timeline-chart" data-testid="approval-timeline">
      <svg width="100%" height={layout.height} role="graphics-document" aria-roledescription="timeline" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <Group aria-hidden="true" className="chart-axis">
          {layout.ticks.map((tick) => (
            <g key={tick.year}>
              <line x1={`${tick.xPct}%`} x2={`${tick.xPct}%`} y1={layout.lanesTop} y2={layout.plotBottom} className="chart-grid" />
              <text x={`${tick.xPct}%`} y={layout.topAxisY} textAnchor="middle" className="chart-tick">
                {tick.year}
              </text>
              <text x={`${tick.xPct}%`} y={layout.bottomAxisY} textAnchor="middle" className="chart-tick">
                {tick.year}
              </text>
            </g>
          ))}
        </Group>
        <Group aria-hidden="true">
          {layout.bands.map((placed, index) => (
            <rect
              key={placed.band.id}
              x={`${placed.xPct}%`}
              width={`${placed.widthPct}%`}
              y={layout.lanesTop}
              height={placed.y - layout.lanesTop}
              className={`timeline-band-shade${explorer.active === layout.marks.length + index ? " is-active" : ""}`}
            />
          ))}
          {layout.lanes.map((lane) => (
            <g key={lane.drugClass} data-testid="timeline-lane" data-class={lane.drugClass}>
              <line x1="0%" x2="100%" y1={lane.top} y2={lane.top} className="timeline-lane-rule" />
              <text x={0} y={lane.headerY} fontSize={TIMELINE_LAYOUT.laneHeaderFontPx} className="timeline-lane-label">
                {lane.label}
              </text>
              {lane.emptyY !== null && (
                <text x={0} y={lane.emptyY} className="chart-unavailable">
                  None for the HER2 populations chosen
                </text>
              )}
            </g>
          ))}
          {layout.bandHeaderY !== null && (
            <text x={0} y={layout.bandHeaderY} fontSize={TIMELINE_LAYOUT.laneHeaderFontPx} className="timeline-lane-label">
              {BANDS_HEADING}
            </text>
          )}
        </Group>
        {layout.marks.map((mark, index) => (
          <g key={mark.row.id} data-testid="approval-mark" data-id={mark.row.id} {...symbolProps("timeline-mark", index)}>
            {/* A nested svg carries the percentage x, so markers, rings and label offsets stay in px. */}
            <svg x={`${mark.xPct}%`} y={mark.y} width={1} height={1} overflow="visible">
              <MarkGlyph mark={mark} />
            </svg>
          </g>
        ))}
        {layout.bands.map((placed, index) => (
          <g key={placed.band.id} data-testid="survival-band" data-id={placed.band.id} {...symbolProps("timeline-band", layout.marks.length + index)}>
            <text
              x={`${placed.labelXPct}%`}
              y={placed.labelY}
              textAnchor={placed.labelAnchor}
              fontSize={TIMELINE_LAYOUT.bandFontPx}
              className="timeline-band-label"
            >
              {placed.band.label}
            </text>
            <rect x={`${placed.xPct}%`} width={`${placed.widthPct}%`} y={placed.y} height={TIMELINE_LAYOUT.bandHeight} rx={2} className="timeline-band-bar" />
          </g>
        ))}
      </svg>
      {explorer.tooltipOpen && tooltip && <ChartTooltip text={tooltip.text} leftPct={Math.min(tooltip.leftPct, 60)} top={tooltip.top} />}
    </div>
  );
}

/** One approval, centred on (0, 0): its population markers, the accelerated-approval ring, the focus ring, and its label: brand, then populations. */
function MarkGlyph({ mark }: { mark: ApprovalMark }) {
  const { markerSize, ringPadding, focusRingGap, labelGap, labelFontPx, labelBaselineDy, populationFontPx, populationBaselineDy } = TIMELINE_LAYOUT;
  const ringHeight = markerSize + 2 * ringPadding;
  const focus = { halfWidth: mark.halfWidth + focusRingGap, height: ringHeight + 2 * focusRingGap };
  const labelX = mark.labelSide === "right" ? mark.halfWidth + labelGap : -(mark.halfWidth + labelGap);
  return (
    <>
      <rect
        x={-focus.halfWidth}
        y={-focus.height / 2}
        width={2 * focus.halfWidth}
        height={focus.height}
        rx={focus.height / 2}
        className="timeline-focus-ring"
      />
      {mark.accelerated && (
        <rect
          x={-mark.halfWidth}
          y={-ringHeight / 2}
          width={2 * mark.halfWidth}
          height={ringHeight}
          rx={ringHeight / 2}
          className="timeline-accelerated-ring"
          data-testid="accelerated-ring"
        />
      )}
      {mark.markers.map(({ population, dx }) => (
        <g key={population} data-population={population}>
          <MarkerShape marker={POPULATION_STYLES[population].marker} x={dx} y={0} size={markerSize} color={populationColorVar(population)} />
        </g>
      ))}
      <text x={labelX} y={labelBaselineDy} textAnchor={mark.labelSide === "right" ? "start" : "end"} fontSize={labelFontPx} className="timeline-label">
        {mark.label}
      </text>
      <text
        x={labelX}
        y={populationBaselineDy}
        textAnchor={mark.labelSide === "right" ? "start" : "end"}
        fontSize={populationFontPx}
        className="timeline-population"
        data-testid="mark-population"
      >
        {mark.populationLabel}
      </text>
    </>
  );
}
