import { EXAMPLE_PATIENT, type OutcomesState } from "@/lib/charts/outcomes-state";
import { outcomesView, patientSummary, predictSourceLine } from "@/lib/charts/outcomes-view";
import { predictOutcomes } from "@/lib/predict/model";
import { OutcomesBars } from "./OutcomesFigure";

/** What /embed/outcomes shows: the patient of the link, or the page's example when the link gives none (or a wrong one). */
export function outcomesEmbedContent(state: OutcomesState) {
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
        <OutcomesBars view={view} />
        <p className="source-line">Source: {predictSourceLine()}</p>
      </>
    ),
  };
}
