import type { Metadata } from "next";
import { oembedAlternates } from "@/app/oembed-discovery";
import { pageMetadata } from "@/app/page-metadata";
import { PageSources } from "@/components/chart/PageSources";
import { Notices } from "@/components/layout/Notices";
import { TrialsExplorer } from "@/components/trials/TrialsExplorer";
import { parseTrialState, trialImagePath, trialSearch } from "@/lib/charts/trial-state";
import { trialView } from "@/lib/charts/trial-view";
import type { SearchParams } from "@/lib/charts/url-state";
import { sourceFor } from "@/lib/datasets";
import { analyseEndpoint } from "@/lib/trials/analysis";
import { ENDPOINT_IDS, endpointChoices, trials } from "@/lib/trials/data";
import "@/app/trials-chart.css";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = parseTrialState(await searchParams, ENDPOINT_IDS);
  return pageMetadata("/trials", { image: trialImagePath(state), extra: { alternates: oembedAlternates("/trials", trialSearch(state)) } });
}

/** One trial endpoint's curves, answer first; the paper's figures, how to read them and the sources follow. */
export default async function TrialsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parseTrialState(await searchParams, ENDPOINT_IDS);
  // parseTrialState only returns known endpoints.
  const analysis = analyseEndpoint(state.endpoint) as NonNullable<ReturnType<typeof analyseEndpoint>>;
  const paper = sourceFor(analysis.trial.sourceId);
  const reconstruction = sourceFor(trials.dataSourceId);
  return (
    <>
      <h1>Survival over time in the HER2 trials</h1>
      <p className="lede">How did survival change over the months and years in the randomised trials of HER2 drugs, and what did each drug add?</p>
      <Notices notices={notices} />
      <TrialsExplorer
        state={state}
        analysis={analysis}
        view={trialView(analysis)}
        sources={[paper, reconstruction]}
        reconstructionNote={trials.reconstructionNote}
        choices={endpointChoices()}
      />
      <section className="section" aria-labelledby="provenance-heading" data-testid="trial-provenance">
        <h2 id="provenance-heading">Where these curves come from</h2>
        <p>
          The patients behind each curve were reconstructed from the paper’s published Kaplan–Meier figure and its printed numbers at risk (the method of Guyot
          and colleagues), in the kmdata package by Redd, Fell and Rahman, released under the MIT licence (copyright 2021 Robert Redd). They are not the trials’
          own records. We compute every figure on this page from them: the curves, intervals and medians as R’s survival package does, the hazard ratio from a
          Cox model, and the log-rank test; each is checked against R in our tests.
        </p>
        <p>
          The trial enrolled {analysis.trial.population}. A trial compares treatments on average over the people in it: it is not a forecast for one person, and
          today’s treatment may differ from what either arm received. Talk it over with your care team.
        </p>
      </section>
      <PageSources citations={[]} works={[paper, reconstruction]} details={{ [reconstruction.id]: reconstruction.note ?? "" }} />
    </>
  );
}
