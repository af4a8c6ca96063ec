import { datasets } from "@/lib/datasets";
import { type CaseDraft, viewDraft } from "@/lib/her2/case-draft";
import { FlowLegend } from "./FlowLegend";
import { FLOW_LAYOUTS } from "./flow-layouts";
import { type CardData, NoResultCard, ResultCard } from "./ResultCard";
import { TestingFlow } from "./TestingFlow";

const CARD_DATA: CardData = { therapies: datasets.therapies, sources: datasets.sources };

/**
 * The flow for the case in the URL. The server classifies it and renders its result card (with the
 * approved drug classes and the sources), so neither the card nor the therapies dataset is page
 * JavaScript; the client keeps the questions, the diagram and the lazy presenter.
 */
export function TestingView({ draft }: { draft: CaseDraft }) {
  return (
    <TestingFlow
      initialDraft={draft}
      layouts={FLOW_LAYOUTS}
      card={<ResultCard outcome={viewDraft(draft).outcome} data={CARD_DATA} />}
      invalidCard={<NoResultCard invalid />}
      cardData={CARD_DATA}
      legend={<FlowLegend />}
    />
  );
}
