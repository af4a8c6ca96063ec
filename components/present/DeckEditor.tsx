"use client";
import { useEffect, useRef, useState } from "react";

export interface DeckItem {
  /** Stable across moves, so focus can follow a slide. */
  key: string;
  title: string;
}

type Action = "up" | "down" | "remove";

/**
 * The deck's slides as a list opening over the slide, each with real buttons to move it up or down or remove it. After a
 * move the focus stays on the moved slide's button (or its other one at an end); after a removal it
 * goes to the next slide's, so a keyboard user can keep going.
 */
export function DeckEditor({
  items,
  current,
  onShow,
  onMove,
  onRemove,
}: {
  items: readonly DeckItem[];
  current: number;
  onShow: (position: number) => void;
  onMove: (position: number, by: -1 | 1) => void;
  onRemove: (position: number) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const disclosure = useRef<HTMLDetailsElement>(null);
  const [focus, setFocus] = useState<{ key: string; action: Action } | null>(null);
  useEffect(() => {
    if (!focus) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-key="${focus.key}"]`);
    const order: Action[] = focus.action === "up" ? ["up", "down", "remove"] : focus.action === "down" ? ["down", "up", "remove"] : ["remove"];
    const button = order.map((action) => item?.querySelector<HTMLButtonElement>(`[data-action=${action}]:not(:disabled)`)).find(Boolean);
    button?.focus();
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
      <ol ref={list} className="deck-editor-panel">
        {items.map((item, i) => (
          <li key={item.key} data-key={item.key} data-testid="deck-item">
            <button type="button" className="deck-editor-show" onClick={() => onShow(i)} aria-current={i === current ? "true" : undefined}>
              {item.title}
            </button>
            <span className="deck-editor-actions">
              <button
                type="button"
                className="button secondary small"
                data-action="up"
                aria-label={`Move up: slide ${i + 1}`}
                disabled={i === 0}
                onClick={() => act(i, "up")}
              >
                Move up
              </button>
              <button
                type="button"
                className="button secondary small"
                data-action="down"
                aria-label={`Move down: slide ${i + 1}`}
                disabled={i === items.length - 1}
                onClick={() => act(i, "down")}
              >
                Move down
              </button>
              <button
                type="button"
                className="button secondary small"
                data-action="remove"
                aria-label={`Remove: slide ${i + 1}`}
                disabled={items.length === 1}
                onClick={() => act(i, "remove")}
              >
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
