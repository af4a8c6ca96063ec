"use client";
import { useEffect, useRef, useState } from "react";

export interface DeckItem {
  /** Stable across moves, so focus can follow a slide. */
  key: string;
  title: string;
  /** The view's address ("/treatments?class=…"): two views of one chart share a title, not an address. */
  view: string;
}

type Action = "up" | "down" | "remove";

/** Each slide's buttons, in order, and when one cannot act: at the top, at the bottom, or on a deck's last slide. */
const ACTIONS: readonly { action: Action; label: string; disabled: (position: number, count: number) => boolean }[] = [
  { action: "up", label: "Move up", disabled: (position) => position === 0 },
  { action: "down", label: "Move down", disabled: (position, count) => position === count - 1 },
  { action: "remove", label: "Remove", disabled: (_, count) => count === 1 },
];

/**
 * The deck's slides as a list opening over the slide, each with real buttons to move it up or down or remove it. After a
 * move the focus stays on the moved slide's button (or its other one at an end); after a removal it
 * goes to the next slide's (to the slide itself when it is the last one left), so a keyboard user can keep going. Under the list it says whether this is
 * the deck kept in the browser (`kept`: edits are kept too) or one from a link, which the viewer may
 * keep as theirs (`onKeep`); focus then moves to the line saying it was kept.
 */
export function DeckEditor({
  items,
  current,
  onShow,
  onMove,
  onRemove,
  kept,
  onKeep,
}: {
  items: readonly DeckItem[];
  current: number;
  onShow: (position: number) => void;
  onMove: (position: number, by: -1 | 1) => void;
  onRemove: (position: number) => void;
  kept: boolean;
  onKeep: () => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const disclosure = useRef<HTMLDetailsElement>(null);
  const keptLine = useRef<HTMLParagraphElement>(null);
  const [focus, setFocus] = useState<{ key: string; action: Action } | null>(null);
  useEffect(() => {
    if (!focus) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-key="${focus.key}"]`);
    const order: Action[] = focus.action === "up" ? ["up", "down", "remove"] : focus.action === "down" ? ["down", "up", "remove"] : ["remove"];
    const button = order.map((action) => item?.querySelector<HTMLButtonElement>(`[data-action=${action}]:not(:disabled)`)).find(Boolean);
    // A deck's last slide can be neither moved nor removed: its own button keeps the focus in the list.
    (button ?? item?.querySelector<HTMLButtonElement>(".deck-editor-show"))?.focus();
    setFocus(null);
  }, [focus]);

  function act(position: number, action: Action) {
    // biome-ignore lint/style/noNonNullAssertion: the buttons are the items'
    const item = items[position]!;
    if (action === "remove") {
      const next = items[position + 1] ?? items[position - 1];
      onRemove(position);
      if (next) setFocus({ key: next.key, action: "remove" });
    } else {
      onMove(position, action === "up" ? -1 : 1);
      setFocus({ key: item.key, action });
    }
  }

  return (
    // The list opens over the slide (present.css), so the slide never moves; Escape closes it again.
    <details
      className="deck-editor"
      data-testid="deck-editor"
      ref={disclosure}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !disclosure.current?.open) return;
        disclosure.current.open = false;
        disclosure.current.querySelector("summary")?.focus();
      }}
    >
      <summary>Edit deck ({items.length})</summary>
      <div className="deck-editor-panel">
        <ol ref={list}>
          {items.map((item, i) => (
            <li key={item.key} data-key={item.key} data-testid="deck-item">
              <button type="button" className="deck-editor-show" onClick={() => onShow(i)} aria-current={i === current ? "true" : undefined}>
                {item.title}
                <span className="deck-editor-view">{item.view}</span>
              </button>
              <span className="deck-editor-actions">
                {ACTIONS.map(({ action, label, disabled }) => (
                  <button
                    key={action}
                    type="button"
                    className="button secondary small"
                    data-action={action}
                    aria-label={`${label}: slide ${i + 1}`}
                    disabled={disabled(i, items.length)}
                    onClick={() => act(i, action)}
                  >
                    {label}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ol>
        <p className="deck-editor-kept" data-testid="deck-kept" role="status" tabIndex={-1} ref={keptLine}>
          {kept
            ? "This is the deck kept in this browser: your changes are kept too."
            : "From a link: your changes stay in this page's address, not in your own deck."}
        </p>
        {!kept && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              onKeep();
              keptLine.current?.focus();
            }}
          >
            Keep as my deck<span className="sr-only"> (replaces the deck kept in this browser)</span>
          </button>
        )}
      </div>
    </details>
  );
}
