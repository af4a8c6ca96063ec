import { harmSentence, type OutcomesView } from "@/lib/charts/outcomes-view";

/** The harms the model counts, said by treatment (the bars draw only their sum); nothing where there is none. */
export function TreatmentHarms({ view, className }: { view: OutcomesView; className: "callout" | "chart-note" }) {
  const sentence = harmSentence(view);
  if (!sentence) return null;
  return (
    <p className={className} data-testid="treatment-harms">
      {sentence}
    </p>
  );
}
