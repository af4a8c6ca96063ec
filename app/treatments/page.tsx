import type { Metadata } from "next";
import { pageMetadata } from "../page-metadata";
import { Notices } from "@/components/layout/Notices";
import { PageToc } from "@/components/layout/PageToc";
import { StagesExplained } from "@/components/survival/StagesExplained";
import { DrugClassesExplained } from "@/components/treatments/DrugClassesExplained";
import { ReadingApprovals } from "@/components/treatments/ReadingApprovals";
import { TreatmentsExplorer } from "@/components/treatments/TreatmentsExplorer";
import { survivalBands } from "@/lib/charts/therapies";
import { parseTreatmentsState, treatmentsSearch } from "@/lib/charts/therapies-state";
import { populationColorCss } from "@/lib/charts/therapy-style";
import type { SearchParams } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import "./treatments.css";
import { Term } from "@/components/glossary/Term";

/** The social preview is the timeline as the shared link filters it. There is no treatments embed, so no oEmbed link. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = parseTreatmentsState(await searchParams);
  return pageMetadata("/treatments", { image: `/api/charts/treatments${treatmentsSearch({ ...state, view: "chart" })}` });
}

const SECTIONS = [
  ["approvals-timeline", "Timeline"],
  ["drug-classes", "Drug classes"],
  ["reading-approvals", "Reading this list"],
  ["stages-heading", "Stages"],
] as const;

export default async function TreatmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parseTreatmentsState(await searchParams);
  return (
    <>
      {/* The population palette, defined once in lib/charts/therapy-style; React hoists and dedupes it into <head>. */}
      <style href="population-colors" precedence="default">
        {populationColorCss()}
      </style>
      <h1>Treatments over time</h1>
      <p className="lede">
        When each <Term id="her2-targeted">HER2-targeted drug</Term> was approved in the US for breast cancer, and for which HER2 group, set against the years in which
        the people behind the survival figures were diagnosed.
      </p>
      <Notices notices={notices} />
      <PageToc sections={SECTIONS} />
      <TreatmentsExplorer
        initialState={state}
        rows={[...datasets.therapies]}
        bands={survivalBands(datasets.survival)}
        bandCitations={citationsFor(datasets.survival, datasets.sources)}
        sources={[...datasets.sources]}
      />
      <DrugClassesExplained rows={datasets.therapies} />
      <ReadingApprovals rows={datasets.therapies} asOf={datasets.therapiesAsOf} />
      <StagesExplained sources={datasets.sources} />
    </>
  );
}
