import { ExplorableChart } from "@/components/charts/ExplorableChart";
import { SceneSvg } from "@/components/charts/SceneSvg";
import { type TimelineView, timelineScene } from "@/lib/charts/timeline-scene";

export type ApprovalTimelineProps = TimelineView;

/**
 * FDA approvals on a time axis, one lane per drug class, each mark shaped by the HER2 populations
 * it covers; under the lanes, the diagnosis years behind each survival figure. Drawn on the server;
 * marks and bands are explored with the keyboard in time order, bands last.
 */
export function ApprovalTimeline(view: ApprovalTimelineProps) {
  return (
    <ExplorableChart className="chart timeline-chart" testId="approval-timeline">
      <SceneSvg scene={timelineScene(view)} />
    </ExplorableChart>
  );
}
