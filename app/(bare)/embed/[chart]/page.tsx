import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedFrame } from "@/components/embed/EmbedFrame";
import { EMBEDS } from "@/components/embed/embeds";
import { embedTitle } from "@/lib/charts/registry";
import { type SearchParams, searchParamsOf } from "@/lib/charts/url-state";
import { embedRootCss } from "@/lib/color-scheme";
import { isEmbeddableChart } from "@/lib/embed";
import { parseEmbedAppearance } from "@/lib/embed-appearance";
import "@/app/flow-diagram.css";
import "@/app/curve-chart.css";
import "@/app/timeline-chart.css";

interface EmbedProps {
  params: Promise<{ chart: string }>;
  searchParams: Promise<SearchParams>;
}

/** The document is titled as its heading: the view's title (a measure and its years), the look's parameters aside. */
export async function generateMetadata({ params, searchParams }: EmbedProps): Promise<Metadata> {
  const { chart } = await params;
  if (!isEmbeddableChart(chart)) return {};
  const { rest } = parseEmbedAppearance(await searchParams);
  return { title: embedTitle(chart, searchParamsOf(rest)), robots: { index: false } };
}

/**
 * /embed/<chart>: the chart alone for an iframe, taking the same URL parameters as its page
 * (components/embed/embeds) and its own theme, plain and transparent (lib/embed-appearance).
 */
export default async function EmbedPage({ params, searchParams }: EmbedProps) {
  const { chart } = await params;
  if (!isEmbeddableChart(chart)) notFound();
  // The embed's own look first: the rest of the query is its page's state, for that page's parser.
  const { appearance, notices: appearanceNotices, rest } = parseEmbedAppearance(await searchParams);
  const { notices, pageHref, takeaway, citations, caveat, chart: figure } = EMBEDS[chart](rest);
  const rootCss = embedRootCss(appearance);
  return (
    <>
      {rootCss && <style>{rootCss}</style>}
      <EmbedFrame
        title={embedTitle(chart, searchParamsOf(rest))}
        takeaway={takeaway}
        pageHref={pageHref}
        citations={citations}
        notices={[...notices, ...appearanceNotices]}
        caveat={caveat}
        plain={appearance.plain}
      >
        {figure}
      </EmbedFrame>
    </>
  );
}
