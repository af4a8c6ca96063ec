import type { Metadata } from "next";
import { oembedAlternates } from "../oembed-discovery";
import { Notices } from "@/components/layout/Notices";
import { PageToc } from "@/components/layout/PageToc";
import { PrevalenceExplorer } from "@/components/prevalence/PrevalenceExplorer";
import { ReadingPrevalence } from "@/components/prevalence/ReadingPrevalence";
import { parsePrevalenceState } from "@/lib/charts/prevalence-state";
import { raceColorCss } from "@/lib/charts/race-style";
import type { SearchParams } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";

export const metadata: Metadata = {
  title: "How common is each subtype?",
  description:
    "Share of new breast cancers and incidence rates by HR/HER2 subtype, by race and ethnicity and by age, HER2-low among HER2-negative cancers, and median age at diagnosis, with sources.",
  alternates: oembedAlternates("/prevalence"),
};

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
        How many breast cancers are HER2-positive, how often each hormone-receptor (HR) and HER2 subtype is diagnosed, and how that differs
        by race, ethnicity and age. Shares and rates are different measures, and each chart names its source and years.
      </p>
      <Notices notices={notices} />
      <PageToc sections={SECTIONS} />
      <PrevalenceExplorer initialState={state} rows={[...datasets.prevalence]} sources={[...datasets.sources]} />
      <ReadingPrevalence />
    </>
  );
}
