import type { ReactNode } from "react";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { GlossedText } from "@/components/glossary/GlossedText";
import { populationsStillShown, stillShownSentence } from "@/lib/charts/population-filter";
import { approvalSources, approvalsShown, approvalTableRows, bandTableRows, type SurvivalBand, TIMELINE_TITLE, timelineTakeaway } from "@/lib/charts/therapies";
import { type TreatmentsViewState, treatmentsApiPath, treatmentsImagePath, treatmentsSearch } from "@/lib/charts/therapies-state";
import type { Citation } from "@/lib/datasets/citations";
import type { Source, TherapyRow } from "@/lib/datasets/schemas";
import { ApprovalSourcesNote } from "./ApprovalSourcesNote";
import { ApprovalTable } from "./ApprovalTable";
import { ApprovalTimeline } from "./ApprovalTimeline";
import { TimelineKey } from "./TimelineKey";
import { TimelineLag } from "./TimelineLag";
import { TreatmentsControls } from "./TreatmentsControls";
import { TreatmentsForm } from "./TreatmentsForm";

export interface TreatmentsExplorerProps {
  /** The view to show, read from the URL. */
  state: TreatmentsViewState;
  rows: TherapyRow[];
  /** The diagnosis years behind the survival figures, and their citations: the same whatever the filters. */
  bands: SurvivalBand[];
  bandCitations: Citation[];
  sources: Source[];
  /** The page's definitions and caveats, after the timeline: they answer to its wording (WordingContext). */
  children?: ReactNode;
}

/**
 * The approvals timeline with its filters, computed here on the server: the browser gets the
 * timeline drawn, with the filters, its keyboard exploration and the table toggle as client islands.
 * The filters belong to one GET form (TreatmentsForm), so any view can be shared: without JavaScript
 * "Update charts" reloads the page at the new URL; with it, a change asks the server for that view.
 * The timeline comes first and its filters follow; each approval's source is listed once, in the
 * page's citation block, which the one-line source under the timeline links to.
 */
export function TreatmentsExplorer({ state, rows, bands, bandCitations, sources, children }: TreatmentsExplorerProps) {
  const approvals = approvalsShown(rows, state);
  const takeaway = timelineTakeaway(approvals, bands);
  const citedSources = approvalSources(approvals, sources);
  // A population filter that hides nothing says why, under the timeline it leaves as it was.
  const stillShown = stillShownSentence(populationsStillShown(rows, state));

  return (
    <TreatmentsForm state={state}>
      <ChartFrame
        id="approvals-timeline"
        title={TIMELINE_TITLE}
        takeaway={<GlossedText text={takeaway} terms={["her2-positive", "her2-low", "her2-ultralow", "cause-specific-survival", "relative-survival"]} />}
        controlsBelow
        citeInPage
        renderDefinition={(definition) => <GlossedText text={definition} terms={["overall-survival"]} />}
        controls={<TreatmentsControls />}
        table={<ApprovalTable caption={TIMELINE_TITLE} rows={approvalTableRows(approvals)} bands={bandTableRows(bands, approvals)} />}
        tableOpen={state.view === "table"}
        apiPath={treatmentsApiPath(state)}
        imagePath={treatmentsImagePath(state)}
        embed={{ chart: "treatments", search: treatmentsSearch({ ...state, view: "chart" }) }}
        tableLabel="Show the approvals as a table"
        citations={bandCitations}
        otherSources={{ note: <ApprovalSourcesNote sources={citedSources} />, citations: citedSources.map((source) => source.citation) }}
      >
        <ApprovalTimeline title={TIMELINE_TITLE} summary={takeaway} approvals={approvals} classes={state.classes} bands={bands} wording={state.wording} />
        <TimelineKey approvals={approvals} />
        {stillShown && (
          <p className="chart-note" data-testid="population-still-shown">
            {stillShown}
          </p>
        )}
        <TimelineLag />
      </ChartFrame>
      {children}
    </TreatmentsForm>
  );
}
