import type { ReactNode } from "react";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { type TrialViewState, trialImagePath, trialSearch } from "@/lib/charts/trial-state";
import type { TrialView } from "@/lib/charts/trial-view";
import { shortCitation, sourceAnchor } from "@/lib/datasets/citations";
import type { Source } from "@/lib/datasets/schemas";
import type { EndpointAnalysis } from "@/lib/trials/analysis";
import { PublishedComparison } from "./PublishedComparison";
import { TrialChart } from "./TrialChart";
import { type EndpointGroup, TrialControls } from "./TrialControls";
import { TrialForm } from "./TrialForm";
import { TrialTable } from "./TrialTable";

export interface TrialsExplorerProps {
  state: TrialViewState;
  analysis: EndpointAnalysis;
  view: TrialView;
  /** The paper and the reconstruction, in that order. */
  sources: readonly [Source, Source];
  /** The prose, with its glossary terms linked in reading order (trial-text.ts). */
  texts: { takeaway: ReactNode; reader: ReactNode; notes: ReactNode[]; reconstruction: ReactNode };
  choices: readonly EndpointGroup[];
}

/**
 * One endpoint's curves with the picker, computed on the server: the answer (the reader's sentence),
 * the chart with its number at risk and the hazard ratio, then the paper's figures beside ours. The
 * picker is one GET form (TrialForm), so any endpoint can be shared and chosen without JavaScript.
 */
export function TrialsExplorer({ state, analysis, view, sources, texts, choices }: TrialsExplorerProps) {
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
        takeaway={texts.reader}
        controls={<TrialControls groups={choices} />}
        controlsBelow
        citeInPage
        notes={texts.notes.map((note, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the notes are fixed paragraphs in a fixed order
          <p key={i}>{note}</p>
        ))}
        table={<TrialTable view={view} />}
        tableLabel="Show the curves as a table"
        tableOpen={state.view === "table"}
        citations={[]}
        otherSources={{ note: sourceNote, citations: [paper.citation, reconstruction.citation] }}
        apiPath={`/api/trials/${view.id}/survival`}
        imagePath={trialImagePath(state)}
        embed={{ chart: "trials", search: trialSearch({ ...state, view: "chart" }) }}
      >
        {/* The chart follows the reader's sentence at once (on a phone, on the first screen); the statistic comes after it. */}
        <TrialChart view={view} />
        <p className="reader-sentence" data-testid="hazard-ratio">
          {texts.takeaway}
        </p>
      </ChartFrame>
      <PublishedComparison analysis={analysis} note={texts.reconstruction} />
    </TrialForm>
  );
}
