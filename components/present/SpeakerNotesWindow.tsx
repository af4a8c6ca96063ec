"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { SlideMove } from "@/lib/present/slide-keys";
import { type NotesView, openChannel, readMessage } from "./notes-channel";
import { slideMoveOf } from "./slide-keys";

/**
 * The speaker's second window: the current slide's takeaway and citation, large, and the next
 * slide's title, following the presentation it was opened from. Its buttons and the presentation's
 * own keys (Space, arrows, Page Up/Down, Home/End) step that presentation.
 */
export function SpeakerNotesWindow({ channelId }: { channelId: string | null }) {
  const [view, setView] = useState<NotesView | null>(null);
  const [connected, setConnected] = useState<boolean | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const opened = channelId ? openChannel(channelId) : null;
    setConnected(opened !== null);
    channel.current = opened;
    if (!opened) return;
    opened.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (message?.type === "slide") setView(message.view);
    };
    opened.postMessage({ type: "hello" });
    return () => opened.close();
  }, [channelId]);

  const step = useCallback((move: SlideMove) => channel.current?.postMessage({ type: "go", move }), []);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const move = slideMoveOf(event);
      if (!move) return;
      event.preventDefault();
      step(move);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step]);

  if (connected === false) {
    return (
      <p className="notice" role="status">
        This window shows the speaker notes of a presentation. Open it from the presentation with “Notes window (W)”: on its own it has nothing to follow.
      </p>
    );
  }
  return (
    <div className="notes-window">
      <p className="notes-position" aria-live="polite" data-testid="notes-position">
        {view ? `Slide ${view.position} of ${view.total}: ${view.title}` : "Waiting for the presentation…"}
      </p>
      {view && (
        <>
          <p className="notes-takeaway" data-testid="notes-takeaway">
            {view.notes.takeaway}
          </p>
          <p className="slide-citation">Source: {view.notes.citation}</p>
          <p className="notes-next">{view.next ? `Next: ${view.next}` : "Last slide."}</p>
        </>
      )}
      <nav className="slideshow-controls" aria-label="Slides">
        <button type="button" className="button secondary" onClick={() => step({ by: -1 })} disabled={!view || view.position === 1}>
          ← Previous
        </button>
        <button type="button" className="button secondary" onClick={() => step({ by: 1 })} disabled={!view || view.position === view.total}>
          Next →
        </button>
      </nav>
    </div>
  );
}
