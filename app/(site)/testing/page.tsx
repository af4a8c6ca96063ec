import type { Metadata } from "next";
import { oembedAlternates } from "@/app/oembed-discovery";
import { pageMetadata } from "@/app/page-metadata";
import { PageSources } from "@/components/chart/PageSources";
import { BatchSection } from "@/components/flow/BatchSection";
import { FlowColors } from "@/components/flow/FlowColors";
import { TestingView } from "@/components/flow/TestingView";
import { TestsExplained, testingSources } from "@/components/flow/TestsExplained";
import { Term } from "@/components/glossary/Term";
import { Disclosure } from "@/components/layout/Disclosure";
import type { SearchParams } from "@/lib/charts/url-state";
import { caseSearch, draftFromSearchParams, linkedCase, testingImagePath } from "@/lib/her2/case-draft";
import "@/app/flow-diagram.css";
import "./testing.css";
import "./testing-batch.css";

/**
 * A shared case previews as the flow image with that case's path and result; a link without a
 * complete, valid case previews the page card. Discovery names the same case for oEmbed.
 */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { outcome, fields } = linkedCase(await searchParams);
  const search = caseSearch(fields);
  const image = outcome.kind === "classified" ? testingImagePath(fields) : undefined;
  return pageMetadata("/testing", { image, extra: { alternates: oembedAlternates("/testing", outcome.kind === "classified" ? search : "") } });
}

export default async function TestingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { draft, notice, unreadable } = draftFromSearchParams(await searchParams);
  return (
    <>
      <FlowColors />
      <h1>How HER2 testing works</h1>
      <p className="lede">
        A protein test (<Term id="ihc">IHC</Term>) usually comes first; a lab can also start with the gene test (<Term id="ish">ISH</Term>). A score of 2+ is
        not a final answer: the lab must then run a gene test (ISH, such as FISH). Enter a result to follow its path through the{" "}
        <Term id="asco-cap">ASCO/CAP algorithm</Term>.
      </p>
      <TestingView draft={draft} unreadable={unreadable} notice={notice} />
      <Disclosure title="For researchers: classify many cases at once (CSV)" className="section" testId="batch-disclosure">
        <BatchSection />
      </Disclosure>
      <TestsExplained />
      <PageSources citations={[]} works={testingSources()} />
    </>
  );
}
