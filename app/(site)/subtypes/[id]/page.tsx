import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { CSSProperties } from "react";
import { pageMetadata } from "@/app/page-metadata";
import { glossFirstUses } from "@/components/glossary/GlossedText";
import { PageSources } from "@/components/subtype-page/PageSources";
import { SourceNote } from "@/components/subtype-page/SourceNote";
import { StageChart, stageChartTexts } from "@/components/subtype-page/StageChart";
import { ANSWER_TERMS, answerTexts, SubtypeAnswer } from "@/components/subtype-page/SubtypeAnswer";
import { APPROVAL_TERMS, SubtypeApprovals } from "@/components/subtype-page/SubtypeApprovals";
import { SubtypeShare, shareTexts } from "@/components/subtype-page/SubtypeShare";
import { SubtypeTesting, TESTING_TERMS, testingTexts } from "@/components/subtype-page/SubtypeTesting";
import { SubtypeFacts, subtypeFactsTexts } from "@/components/subtypes/SubtypeFacts";
import { survivalCaveat, survivalPanel } from "@/lib/charts/compare";
import { datasets, sourcesFor } from "@/lib/datasets";
import { approvalsForSubtype } from "@/lib/datasets/therapies";
import { firstUsesBySection, type GlossaryId } from "@/lib/glossary/phrases";
import { answerSentence, subtypeFigures } from "@/lib/subtype-page/figures";
import { testingRoutesFor } from "@/lib/subtype-page/testing";
import { isSubtypeId, SUBTYPE_IDS, SUBTYPES, type SubtypeId, subtypePath } from "@/lib/subtypes";
import "../subtype-page.css";

type Params = Promise<{ id: string }>;

/** The subtype terms "What it is" can be the first to use (the answer before it names the HER2 status). */
const WHAT_TERMS: readonly GlossaryId[] = ["her2", "subtype", "er", "pr", "her2-negative", "intrinsic-subtype"];

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
  const cited = sourcesFor([
    figures.fourYear,
    figures.share,
    facts,
    hormoneReceptors,
    her2,
    subgroups,
    figures.fourYearByStage,
    figures.fiveYearByStage,
    approvals.covering,
  ]);
  const sentence = answerSentence(figures);
  const caveat = survivalCaveat(datasets.survival, [id, id]);
  // Each section links the glossary terms no section before it used: the texts come from data, so
  // which section first names a term differs from one subtype's page to the next.
  const [, whatTerms, shareTerms, fiveYearTerms, fourYearTerms, testingTerms, approvalTerms] = firstUsesBySection([
    { terms: ANSWER_TERMS, texts: answerTexts({ row: figures.fourYear, sentence, caveat }) },
    { terms: WHAT_TERMS, texts: [facts.description, ...subtypeFactsTexts(facts)] },
    { terms: ["subtype"], texts: shareTexts(id, figures.share) },
    { terms: ["relative-survival"], texts: stageChartTexts(figures.fiveYearByStage) },
    { terms: ["de-novo-stage-iv", "stage-i-iv"], texts: stageChartTexts(figures.fourYearByStage) },
    { terms: TESTING_TERMS, texts: testingTexts({ hormoneReceptors, her2, subgroups }) },
    { terms: APPROVAL_TERMS, texts: [] },
  ]);
  const glossWhat = glossFirstUses(whatTerms ?? []);

  return (
    <article className="subtype-page" style={{ "--subtype": `var(--subtype-${id})` } as CSSProperties}>
      <p className="breadcrumb">
        <a href="/subtypes">The four subtypes</a> ›
      </p>
      <h1>
        {subtype.label} breast cancer <span className="h1-plain">{subtype.plainName}</span>
      </h1>
      <SubtypeAnswer row={figures.fourYear} sentence={sentence} panel={survivalPanel(datasets.survival, id)} caveat={caveat} cited={cited} />

      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What it is</h2>
        <p>{glossWhat(facts.description)}</p>
        <details className="figure-definition">
          <summary>The exact rule, and other names for it</summary>
          <SubtypeFacts definition={facts} gloss={glossWhat} />
        </details>
        <SourceNote sourceIds={[facts.sourceId, ...facts.aliases.map((alias) => alias.sourceId)]} cited={cited} />
      </section>

      <SubtypeShare id={id} share={figures.share} cited={cited} terms={shareTerms ?? []} />

      <section aria-labelledby="stage-heading">
        <h2 id="stage-heading">Survival by stage</h2>
        <p>
          By how far the cancer had spread when it was found, where the sources give it: two measures from two periods, each on its own axis.{" "}
          <a href="/survival">Compare every subtype on the survival page →</a>
        </p>
        <StageChart
          id="five-year-by-stage"
          title={`Five-year relative survival by stage, ${subtype.label}`}
          rows={figures.fiveYearByStage}
          cited={cited}
          terms={fiveYearTerms ?? []}
        />
        <StageChart
          id="four-year-by-stage"
          title={`Four-year breast cancer-specific survival, all stages and de novo stage IV, ${subtype.label}`}
          rows={figures.fourYearByStage}
          cited={cited}
          terms={fourYearTerms ?? []}
        />
      </section>

      <SubtypeTesting
        definition={facts}
        hormoneReceptors={hormoneReceptors}
        her2={her2}
        subgroups={subgroups}
        routes={testingRoutesFor(id)}
        cited={cited}
        terms={testingTerms ?? []}
      />

      <SubtypeApprovals
        id={id}
        approvals={approvals}
        asOf={datasets.therapiesAsOf.asOf}
        leftOut={datasets.therapiesAsOf.excluded}
        cited={cited}
        terms={approvalTerms ?? []}
      />

      <PageSources cited={cited} />
    </article>
  );
}
