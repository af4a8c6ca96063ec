import { Term } from "@/components/glossary/Term";
import { FOUR_YEAR_OUTCOME, RELATIVE_SURVIVAL_COMPARISON, type SurvivalMeasure } from "@/lib/datasets/survival-dimensions";

/** The page's question, for the measure its chart shows, so the lede never asks what the chart does not answer. */
export function SurvivalQuestion({ measure }: { measure: SurvivalMeasure }) {
  const groups = (
    <>
      <Term id="hormone-receptor">hormone-receptor (HR)</Term> and HER2 status
    </>
  );
  return (
    <p className="lede" data-testid="survival-question">
      {measure === "four-year-cause-specific" ? (
        <>
          How many people {FOUR_YEAR_OUTCOME}, by {groups}?
        </>
      ) : (
        <>
          How does survival five years after diagnosis, {RELATIVE_SURVIVAL_COMPARISON}, differ by {groups} and by stage?
        </>
      )}
    </p>
  );
}
