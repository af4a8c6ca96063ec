/**
 * How the presentation and its speaker-notes window talk: a BroadcastChannel (same origin only)
 * named for one presentation, so two decks open in two tabs do not steer each other. The main
 * window says which slide is on screen and its notes; the notes window asks for that when it opens
 * and can step the slides.
 */
import { readSlideMove, type SlideMove } from "@/lib/present/slide-keys";

export interface SlideNotes {
  takeaway: string;
  citation: string;
}

export interface NotesView {
  /** 1-based, as the position is shown. */
  position: number;
  total: number;
  title: string;
  notes: SlideNotes;
  /** The next slide's title, so the speaker sees what comes; null on the last slide. */
  next: string | null;
}

export type PresenterMessage = { type: "slide"; view: NotesView } | { type: "hello" } | { type: "go"; move: SlideMove };

/** A presentation's channel id: made by the main window, handed to the notes window in its URL. */
export const CHANNEL_ID = /^[a-z0-9-]{8,64}$/;

/**
 * This tab's presentation id: kept for the tab's session, so a reload or a theme switch (a new page
 * load) still talks to the notes window already open; a new one where storage is blocked.
 */
export function presentationChannelId(): string {
  const key = "her2-atlas-present-channel";
  try {
    const kept = window.sessionStorage.getItem(key);
    if (kept && CHANNEL_ID.test(kept)) return kept;
    const made = crypto.randomUUID();
    window.sessionStorage.setItem(key, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}

export function openChannel(id: string): BroadcastChannel | null {
  return typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(`her2-atlas-present:${id}`);
}

export function notesHref(id: string, theme: string): string {
  return `/present/notes?channel=${encodeURIComponent(id)}&theme=${encodeURIComponent(theme)}`;
}

const isText = (value: unknown): value is string => typeof value === "string";

/** A message read back from the channel: only the shapes above, anything else ignored. */
export function readMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.type === "hello") return { type: "hello" };
  if (message.type === "go") {
    const move = typeof message.move === "object" && message.move !== null ? readSlideMove(message.move as Record<string, unknown>) : null;
    return move && { type: "go", move };
  }
  if (message.type !== "slide" || typeof message.view !== "object" || message.view === null) return null;
  const view = message.view as Record<string, unknown>;
  const notes = (view.notes ?? {}) as Record<string, unknown>;
  const valid =
    Number.isInteger(view.position) &&
    Number.isInteger(view.total) &&
    isText(view.title) &&
    isText(notes.takeaway) &&
    isText(notes.citation) &&
    (view.next === null || isText(view.next));
  return valid ? { type: "slide", view: view as unknown as NotesView } : null;
}
