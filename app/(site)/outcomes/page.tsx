import type { Metadata } from "next";
import { oembedAlternates } from "@/app/oembed-discovery";
import { pageMetadata } from "@/app/page-metadata";
import { PageSources } from "@/components/chart/PageSources";
import { glossFirstUses } from "@/components/glossary/GlossedText";
import { Notices } from "@/components/layout/Notices";
import { ModelLimits } from "@/components/outcomes/ModelLimits";
import { ANSWER_ID, OutcomesForm } from "@/components/outcomes/OutcomesForm";
import { OutcomesResult } from "@/components/outcomes/OutcomesResult";
import { OUTCOME_TERMS } from "@/components/outcomes/outcome-terms";
import { EXAMPLE_PATIENT, outcomesSearch, parseOutcomesState } from "@/lib/charts/outcomes-state";
import { her2DrugsCaveat, outcomesView } from "@/lib/charts/outcomes-view";
import type { SearchParams } from "@/lib/charts/url-state";
import { sourceFor } from "@/lib/datasets";
import { sourceAnchor } from "@/lib/datasets/citations";
import { PAGE_TEXT } from "@/lib/pages";
import { PREDICT_SOURCE_IDS } from "@/lib/predict/coefficients";
import { predictOutcomes } from "@/lib/predict/model";
import "@/app/curve-chart.css";
import "./outcomes.css";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { state } = parseOutcomesState(await searchParams);
  const search = state.kind === "valid" ? outcomesSearch(state.input) : "";
  // A submitted form with errors is a page of its own: its title says so first, as a screen reader reads it.
  const title = state.kind === "invalid" ? { title: `Error: ${PAGE_TEXT["/outcomes"].title}` } : {};
  return pageMetadata("/outcomes", { image: `/api/charts/outcomes${search}`, extra: { alternates: oembedAlternates("/outcomes", search), ...title } });
}

/** The answer for the patient in the URL (when there is one), the form that describes her, then the model's limits and sources. */
export default async function OutcomesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parseOutcomesState(await searchParams);
  const sources = PREDICT_SOURCE_IDS.map(sourceFor);
  const model = sourceFor("predict-v32");
  // Glossed in reading order (lede, the prompt, the form's hints, the limits), so each term links where the page first uses it.
  const gloss = glossFirstUses(OUTCOME_TERMS);
  const lede = gloss(
    "After surgery for early breast cancer, how many women like this are alive 5, 10 and 15 years later, and what does each treatment add? Computed with the PREDICT Breast model, which takes HER2 status and trastuzumab into account.",
  );
  const example = state.kind === "empty" ? gloss(" (a woman of 42 with a HER2-positive, ER-negative cancer).") : null;
  const sourceNote = (
    <>
      <a href={`#${sourceAnchor(model.id)}`}>PREDICT Breast v3.2</a> (R package predictv30r 0.3.2, University of Cambridge, MIT licence)
    </>
  );
  const result = state.kind === "valid" ? predictOutcomes(state.input) : null;
  // Beside a HER2-positive result, not only at the foot of the page: read before the form's hints.
  const caveat = state.kind === "valid" ? her2DrugsCaveat(state.input) : null;
  const her2Caveat = caveat === null ? null : gloss(caveat);
  return (
    <>
      <h1>Outcomes for women like me</h1>
      <p className="lede">{lede}</p>
      <Notices notices={notices} />
      {state.kind === "valid" && result && (
        <div id={ANSWER_ID}>
          <OutcomesResult
            input={state.input}
            result={result}
            view={outcomesView(state.input, result)}
            sourceNote={sourceNote}
            citations={sources.map((source) => source.citation)}
            her2Caveat={her2Caveat}
          />
        </div>
      )}
      {state.kind === "draft" && (
        <p className="callout" data-testid="outcomes-start">
          Some answers are already filled in from the page you came from. Describe the rest of the cancer and the treatments below to see the outcomes.
        </p>
      )}
      {state.kind === "empty" && (
        <p className="callout" data-testid="outcomes-start">
          Describe the cancer and the treatments below to see the outcomes, or <a href={`/outcomes${outcomesSearch(EXAMPLE_PATIENT)}`}>see an example</a>
          {example}
        </p>
      )}
      <section className="section" aria-labelledby="form-heading">
        <h2 id="form-heading">{state.kind === "valid" ? "Change the details" : "Describe the cancer and the treatments"}</h2>
        <OutcomesForm state={state} gloss={gloss} />
      </section>
      <ModelLimits sources={{ derivation: sourceFor("wishart-2010-bcr"), model }} gloss={gloss} />
      <PageSources citations={[]} works={sources} details={{ [model.id]: "Licence: MIT, copyright 2022 University of Cambridge." }} />
    </>
  );
}
