import { EXAMPLE_PATIENT, type OutcomesState } from "@/lib/charts/outcomes-state";
import { outcomesView, patientSummary, predictSourceLine } from "@/lib/charts/outcomes-view";
import { predictOutcomes } from "@/lib/predict/model";
import { OutcomesBars } from "./OutcomesFigure";
import { TreatmentHarms } from "./TreatmentHarms";

/**
 * What /embed/outcomes shows: the patient of the link, or the page's example (labelled) when the link
 * gives none. A wrong or partial patient gets no result at all, never another patient's: the embed's
 * notices say what is wrong (outcomesStateNotices).
 */
export function outcomesEmbedContent(state: OutcomesState) {
  if (state.kind === "invalid" || state.kind === "draft") {
    return { takeaway: "No outcomes are shown for this link: it does not describe one patient in full.", citations: [], chart: null };
  }
  const input = state.kind === "valid" ? state.input : EXAMPLE_PATIENT;
  const view = outcomesView(input, predictOutcomes(input));
  return {
    takeaway: view.headline,
    citations: [],
    chart: (
      <>
        <p className="chart-note" data-testid="patient-summary">
          {state.kind === "valid" ? "" : "An example: "}
          {patientSummary(input)}.
        </p>
        <TreatmentHarms view={view} className="chart-note" />
        <OutcomesBars view={view} />
        <p className="source-line">Source: {predictSourceLine()}</p>
      </>
    ),
  };
}
