"use client";
import { useState } from "react";
import { loadDeck, saveDeck, useKeptDeck } from "@/components/present/kept-deck";
import { DECK_MAX_SLIDES, deckEntryFromImagePath, deckHref } from "@/lib/present/deck-url";
import { PresentView } from "./ShareViews";

/**
 * "Add to deck": this view (the frame's image path names its chart and query) appended to the deck
 * kept in the browser, with a link to present it. Without JavaScript, the link presents this view alone.
 */
export function AddToDeck({ imagePath, title }: { imagePath: string; title: string }) {
  const entry = deckEntryFromImagePath(imagePath);
  const deck = useKeptDeck();
  const [status, setStatus] = useState("");
  if (!entry) return null;

  function add() {
    if (!entry) return;
    const current = loadDeck();
    if (current.includes(entry)) setStatus("This view is already in the deck.");
    else if (current.length >= DECK_MAX_SLIDES) setStatus(`The deck is full (${DECK_MAX_SLIDES} slides): remove one in the deck first.`);
    else {
      saveDeck([...current, entry]);
      setStatus(`Added as slide ${current.length + 1}.`);
    }
  }

  const slides = (n: number) => `${n} slide${n === 1 ? "" : "s"}`;
  return (
    <PresentView entry={entry} title={title}>
      {deck && (
        <>
          {" "}
          <button type="button" className="button secondary small" onClick={add}>
            Add to deck<span className="sr-only"> ({title})</span>
          </button>
          {deck.length > 0 && (
            <>
              {" · "}
              <a href={deckHref(deck)} data-testid="open-deck">
                Open the deck ({slides(deck.length)})
              </a>
            </>
          )}{" "}
          <span role="status" className="muted">
            {status}
          </span>
        </>
      )}
    </PresentView>
  );
}
