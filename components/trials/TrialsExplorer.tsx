import { ChartFrame } from "@/components/chart/ChartFrame";
import { type TrialViewState, trialImagePath, trialSearch } from "@/lib/charts/trial-state";
import type { TrialView } from "@/lib/charts/trial-view";
import { shortCitation, sourceAnchor } from "@/lib/datasets/citations";
import type { Source } from "@/lib/datasets/schemas";
import type { EndpointAnalysis } from "@/lib/trials/analysis";
import { PublishedComparison } from "./PublishedComparison";
import { TrialChart } from "./TrialChart";
import { type EndpointChoice, TrialControls } from "./TrialControls";
import { TrialForm } from "./TrialForm";
import { TrialTable } from "./TrialTable";

export interface TrialsExplorerProps {
  state: TrialViewState;
  analysis: EndpointAnalysis;
  view: TrialView;
  /** The paper and the reconstruction, in that order. */
  sources: readonly [Source, Source];
  reconstructionNote: string;
  choices: readonly { trial: string; endpoints: readonly EndpointChoice[] }[];
}

/**
 * One endpoint's curves with the picker, computed on the server: the answer (hazard ratio and the
 * reader's sentence), the chart with its number at risk, then the paper's figures beside ours. The
 * picker is one GET form (TrialForm), so any endpoint can be shared and chosen without JavaScript.
 */
export function TrialsExplorer({ state, analysis, view, sources, reconstructionNote, choices }: TrialsExplorerProps) {
  const [paper, reconstruction] = sources;
  const sourceNote = (
    <>
      <a href={`#${sourceAnchor(paper.id)}`}>{shortCitation(paper.citation)}</a>, {analysis.endpoint.figure}, reconstructed from the published curve (
      <a href={`#${sourceAnchor(reconstruction.id)}`}>kmdata</a>, MIT licence)
    </>
  );
  return (
    <TrialForm state={state}>
      <ChartFrame
        id="trial-curves"
        title={view.title}
        takeaway={view.takeaway}
        controls={<TrialControls groups={choices} />}
        controlsBelow
        citeInPage
        notes={
          <>
            <p>
              Each line is a Kaplan–Meier estimate: the share of patients still {view.yLabel.replace(/^Share (.*) \(%\)$/, "$1")}, month by month since they
              were randomly assigned to a treatment. The shaded band is its 95% confidence interval; a small tick marks a patient whose follow-up ended without
              an event (censored). Under the axis, the number of patients still followed.
            </p>
            <p>
              A hazard ratio below 1 means the events came more slowly with the experimental treatment. Ours comes from a Cox model with one covariate (the arm)
              and the log-rank test; the papers often stratified theirs, and their patients are the real ones.
            </p>
          </>
        }
        table={<TrialTable view={view} />}
        tableLabel="Show the curves as a table"
        tableOpen={state.view === "table"}
        citations={[]}
        otherSources={{ note: sourceNote, citations: [paper.citation, reconstruction.citation] }}
        apiPath={`/api/trials/${view.id}/survival`}
        imagePath={trialImagePath(state)}
        embed={{ chart: "trials", search: trialSearch({ ...state, view: "chart" }) }}
      >
        <p className="reader-sentence" data-testid="reader-sentence">
          {view.reader}
        </p>
        <TrialChart view={view} />
      </ChartFrame>
      <PublishedComparison analysis={analysis} note={reconstructionNote} />
    </TrialForm>
  );
}
