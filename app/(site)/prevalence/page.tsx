import type { Metadata } from "next";
import { oembedAlternates } from "@/app/oembed-discovery";
import { pageMetadata } from "@/app/page-metadata";
import { PageSources } from "@/components/chart/PageSources";
import { PaletteStyle } from "@/components/charts/PaletteStyle";
import { Term } from "@/components/glossary/Term";
import { Notices } from "@/components/layout/Notices";
import { PrevalenceExplorer } from "@/components/prevalence/PrevalenceExplorer";
import { ReadingPrevalence } from "@/components/prevalence/ReadingPrevalence";
import { parsePrevalenceState, prevalenceImagePath, prevalenceSearch } from "@/lib/charts/prevalence-state";
import { prevalencePageRows } from "@/lib/charts/prevalence-views";
import { raceColorCss } from "@/lib/charts/race-style";
import type { SearchParams } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";

/** The social preview is the page's first chart, the share of cases, in the shared link's wording. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = parsePrevalenceState(await searchParams);
  return pageMetadata("/prevalence", {
    image: prevalenceImagePath("share-of-cases", state),
    extra: { alternates: oembedAlternates("/prevalence", prevalenceSearch(state)) },
  });
}

/** Sources quoted in the charts' notes, not behind a figure: the quoted range and the two studies of age. */
const QUOTED_SOURCES = ["wynn-tang-2022-cmr", "keegan-2012-bcr", "howlader-2014-jnci"];

/** The question and the share of cases that answers it; the other charts, caveats and sources follow folded. */
export default async function PrevalencePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parsePrevalenceState(await searchParams);
  return (
    <>
      {/* The race palette, defined once in lib/charts/race-style. */}
      <PaletteStyle href="race-colors" css={raceColorCss()} />
      <h1>How common is each subtype?</h1>
      <p className="lede">
        How many breast cancers are <Term id="her2-positive">HER2-positive</Term>, and how often is each{" "}
        <Term id="hormone-receptor">hormone-receptor (HR)</Term> and HER2 <Term id="subtype">subtype</Term> diagnosed?
      </p>
      <Notices notices={notices} />
      <PrevalenceExplorer state={state} rows={[...datasets.prevalence]} sources={[...datasets.sources]}>
        <ReadingPrevalence />
      </PrevalenceExplorer>
      <PageSources
        citations={citationsFor(prevalencePageRows(datasets.prevalence), datasets.sources)}
        works={datasets.sources.filter((source) => QUOTED_SOURCES.includes(source.id))}
      />
    </>
  );
}
