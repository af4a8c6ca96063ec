import type { Metadata } from "next";
import { oembedAlternates } from "../oembed-discovery";
import { Term } from "@/components/glossary/Term";
import { Notices } from "@/components/layout/Notices";
import { PageToc } from "@/components/layout/PageToc";
import { PrevalenceExplorer } from "@/components/prevalence/PrevalenceExplorer";
import { ReadingPrevalence } from "@/components/prevalence/ReadingPrevalence";
import { parsePrevalenceState, prevalenceImagePath, prevalenceSearch } from "@/lib/charts/prevalence-state";
import { raceColorCss } from "@/lib/charts/race-style";
import type { SearchParams } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { pageMetadata } from "../page-metadata";

/** The social preview is the page's first chart, the share of cases, in the shared link's wording. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = parsePrevalenceState(await searchParams);
  return pageMetadata("/prevalence", { image: prevalenceImagePath("share-of-cases", state), extra: { alternates: oembedAlternates("/prevalence", prevalenceSearch(state)) } });
}

const SECTIONS = [
  ["share", "Share of all cases"],
  ["incidence", "Rate by subtype"],
  ["by-race", "By race and ethnicity"],
  ["by-age", "By age"],
  ["her2-low", "HER2-low"],
  ["median-age", "Median age at diagnosis"],
] as const;

export default async function PrevalencePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parsePrevalenceState(await searchParams);
  return (
    <>
      {/* The race palette, defined once in lib/charts/race-style; React hoists and dedupes it into <head>. */}
      <style href="race-colors" precedence="default">
        {raceColorCss()}
      </style>
      <h1>How common is each subtype?</h1>
      <p className="lede">
        How many breast cancers are <Term id="her2-positive">HER2-positive</Term>, how often each <Term id="hormone-receptor">hormone-receptor (HR)</Term> and HER2 <Term id="subtype">subtype</Term> is diagnosed, and how that differs
        by race, ethnicity and age. Shares and rates are different measures, and each chart names its source and years.
      </p>
      <Notices notices={notices} />
      <PageToc sections={SECTIONS} />
      <PrevalenceExplorer initialState={state} rows={[...datasets.prevalence]} sources={[...datasets.sources]} />
      <ReadingPrevalence />
    </>
  );
}
