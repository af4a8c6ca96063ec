"use client";
import { useEffect, useState } from "react";
import { encodeDeck, readKeptDeck } from "@/lib/present/deck-url";

/** The deck kept in this browser (localStorage), shared by every "Add to deck" and by /present. */
const KEY = "her2-atlas-deck";
/** Said to every control on the page when the kept deck changes (the storage event reaches only other tabs). */
export const DECK_CHANGED = "her2-atlas-deck-changed";

export function loadDeck(): string[] {
  try {
    return readKeptDeck(window.localStorage.getItem(KEY));
  } catch {
    // Storage blocked (private mode, a sandboxed frame): the deck is only what the URL says.
    return [];
  }
}

export function saveDeck(entries: readonly string[]): void {
  try {
    window.localStorage.setItem(KEY, encodeDeck(entries));
  } catch {
    return;
  }
  window.dispatchEvent(new Event(DECK_CHANGED));
}

/** The kept deck, followed as this page or another tab changes it; null until hydrated (the server cannot know it). */
export function useKeptDeck(): string[] | null {
  const [deck, setDeck] = useState<string[] | null>(null);
  useEffect(() => {
    const reload = () => setDeck(loadDeck());
    reload();
    window.addEventListener(DECK_CHANGED, reload);
    window.addEventListener("storage", reload);
    return () => {
      window.removeEventListener(DECK_CHANGED, reload);
      window.removeEventListener("storage", reload);
    };
  }, []);
  return deck;
}
