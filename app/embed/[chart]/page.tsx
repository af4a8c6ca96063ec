import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/charts/BarChart";
import { EmbedFrame } from "@/components/embed/EmbedFrame";
import { Notices } from "@/components/layout/Notices";
import { SubtypeMatrix } from "@/components/subtypes/SubtypeMatrix";
import { CompareFigure } from "@/components/survival/CompareFigure";
import { shareBars, shareTakeaway } from "@/lib/charts/prevalence";
import { survivalBars, survivalTakeaway, survivalViewRows } from "@/lib/charts/survival";
import { parseSurvivalState, survivalSearch, type SearchParams } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import { shareOfCases } from "@/lib/datasets/queries";
import { EMBEDDABLE_CHARTS, isEmbeddableChart } from "@/lib/embed";
import { caseSearch, draftFromSearchParams, viewDraft } from "@/lib/her2/case-draft";
import { FlowDiagram } from "@/components/flow/FlowDiagram";
import { FlowLegend } from "@/components/flow/FlowLegend";
import { FLOW_LAYOUTS } from "@/components/flow/flow-data";
import { flowSourceLine, flowTakeaway } from "@/lib/her2/text";
import { FlowColors } from "@/components/flow/FlowColors";
import "../../testing/testing.css";

interface EmbedProps {
  params: Promise<{ chart: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: EmbedProps): Promise<Metadata> {
  const { chart } = await params;
  return isEmbeddableChart(chart) ? { title: EMBEDDABLE_CHARTS[chart].title, robots: { index: false } } : {};
}

/** /embed/<chart>: the chart alone for an iframe, taking the same URL parameters as its page. */
export default async function EmbedPage({ params, searchParams }: EmbedProps) {
  const { chart } = await params;
  if (!isEmbeddableChart(chart)) notFound();
  const search = await searchParams;
  const { state, notices } = parseSurvivalState(chart === "testing" ? {} : search);
  const { title, page } = EMBEDDABLE_CHARTS[chart];
  const pageHref = `${page}${survivalSearch(state)}`;

  switch (chart) {
    case "survival": {
      const rows = survivalViewRows(datasets.survival, state);
      const takeaway = survivalTakeaway(rows, state.measure);
      return (
        <EmbedFrame title={title} takeaway={takeaway} pageHref={pageHref} citations={citationsFor(rows, datasets.sources)}>
          <Notices notices={notices} />
          <BarChart title={title} summary={takeaway} data={survivalBars(rows, state.wording)} domainMax={100} tickSuffix="%" />
        </EmbedFrame>
      );
    }
    case "compare": {
      const rows = datasets.survival.filter((row) => state.compare.includes(row.subtype as (typeof state.compare)[number]) && row.stage === "all" && row.measure === "four-year-cause-specific");
      return (
        <EmbedFrame title={title} takeaway="Out of 100 people, four years after diagnosis." pageHref={`${pageHref}#compare`} citations={citationsFor(rows, datasets.sources)}>
          <Notices notices={notices} />
          <CompareFigure rows={datasets.survival} pair={state.compare} cardHeading="h2" />
        </EmbedFrame>
      );
    }
    case "prevalence": {
      const shares = shareOfCases(datasets.prevalence);
      const takeaway = shareTakeaway(shares);
      return (
        <EmbedFrame title={title} takeaway={takeaway} pageHref={page} citations={citationsFor(shares, datasets.sources)}>
          <BarChart title={title} summary={takeaway} data={shareBars(shares, state.wording)} domainMax={100} tickSuffix="%" />
        </EmbedFrame>
      );
    }
    case "testing": {
      const { draft, notice } = draftFromSearchParams(search);
      const { outcome, fields } = viewDraft(draft);
      const classification = outcome.kind === "classified" ? outcome.classification : null;
      return (
        <EmbedFrame
          title={title}
          takeaway={flowTakeaway(classification)}
          pageHref={`${page}${caseSearch(fields)}`}
          citations={[]}
        >
          <FlowColors />
          <Notices notices={notice === null ? [] : [notice]} />
          <FlowLegend />
          {FLOW_LAYOUTS.map((layout) => (
            <FlowDiagram key={layout.orientation} layout={layout} path={classification?.path ?? []} />
          ))}
          <p className="source-line">Source: {flowSourceLine(datasets.sources)}</p>
        </EmbedFrame>
      );
    }
    case "subtypes":
      return (
        <EmbedFrame title={title} takeaway="Hormone-receptor (HR) status and HER2 status together define four subtypes." pageHref={page} citations={[]}>
          <SubtypeMatrix shares={shareOfCases(datasets.prevalence)} definitions={datasets.subtypes.subtypes} sources={datasets.sources} />
        </EmbedFrame>
      );
  }
}
