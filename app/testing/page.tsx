import type { Metadata } from "next";
import { pageMetadata } from "../page-metadata";
import { BatchClassifier } from "@/components/flow/BatchClassifier";
import { FlowColors } from "@/components/flow/FlowColors";
import { TestingFlow } from "@/components/flow/TestingFlow";
import { TherapiesProvider } from "@/components/flow/TherapiesContext";
import { TestsExplained } from "@/components/flow/TestsExplained";
import { Notices } from "@/components/layout/Notices";
import type { SearchParams } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { draftFromSearchParams } from "@/lib/her2/case-draft";
import "./testing.css";

export const metadata: Metadata = pageMetadata("/testing");

export default async function TestingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { draft, notice } = draftFromSearchParams(await searchParams);
  return (
    <>
      <FlowColors />
      <h1>How HER2 testing works</h1>
      <p className="lede">
        A protein test (IHC) comes first. A score of 2+ is not a final answer: the lab must then run a gene test (ISH, such as FISH).
        Enter a result to follow its path through the ASCO/CAP algorithm.
      </p>
      <Notices notices={notice === null ? [] : [notice]} />
      <TherapiesProvider therapies={datasets.therapies} sources={datasets.sources}>
        <TestingFlow initialDraft={draft} />
      </TherapiesProvider>
      <BatchClassifier />
      <TestsExplained />
    </>
  );
}
