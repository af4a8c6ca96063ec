import type { Metadata } from "next";
import { oembedAlternates } from "@/app/oembed-discovery";
import { pageMetadata } from "@/app/page-metadata";
import { PageSources } from "@/components/chart/PageSources";
import { glossFirstUses } from "@/components/glossary/GlossedText";
import { Notices } from "@/components/layout/Notices";
import { TrialsExplorer } from "@/components/trials/TrialsExplorer";
import { TRIAL_TERMS, trialTexts } from "@/components/trials/trial-text";
import { parseTrialState, trialImagePath, trialSearch } from "@/lib/charts/trial-state";
import { trialView } from "@/lib/charts/trial-view";
import type { SearchParams } from "@/lib/charts/url-state";
import { sourceFor } from "@/lib/datasets";
import { knownAnalysis } from "@/lib/trials/analysis";
import { ENDPOINT_IDS, endpointChoices, trials } from "@/lib/trials/data";
import "@/app/curve-chart.css";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = parseTrialState(await searchParams, ENDPOINT_IDS);
  return pageMetadata("/trials", { image: trialImagePath(state), extra: { alternates: oembedAlternates("/trials", trialSearch(state)) } });
}

/** One trial endpoint's curves, answer first; the paper's figures, how to read them and the sources follow. */
export default async function TrialsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parseTrialState(await searchParams, ENDPOINT_IDS);
  const analysis = knownAnalysis(state.endpoint);
  const paper = sourceFor(analysis.trial.sourceId);
  const reconstruction = sourceFor(trials.dataSourceId);
  const view = trialView(analysis);
  // Glossed in reading order, so each term links where the page first uses it.
  const gloss = glossFirstUses(TRIAL_TERMS);
  const text = trialTexts(view, trials.reconstructionNote, analysis.trial.population, analysis.endpoint.endpoint);
  // The page opens with the plain "of 100 people" sentence (the image's takeaway, the hazard ratio, follows it).
  const texts = { reader: gloss(text.reader), takeaway: gloss(text.takeaway), notes: text.notes.map(gloss), reconstruction: gloss(text.reconstruction) };
  const provenance = text.provenance.map(gloss);
  return (
    <>
      <h1>Survival over time in the HER2 trials</h1>
      <p className="lede">How did survival change over the months and years in the randomised trials of HER2 drugs, and what did each drug add?</p>
      <Notices notices={notices} />
      <TrialsExplorer state={state} analysis={analysis} view={view} sources={[paper, reconstruction]} texts={texts} choices={endpointChoices()} />
      <section className="section" aria-labelledby="provenance-heading" data-testid="trial-provenance">
        <h2 id="provenance-heading">Where these curves come from</h2>
        {provenance.map((paragraph, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed paragraphs in a fixed order
          <p key={i}>{paragraph}</p>
        ))}
      </section>
      <PageSources citations={[]} works={[paper, reconstruction]} details={{ [reconstruction.id]: reconstruction.note ?? "" }} />
    </>
  );
}
