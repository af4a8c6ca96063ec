"use client";
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
