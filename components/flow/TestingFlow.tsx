"use client";
import { useRouter } from "next/navigation";
import { lazy, type ReactNode, Suspense, useMemo, useRef, useState, useTransition } from "react";
import { AddToDeck } from "@/components/chart/AddToDeck";
import { EmbedSnippet } from "@/components/chart/EmbedSnippet";
import { ImageLinks } from "@/components/chart/ImageLinks";
import { Disclosure } from "@/components/layout/Disclosure";
import { useHydrated } from "@/components/layout/useHydrated";
import { announceUrlChange, useUrlSearch } from "@/components/layout/useUrlSearch";
import type { FlowLayout } from "@/lib/charts/flow/layout";
import { EMBEDDABLE_CHARTS } from "@/lib/embed";
import { type CaseDraft, type CaseFields, caseSearch, draftFromSearchParams, draftSearch, viewDraft } from "@/lib/her2/case-draft";
import type { NodeId } from "@/lib/her2/graph";
import { resultHeadline } from "@/lib/her2/headline";
import { ExploreRoutes } from "./ExploreRoutes";
import { FlowDiagram } from "./FlowDiagram";
import { outcomeRoutes } from "./flow-data";
import type { CardData } from "./ResultCard";
import { ShareCase } from "./ShareCase";
import { Stepper } from "./Stepper";

// Loaded on the first click on "Presenter mode": most readers never open it.
const PresenterMode = lazy(() => import("./PresenterMode").then((module) => ({ default: module.PresenterMode })));

interface TestingFlowProps {
  initialDraft: CaseDraft;
  layouts: readonly FlowLayout[];
  /** The result card for `initialDraft`, rendered on the server. */
  card: ReactNode;
  /** Shown while an answer is invalid: the address, and so the server's card, leaves a bad value out. */
  invalidCard: ReactNode;
  /** What the presenter's cards need, passed on to it only when it opens. */
  cardData: CardData;
  /** The diagram's key, drawn on the server: it never changes, so it is not page JavaScript. */
  legend: ReactNode;
}

/**
 * The interactive decision flow: the stepper, the result card and the diagram share one case. The
 * case lives in the URL query (the API's parameter names), so any case can be shared as a link.
 * The diagram's `layouts` come from the server (`FLOW_LAYOUTS`), so the browser does not compute them.
 * So does the result `card` (TestingView): an answer changes the questions and the path here at once
 * and asks the server for the card at the case's new address.
 */
export function TestingFlow({ initialDraft, layouts, card, invalidCard, cardData, legend }: TestingFlowProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [draft, setDraftHere] = useState(initialDraft);
  const [explored, setExplored] = useState<NodeId | null>(null);
  const [presenting, setPresenting] = useState(false);
  const hydrated = useHydrated();
  const presenterButton = useRef<HTMLButtonElement>(null);

  const view = useMemo(() => viewDraft(draft), [draft]);
  // The page's own link keeps a half-typed case as typed; the image shows the case's parameters.
  const search = draftSearch(draft, view);

  useUrlSearch(search);

  const setDraft = (next: CaseDraft) => {
    setDraftHere(next);
    const href = `/testing${draftSearch(next, viewDraft(next))}`;
    // As ExplorerForm does: the address answers at once, with Next's history state kept (useUrlSearch
    // writes a null one), then Next takes the entry over with the server's card (an answer is not a page).
    window.history.replaceState(window.history.state, "", `${href}${window.location.hash}`);
    announceUrlChange();
    startTransition(() => router.replace(href, { scroll: false }));
  };

  const tryCase = (fields: CaseFields) => setDraft(draftFromSearchParams(fields).draft);
  const routes = explored ? (outcomeRoutes().get(explored) ?? []) : [];
  const exploredView = explored
    ? { outcome: explored, paths: routes.map((route) => route.path), content: <ExploreRoutes routes={routes} onTry={tryCase} /> }
    : null;

  const headline = view.outcome.kind === "classified" ? resultHeadline(view.outcome.classification) : null;

  return (
    <>
      {/* A shared case answers first: on a phone the card comes after the questions, so its headline is said here too. */}
      {headline && (
        <p className="result-first" data-testid="result-first">
          <strong>Result: {headline}.</strong> <a href="#result-heading">Read what it means</a>
        </p>
      )}
      <div className="flow-case">
        <Stepper draft={draft} view={view} hydrated={hydrated} onChange={setDraft} />
        <div className="flow-result">
          {view.outcome.kind === "invalid" ? invalidCard : card}
          <ShareCase search={search} hydrated={hydrated} />
          <p className="sr-only" aria-live="polite" data-testid="result-announcement">
            {headline ? `Result: ${headline}.` : ""}
          </p>
        </div>
      </div>

      <section className="flow-diagram-section" aria-labelledby="flow-heading">
        <div className="flow-diagram-head">
          <h2 id="flow-heading">The whole algorithm</h2>
          <button ref={presenterButton} type="button" className="button secondary" hidden={!hydrated} onClick={() => setPresenting(true)}>
            Presenter mode
          </button>
        </div>
        <Disclosure title="How to read and explore the diagram" testId="flow-key">
          <p className="flow-help">
            Your case&rsquo;s path is highlighted and its current step is outlined. To see which inputs lead to an outcome (the boxes with no way out), select
            it: with the keyboard, Tab to the diagram, move between outcomes with the arrow keys and press Enter.
          </p>
          {legend}
        </Disclosure>
        <Disclosure title="Download or embed the diagram" testId="flow-share">
          <p className="flow-image-links">
            <ImageLinks imagePath={`/api/charts/testing${caseSearch(view.fields)}`} title={EMBEDDABLE_CHARTS.testing.title} />
          </p>
          <AddToDeck imagePath={`/api/charts/testing${caseSearch(view.fields)}`} title={EMBEDDABLE_CHARTS.testing.title} />
          <EmbedSnippet chart="testing" search={search} />
        </Disclosure>
        {layouts.map((layout) => (
          <FlowDiagram
            key={layout.orientation}
            layout={layout}
            path={view.path}
            explored={exploredView}
            onExplore={setExplored}
            testId={`flow-${layout.orientation}`}
          />
        ))}
      </section>

      {presenting && (
        <Suspense fallback={null}>
          <PresenterMode
            layouts={layouts}
            cardData={cardData}
            onClose={() => {
              setPresenting(false);
              // After the dialog has gone and the page is no longer inert.
              requestAnimationFrame(() => presenterButton.current?.focus());
            }}
          />
        </Suspense>
      )}
    </>
  );
}
