import type { Metadata } from "next";
import { oembedAlternates } from "@/app/oembed-discovery";
import { pageMetadata } from "@/app/page-metadata";
import { PageSources } from "@/components/chart/PageSources";
import { PaletteStyle } from "@/components/charts/PaletteStyle";
import { Term } from "@/components/glossary/Term";
import { Notices } from "@/components/layout/Notices";
import { StagesExplained } from "@/components/survival/StagesExplained";
import { DrugClassesExplained } from "@/components/treatments/DrugClassesExplained";
import { ReadingApprovals } from "@/components/treatments/ReadingApprovals";
import { TreatmentsExplorer } from "@/components/treatments/TreatmentsExplorer";
import { TrialCurveLinks } from "@/components/treatments/TrialCurveLinks";
import { approvalSources, survivalBands } from "@/lib/charts/therapies";
import { parseTreatmentsState, treatmentsSearch } from "@/lib/charts/therapies-state";
import { populationColorCss } from "@/lib/charts/therapy-style";
import type { SearchParams } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import { shownSurvival } from "@/lib/datasets/queries";
import "@/app/timeline-chart.css";
import "./treatments.css";

/** The social preview and the oEmbed link are the timeline as the shared link filters it. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = parseTreatmentsState(await searchParams);
  const search = treatmentsSearch({ ...state, view: "chart" });
  return pageMetadata("/treatments", { image: `/api/charts/treatments${search}`, extra: { alternates: oembedAlternates("/treatments", search) } });
}

/** The question and the timeline that answers it; drug classes, caveats, stages and every approval's source follow folded. */
export default async function TreatmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parseTreatmentsState(await searchParams);
  const shown = shownSurvival(datasets.survival);
  const bandCitations = citationsFor(shown, datasets.sources);
  const approvals = approvalSources(datasets.therapies, datasets.sources);
  return (
    <>
      {/* The population palette, defined once in lib/charts/therapy-style. */}
      <PaletteStyle href="population-colors" css={populationColorCss()} />
      <h1>Treatments over time</h1>
      <p className="lede">
        When was each <Term id="her2-targeted">HER2-targeted drug</Term> approved in the US for breast cancer, and for which HER2 group?
      </p>
      <Notices notices={notices} />
      <TreatmentsExplorer
        state={state}
        rows={[...datasets.therapies]}
        bands={survivalBands(shown)}
        bandCitations={bandCitations}
        sources={[...datasets.sources]}
      >
        <DrugClassesExplained rows={datasets.therapies} />
        <ReadingApprovals rows={datasets.therapies} asOf={datasets.therapiesAsOf} />
        {/* "Reading this list" links "metastatic" first. */}
        <StagesExplained sources={datasets.sources} linkedAbove={["metastatic"]} />
      </TreatmentsExplorer>
      <TrialCurveLinks rows={datasets.therapies} />
      <PageSources
        citations={bandCitations}
        works={approvals.flatMap((approval) => datasets.sources.filter((source) => source.id === approval.sourceId))}
        details={Object.fromEntries(approvals.map((approval) => [approval.sourceId, `Dates: ${approval.approvals.join("; ")}.`]))}
      />
    </>
  );
}
