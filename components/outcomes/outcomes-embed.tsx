import { type OutcomesState, shownPatient } from "@/lib/charts/outcomes-state";
import { her2DrugsCaveat, outcomesView, patientSummary, predictSourceLine } from "@/lib/charts/outcomes-view";
import { predictOutcomes } from "@/lib/predict/model";
import { Her2DrugsCaveat } from "./Her2DrugsCaveat";
import { OutcomesBars } from "./OutcomesFigure";
import { TreatmentHarms } from "./TreatmentHarms";

/**
 * What /embed/outcomes shows: the patient of the link, or the page's example (labelled) when the link
 * gives none. A wrong or partial patient gets no result at all, never another patient's: the embed's
 * notices say what is wrong (outcomesStateNotices).
 */
export function outcomesEmbedContent(state: OutcomesState) {
  const input = shownPatient(state);
  if (input === null) {
    return { takeaway: "No outcomes are shown for this link: it does not describe one patient in full.", citations: [], chart: null };
  }
  const view = outcomesView(input, predictOutcomes(input));
  const caveat = her2DrugsCaveat(input);
  return {
    takeaway: view.headline,
    citations: [],
    chart: (
      <>
        <p className="chart-note" data-testid="patient-summary">
          {state.kind === "valid" ? "" : "An example: "}
          {patientSummary(input)}.
        </p>
        {/* As the page says beside the result; as plain text, since embeds link no glossary terms. */}
        {caveat && <Her2DrugsCaveat>{caveat}</Her2DrugsCaveat>}
        <TreatmentHarms view={view} className="chart-note" />
        <OutcomesBars view={view} />
        <p className="source-line">Source: {predictSourceLine()}</p>
      </>
    ),
  };
}
