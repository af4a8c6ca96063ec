import type { Metadata } from "next";
import type { CSSProperties } from "react";
import { notFound } from "next/navigation";
import { PageSources } from "@/components/subtype-page/PageSources";
import { SourceNote } from "@/components/subtype-page/SourceNote";
import { StageChart } from "@/components/subtype-page/StageChart";
import { SubtypeAnswer } from "@/components/subtype-page/SubtypeAnswer";
import { SubtypeApprovals } from "@/components/subtype-page/SubtypeApprovals";
import { SubtypeShare } from "@/components/subtype-page/SubtypeShare";
import { SubtypeTesting } from "@/components/subtype-page/SubtypeTesting";
import { SubtypeFacts } from "@/components/subtypes/SubtypeFacts";
import { compareCaveat, survivalPanel } from "@/lib/charts/compare";
import { datasets, sourcesFor } from "@/lib/datasets";
import { approvalsForSubtype } from "@/lib/datasets/therapies";
import { answerSentence, subtypeFigures } from "@/lib/subtype-page/figures";
import { testingRoutesFor } from "@/lib/subtype-page/testing";
import { isSubtypeId, SUBTYPE_IDS, SUBTYPES, subtypePath, type SubtypeId } from "@/lib/subtypes";
import { pageMetadata } from "@/app/page-metadata";
import "../subtype-page.css";

type Params = Promise<{ id: string }>;

/** The four pages are built once; any other id is the site's 404. */
export const dynamicParams = false;

export function generateStaticParams(): { id: SubtypeId }[] {
  return SUBTYPE_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  if (!isSubtypeId(id)) notFound();
  return pageMetadata(subtypePath(id));
}

function definition(key: string) {
  const found = datasets.subtypes.definitions[key];
  if (!found) throw new Error(`data/subtypes.json has no "${key}" definition`);
  return found;
}

/** One subtype for patients first: the answer, what it is, how common, survival by stage, testing, approvals, sources. */
export default async function SubtypePage({ params }: { params: Params }) {
  const { id } = await params;
  if (!isSubtypeId(id)) notFound();
  const subtype = SUBTYPES[id];
  const facts = datasets.subtypes.subtypes.find((d) => d.id === id);
  if (!facts) throw new Error(`data/subtypes.json has no entry for ${id}`);
  const figures = subtypeFigures(id, datasets);
  const approvals = approvalsForSubtype(id, datasets.therapies);
  const hormoneReceptors = definition("hormoneReceptorPositive");
  const her2 = definition("her2Positive");
  const subgroups = subtype.her2 === "negative" ? [definition("her2Low"), definition("her2Ultralow")] : [];
  // Numbered in the order the page cites them, so "Source [1]" is the first one a reader meets.
  const cited = sourcesFor([figures.fourYear, figures.share, facts, hormoneReceptors, her2, subgroups, figures.fourYearByStage, figures.fiveYearByStage, approvals.covering]);

  return (
    <article className="subtype-page" style={{ "--subtype": `var(--subtype-${id})` } as CSSProperties}>
      <p className="breadcrumb">
        <a href="/subtypes">The four subtypes</a> ›
      </p>
      <h1>
        {subtype.label} breast cancer <span className="h1-plain">{subtype.plainName}</span>
      </h1>
      <SubtypeAnswer row={figures.fourYear} sentence={answerSentence(figures)} panel={survivalPanel(datasets.survival, id)} caveat={compareCaveat(datasets.survival, [id, id])} cited={cited} />

      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What it is</h2>
        <p>{facts.description}</p>
        <details className="figure-definition">
          <summary>The exact rule, and other names for it</summary>
          <SubtypeFacts definition={facts} />
        </details>
        <SourceNote sourceIds={[facts.sourceId, ...facts.aliases.map((alias) => alias.sourceId)]} cited={cited} />
      </section>

      <SubtypeShare id={id} share={figures.share} cited={cited} />

      <section aria-labelledby="stage-heading">
        <h2 id="stage-heading">Survival by stage</h2>
        <p>
          By how far the cancer had spread when it was found, where the sources give it: two measures from two periods, each on its own
          axis. <a href="/survival">Compare every subtype on the survival page →</a>
        </p>
        <StageChart id="five-year-by-stage" title={`Five-year relative survival by stage, ${subtype.label}`} rows={figures.fiveYearByStage} cited={cited} />
        <StageChart id="four-year-by-stage" title={`Four-year breast cancer-specific survival, all stages and de novo stage IV, ${subtype.label}`} rows={figures.fourYearByStage} cited={cited} />
      </section>

      <SubtypeTesting definition={facts} hormoneReceptors={hormoneReceptors} her2={her2} subgroups={subgroups} routes={testingRoutesFor(id)} cited={cited} />

      <SubtypeApprovals id={id} approvals={approvals} asOf={datasets.therapiesAsOf.asOf} cited={cited} />

      <PageSources cited={cited} />
    </article>
  );
}
