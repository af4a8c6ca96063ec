import { Notices } from "@/components/layout/Notices";
import { datasets, sourceFor } from "@/lib/datasets";
import { type CaseDraft, draftSearch, type NumericField, testingImagePath, viewDraft } from "@/lib/her2/case-draft";
import { FLOW_SOURCE_IDS } from "@/lib/her2/text";
import { FlowLegend } from "./FlowLegend";
import { FlowShareLinks } from "./FlowShareLinks";
import { outcomeRoutes } from "./flow-data";
import { FLOW_LAYOUTS } from "./flow-layouts";
import { type CardData, NoResultCard, ResultCard } from "./ResultCard";
import { STEP_WORDS } from "./step-words";
import { TestingFlow } from "./TestingFlow";

const CARD_DATA: CardData = { therapies: datasets.therapies, sources: datasets.sources };
/** The guideline papers the diagram follows, in full, for "Cite this chart". */
const FLOW_CITATIONS = FLOW_SOURCE_IDS.map((id) => sourceFor(id).citation);

/**
 * The flow for the case in the URL. The server classifies it and renders its result card (with the
 * approved drug classes and the sources), so neither the card nor the therapies dataset is page
 * JavaScript; nor are the diagram's layouts and help, the routes into its outcomes, the stepper's
 * words, or the share tools' links without JavaScript. The client keeps the questions, the diagram,
 * and the presenter and the share tools, which load when opened.
 */
export function TestingView({ draft, unreadable = [], notice = null }: { draft: CaseDraft; unreadable?: readonly NumericField[]; notice?: string | null }) {
  const view = viewDraft(draft);
  return (
    <TestingFlow
      initialDraft={draft}
      layouts={FLOW_LAYOUTS}
      routes={Object.fromEntries(outcomeRoutes())}
      words={STEP_WORDS}
      card={<ResultCard outcome={view.outcome} data={CARD_DATA} />}
      invalidCard={<NoResultCard invalid />}
      incompleteCard={<NoResultCard invalid={false} />}
      cardData={CARD_DATA}
      diagramHelp={
        <>
          <p className="flow-help">
            Your case&rsquo;s path is highlighted and its current step is outlined. To see which inputs lead to an outcome (the boxes with no way out), select
            it: with the keyboard, Tab to the diagram, move between outcomes with the arrow keys and press Enter.
          </p>
          <FlowLegend />
        </>
      }
      citations={FLOW_CITATIONS}
      unreadable={unreadable}
      notice={<Notices notices={notice === null ? [] : [notice]} />}
      shareLinks={<FlowShareLinks imagePath={testingImagePath(view.fields)} search={draftSearch(draft, view)} citations={FLOW_CITATIONS} />}
    />
  );
}
