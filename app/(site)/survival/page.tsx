import type { Metadata } from "next";
import { oembedAlternates } from "@/app/oembed-discovery";
import { pageMetadata } from "@/app/page-metadata";
import { PageSources } from "@/components/chart/PageSources";
import { Term } from "@/components/glossary/Term";
import { Notices } from "@/components/layout/Notices";
import { StagesExplained } from "@/components/survival/StagesExplained";
import { SurvivalExplorer } from "@/components/survival/SurvivalExplorer";
import { SurvivalQuestion } from "@/components/survival/SurvivalQuestion";
import { parseSurvivalState, survivalImagePath, survivalSearch } from "@/lib/charts/survival-state";
import type { SearchParams } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import { shownSurvival } from "@/lib/datasets/queries";

/** The social preview is the chart as the shared link shows it. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = parseSurvivalState(await searchParams);
  return pageMetadata("/survival", { image: survivalImagePath(state), extra: { alternates: oembedAlternates("/survival", survivalSearch(state)) } });
}

/** The question, then the chart that answers it; the measures, stages and sources follow on demand. */
export default async function SurvivalPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parseSurvivalState(await searchParams);
  return (
    <>
      <h1>Survival by subtype</h1>
      <SurvivalQuestion measure={state.measure} />
      <Notices notices={notices} />
      <SurvivalExplorer state={state} rows={[...datasets.survival]} sources={[...datasets.sources]}>
        <StagesExplained sources={datasets.sources} />
      </SurvivalExplorer>
      <p className="see-also" data-testid="trials-link">
        <a href="/trials">Survival over time</a>: <Term id="kaplan-meier">Kaplan–Meier</Term> curves from seven randomised trials of HER2 drugs, month by month.
      </p>
      <PageSources citations={citationsFor(shownSurvival(datasets.survival), datasets.sources)} />
    </>
  );
}
