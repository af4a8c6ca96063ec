import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedFrame } from "@/components/embed/EmbedFrame";
import { EMBEDS } from "@/components/embed/embeds";
import type { SearchParams } from "@/lib/charts/url-state";
import { EMBEDDABLE_CHARTS, isEmbeddableChart } from "@/lib/embed";
import "@/app/flow-diagram.css";
import "@/app/trials-chart.css";

interface EmbedProps {
  params: Promise<{ chart: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: EmbedProps): Promise<Metadata> {
  const { chart } = await params;
  return isEmbeddableChart(chart) ? { title: EMBEDDABLE_CHARTS[chart].title, robots: { index: false } } : {};
}

/** /embed/<chart>: the chart alone for an iframe, taking the same URL parameters as its page (components/embed/embeds). */
export default async function EmbedPage({ params, searchParams }: EmbedProps) {
  const { chart } = await params;
  if (!isEmbeddableChart(chart)) notFound();
  const { notices, pageHref, takeaway, citations, chart: figure } = EMBEDS[chart](await searchParams);
  return (
    <EmbedFrame title={EMBEDDABLE_CHARTS[chart].title} takeaway={takeaway} pageHref={pageHref} citations={citations} notices={notices}>
      {figure}
    </EmbedFrame>
  );
}
