"use client";
import { useRouter } from "next/navigation";
import { lazy, type ReactNode, Suspense, useCallback, useMemo, useRef, useState, useTransition } from "react";
import { Disclosure } from "@/components/layout/Disclosure";
import { useHydrated } from "@/components/layout/useHydrated";
import { announceUrlChange, useUrlSearch } from "@/components/layout/useUrlSearch";
import { WhenOpened } from "@/components/layout/WhenOpened";
import type { FlowLayout } from "@/lib/charts/flow/layout";
import { type CaseDraft, type CaseFields, draftOfCase, draftSearch, type NumericField, testingImagePath, viewDraft } from "@/lib/her2/case-draft";
import type { OutcomeRoute } from "@/lib/her2/explore";
import type { NodeId } from "@/lib/her2/graph";
import { resultHeadline } from "@/lib/her2/headline";
import { FLOW_ANCHOR } from "./anchors";
import { FlowDiagram } from "./FlowDiagram";
import { noResultLine } from "./no-result-line";
import type { CardData } from "./ResultCard";
import { ShareCase } from "./ShareCase";
import { Stepper } from "./Stepper";
import type { StepWords } from "./step-words";

// Loaded on the first click on "Presenter mode", and on the first opening of the share tools: most readers never open them.
const PresenterMode = lazy(() => import("./PresenterMode").then((module) => ({ default: module.PresenterMode })));
const FlowShareTools = lazy(() => import("./FlowShareTools").then((module) => ({ default: module.FlowShareTools })));

interface TestingFlowProps {
  initialDraft: CaseDraft;
  layouts: readonly FlowLayout[];
  /** The routes into each outcome (`outcomeRoutes`), found on the server: the graph is fixed. */
  routes: Readonly<Partial<Record<NodeId, readonly OutcomeRoute[]>>>;
  words: StepWords;
  /** The result card for `initialDraft`, rendered on the server. */
  card: ReactNode;
  /** Shown while an answer is invalid: the address, and so the server's card, leaves a bad value out. */
  invalidCard: ReactNode;
  /** Shown while the case waits for an answer: the server's card may still be the last result's. */
  incompleteCard: ReactNode;
  /** What the presenter's cards need, passed on to it only when it opens. */
  cardData: CardData;
  /** How to read the diagram, and its key, drawn on the server: they never change, so they are not page JavaScript. */
  diagramHelp: ReactNode;
  /** The diagram's sources in full, for its citation. */
  citations: readonly string[];
  /** The numbers in the address the server could not read (left out of `initialDraft`). */
  unreadable: readonly NumericField[];
  /** What the server could not use of the address: about the link as opened, so said until the reader changes the case. */
  notice: ReactNode;
  /** The share tools' links for the case in the address (FlowShareLinks), for a reader without JavaScript. */
  shareLinks: ReactNode;
}

/**
 * The interactive decision flow: the stepper, the result card and the diagram share one case. The
 * case lives in the URL query (the API's parameter names), so any case can be shared as a link.
 * The diagram's `layouts`, the routes into each outcome and the stepper's `words` come from the server,
 * so the browser neither computes them nor downloads the graph, the explorer or the texts behind them.
 * So does the result `card` (TestingView): an answer changes the questions and the path here at once
 * and asks the server for the card at the case's new address.
 */
export function TestingFlow({
  initialDraft,
  layouts,
  routes: outcomeRoutes,
  words,
  card,
  invalidCard,
  incompleteCard,
  cardData,
  diagramHelp,
  citations,
  unreadable,
  notice,
  shareLinks,
}: TestingFlowProps) {
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

  // Stable across renders (like the memoised explored view below), so FlowDiagram's memo holds.
  const setDraft = useCallback(
    (next: CaseDraft) => {
      setDraftHere(next);
      const href = `/testing${draftSearch(next, viewDraft(next))}`;
      // As ExplorerForm does: the address answers at once, with Next's history state kept (useUrlSearch
      // writes a null one), then Next takes the entry over with the server's card (an answer is not a page).
      window.history.replaceState(window.history.state, "", `${href}${window.location.hash}`);
      announceUrlChange();
      startTransition(() => router.replace(href, { scroll: false }));
    },
    [router],
  );

  const tryCase = useCallback((fields: CaseFields) => setDraft(draftOfCase(fields)), [setDraft]);
  const exploredView = useMemo(() => {
    if (!explored) return null;
    const routes = outcomeRoutes[explored] ?? [];
    return { outcome: explored, paths: routes.map((route) => route.path), routes };
  }, [explored, outcomeRoutes]);

  const headline = view.outcome.kind === "classified" ? resultHeadline(view.outcome.classification) : null;
  const noResult = headline ? "" : noResultLine(view, words);
  // A half-typed answer is written to the address as typed, so the server's reading of the address
  // would name it as a bad link; the field's own error says it instead.
  const opened = draft === initialDraft;

  return (
    <>
      {opened && notice}
      {/* On a phone the card comes after the questions, so the result is said here too: always this one line, so an
          answer that brings or clears a result never moves the questions under the reader's finger. */}
      <p className="result-first" data-testid="result-first">
        {headline ? (
          <>
            <strong>Result: {headline}.</strong> <a href="#result-heading">Read what it means</a>
          </>
        ) : (
          noResult
        )}
      </p>
      <div className="flow-case">
        {/* What the server left out is said until the reader changes the case. */}
        <Stepper draft={draft} words={words} view={view} hydrated={hydrated} leftOut={opened ? unreadable : []} onChange={setDraft} />
        <div className="flow-result">
          {{ classified: card, invalid: invalidCard, incomplete: incompleteCard }[view.outcome.kind]}
          <ShareCase search={search} hydrated={hydrated} />
          <p className="sr-only" aria-live="polite" data-testid="result-announcement">
            {headline ? `Result: ${headline}.` : view.outcome.kind === "incomplete" && !view.outcome.needs ? "" : noResult}
          </p>
        </div>
      </div>

      <section className="flow-diagram-section" id={FLOW_ANCHOR} aria-labelledby="flow-heading">
        <div className="flow-diagram-head">
          <h2 id="flow-heading">The whole algorithm</h2>
          <button ref={presenterButton} type="button" className="button secondary" hidden={!hydrated} onClick={() => setPresenting(true)}>
            Presenter mode
          </button>
        </div>
        <Disclosure title="How to read and explore the diagram" testId="flow-key">
          {diagramHelp}
        </Disclosure>
        <Disclosure title="Download or embed the diagram" testId="flow-share">
          <noscript>{shareLinks}</noscript>
          <WhenOpened fallback={<p className="muted">Loading the download and embed tools…</p>}>
            <FlowShareTools imagePath={testingImagePath(view.fields)} search={search} citations={citations} />
          </WhenOpened>
        </Disclosure>
        {layouts.map((layout) => (
          <FlowDiagram
            key={layout.orientation}
            layout={layout}
            path={view.path}
            explored={exploredView}
            onExplore={setExplored}
            onTry={tryCase}
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
