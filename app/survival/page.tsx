import type { Metadata } from "next";
import { Notices } from "@/components/layout/Notices";
import { SurvivalExplorer } from "@/components/survival/SurvivalExplorer";
import { StagesExplained } from "@/components/survival/StagesExplained";
import { parseSurvivalState, survivalImagePath, survivalSearch } from "@/lib/charts/survival-state";
import { type SearchParams } from "@/lib/charts/url-state";
import { datasets, FOUR_YEAR_OUTCOME, RELATIVE_SURVIVAL_COMPARISON } from "@/lib/datasets";
import { oembedAlternates } from "../oembed-discovery";
import { pageMetadata } from "../page-metadata";
import { Term } from "@/components/glossary/Term";

/** The social preview is the chart as the shared link shows it. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = parseSurvivalState(await searchParams);
  return pageMetadata("/survival", { image: survivalImagePath(state), extra: { alternates: oembedAlternates("/survival", survivalSearch(state)) } });
}

export default async function SurvivalPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parseSurvivalState(await searchParams);
  return (
    <>
      <h1>Survival by subtype</h1>
      <p className="lede">
        How many people {FOUR_YEAR_OUTCOME}, and how survival five years after diagnosis {RELATIVE_SURVIVAL_COMPARISON}, by
        <Term id="hormone-receptor">hormone-receptor (HR)</Term> and HER2 status. Two different measures from two different periods: they are never put on one axis.
      </p>
      <Notices notices={notices} />
      <SurvivalExplorer initialState={state} rows={[...datasets.survival]} sources={[...datasets.sources]} />
      <StagesExplained sources={datasets.sources} />
    </>
  );
}
