"use client";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { TableViewContext } from "@/components/chart/TableView";
import { DataStatus } from "@/components/data/DataStatus";
import { useDatasetRows } from "@/components/data/useDataset";
import { useUrlSearch } from "@/components/layout/useUrlSearch";
import { WordingContext } from "@/components/layout/WordingContext";
import { approvalSources, approvalsShown, approvalTableRows, bandTableRows, TIMELINE_TITLE, timelineTakeaway, type SurvivalBand } from "@/lib/charts/therapies";
import { populationsStillShown, stillShownSentence } from "@/lib/charts/population-filter";
import { treatmentsApiPath, treatmentsImagePath, treatmentsSearch, type TreatmentsViewState } from "@/lib/charts/therapies-state";
import type { View } from "@/lib/charts/url-state";
import type { Citation } from "@/lib/datasets/citations";
import type { Source, TherapyRow } from "@/lib/datasets/schemas";
import { ApprovalSourcesNote } from "./ApprovalSourcesNote";
import { ApprovalTable } from "./ApprovalTable";
import { ApprovalTimeline } from "./ApprovalTimeline";
import { TimelineKey } from "./TimelineKey";
import { TreatmentsControls } from "./TreatmentsControls";
import { GlossedText } from "@/components/glossary/GlossedText";

export interface TreatmentsExplorerProps {
  initialState: TreatmentsViewState;
  rows: TherapyRow[];
  /** The diagnosis years behind the survival figures, and their citations: the same whatever the filters. */
  bands: SurvivalBand[];
  bandCitations: Citation[];
  sources: Source[];
  /** The page's definitions and caveats, after the timeline: they answer to its wording (WordingContext). */
  children?: ReactNode;
}

/**
 * The approvals timeline with its filters; state mirrors the URL so any view can be shared. The
 * timeline comes first and its filters follow; each approval's source is listed once, in the page's
 * citation block, which the one-line source under the timeline links to.
 */
export function TreatmentsExplorer({ initialState, rows: serverRows, bands, bandCitations, sources, children }: TreatmentsExplorerProps) {
  const [state, setState] = useState(initialState);
  const rows = useDatasetRows<TherapyRow>("therapies", serverRows);

  useUrlSearch(treatmentsSearch(state));

  const setView = useCallback((view: View) => setState((current) => (current.view === view ? current : { ...current, view })), []);
  const approvals = useMemo(() => approvalsShown(rows, state), [rows, state]);
  const takeaway = timelineTakeaway(approvals, bands);
  const citedSources = useMemo(() => approvalSources(approvals, sources), [approvals, sources]);
  // A population filter that hides nothing says why, under the timeline it leaves as it was.
  const stillShown = stillShownSentence(populationsStillShown(rows, state));

  return (
    <TableViewContext value={setView}>
      <WordingContext value={state.wording}>
        <ChartFrame
          id="approvals-timeline"
          title={TIMELINE_TITLE}
          takeaway={<GlossedText text={takeaway} terms={["cause-specific-survival", "relative-survival"]} />}
          controlsBelow
          citeInPage
          renderDefinition={(definition) => <GlossedText text={definition} terms={["overall-survival"]} />}
          controls={
            <>
              <TreatmentsControls state={state} onChange={setState} />
              <DataStatus dataset="therapies" />
            </>
          }
          table={<ApprovalTable caption={TIMELINE_TITLE} rows={approvalTableRows(approvals)} bands={bandTableRows(bands, approvals)} />}
          tableOpen={initialState.view === "table"}
          apiPath={treatmentsApiPath(state)}
          imagePath={treatmentsImagePath(state)}
          tableLabel="Show the approvals as a table"
          citations={bandCitations}
          otherSources={{ note: <ApprovalSourcesNote sources={citedSources} />, citations: citedSources.map((source) => source.citation) }}
        >
          <ApprovalTimeline title={TIMELINE_TITLE} summary={takeaway} approvals={approvals} classes={state.classes} bands={bands} wording={state.wording} />
          <TimelineKey />
          {stillShown && (
            <p className="chart-note" data-testid="population-still-shown">
              {stillShown}
            </p>
          )}
          <p className="callout timeline-lag" data-testid="lag-sentence">
            Survival figures describe the past: the people behind them were diagnosed in the shaded years, before many of
            these drugs were approved, so the figures do not show what today’s treatments achieve.
          </p>
        </ChartFrame>
        {children}
      </WordingContext>
    </TableViewContext>
  );
}
