"use client";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { FlowLayout } from "@/lib/charts/flow/layout";
import { describeFields } from "@/lib/her2/case-words";
import { nodeById } from "@/lib/her2/graph";
import { FlowPicture } from "./FlowPicture";
import { workedExamples } from "./flow-data";
import { type CardData, ResultCard } from "./ResultCard";

const FOCUSABLE = "button:not([disabled]), [href], summary, input, [tabindex]:not([tabindex='-1'])";

/**
 * One worked example per outcome, large, for a talk: ←/→ (or the buttons) step through them, Esc
 * leaves. A modal dialog: the rest of the page is inert while it is open, and Tab stays inside.
 */
export function PresenterMode({ layouts, cardData, onClose }: { layouts: readonly FlowLayout[]; cardData: CardData; onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const examples = workedExamples();
  const count = examples.length;
  const example = examples[index] ?? examples[0];

  useEffect(() => {
    const root = dialog.current?.parentElement;
    const others = [...document.body.children].filter((element) => element !== root && !element.hasAttribute("inert"));
    for (const element of others) element.setAttribute("inert", "");
    dialog.current?.focus();
    return () => {
      for (const element of others) element.removeAttribute("inert");
    };
  }, []);

  if (!example) return null;
  const step = (by: number) => setIndex((current) => (current + by + count) % count);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "ArrowRight") step(1);
    else if (event.key === "ArrowLeft") step(-1);
    else if (event.key === "Escape") onClose();
    else if (event.key === "Tab") trapFocus(event);
    else return;
    if (event.key !== "Tab") event.preventDefault();
  };

  return createPortal(
    <div className="presenter-backdrop">
      <div
        ref={dialog}
        className="presenter"
        role="dialog"
        aria-modal="true"
        aria-labelledby="presenter-heading"
        aria-describedby="presenter-keys"
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid="presenter"
      >
        <header className="presenter-head">
          <div>
            <p className="result-kicker" aria-live="polite">
              Worked example {index + 1} of {count}
            </p>
            <h2 id="presenter-heading">{nodeById(example.outcome).label}</h2>
            <p className="presenter-case">Case: {describeFields(example.route.example)}</p>
          </div>
          <div className="presenter-controls">
            <button type="button" className="button secondary" onClick={() => step(-1)}>
              ← Previous
            </button>
            <button type="button" className="button secondary" onClick={() => step(1)}>
              Next →
            </button>
            <button type="button" className="button" onClick={onClose}>
              Leave (Esc)
            </button>
          </div>
          <p id="presenter-keys" className="sr-only">
            Left and right arrow keys step through the examples; Escape leaves presenter mode.
          </p>
        </header>
        <div className="presenter-body">
          <div className="presenter-diagram">
            {layouts.map((layout) => (
              <FlowPicture key={layout.orientation} layout={layout} path={example.route.path} />
            ))}
          </div>
          <ResultCard outcome={{ kind: "classified", classification: example.route.classification }} data={cardData} id="presenter-result" />
        </div>
      </div>
    </div>,
    document.body,
  );
}

/** Tab from the last focusable element goes to the first, Shift+Tab from the first to the last. */
function trapFocus(event: KeyboardEvent<HTMLDivElement>) {
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && (document.activeElement === first || document.activeElement === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
