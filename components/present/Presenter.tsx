"use client";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { encodeDeck } from "@/lib/present/deck-url";
import { PRESENT_THEME_NAMES, PRESENT_THEMES, type PresentTheme } from "@/lib/present-theme";
import { DeckEditor } from "./DeckEditor";
import { saveDeck } from "./kept-deck";

export interface Slide {
  id: string;
  title: string;
  content: ReactNode;
  /** Shown under the slide; null when the content carries its own citation. */
  citation: string | null;
  /** Speaker notes: what to say and where it comes from. */
  notes?: { takeaway: string; citation: string };
}

/**
 * Presentation mode: one view at a time, large and high-contrast; arrows, Page Up/Down, Home/End
 * step through; F toggles full screen, N the speaker notes. Keys with Ctrl, Alt or Cmd are the
 * browser's (Ctrl+F, Alt+←), so they pass through. A presenter's deck (`deck`, each slide's entry)
 * can be reordered and trimmed; the URL and the deck kept in the browser follow. Without JavaScript
 * every slide is listed in order.
 */
export function Presenter({ slides: all, initial, theme, deck }: { slides: readonly Slide[]; initial: number; theme: PresentTheme; deck?: readonly string[] }) {
  const [order, setOrder] = useState(() => all.map((_, i) => i));
  // biome-ignore lint/style/noNonNullAssertion: order holds only the slides' positions
  const slides = order.map((i) => all[i]!);
  const [index, setIndex] = useState(initial);
  const [hydrated, setHydrated] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => setHydrated(true), []);
  const deckValue = deck && encodeDeck(order.map((i) => deck[i] ?? ""));

  const writeUrl = useCallback((slide: number, value: string | undefined) => {
    const url = new URL(window.location.href);
    url.searchParams.set("slide", String(slide + 1));
    if (value !== undefined) {
      // Written by hand, not by searchParams (which writes "~" as %7E), so the separators stay readable.
      url.searchParams.delete("deck");
      url.search = [`deck=${encodeURIComponent(value)}`, url.searchParams.toString()].join("&");
    }
    window.history.replaceState(null, "", url);
  }, []);

  const go = useCallback(
    (next: number) => {
      const clamped = Math.max(0, Math.min(slides.length - 1, next));
      setIndex(clamped);
      writeUrl(clamped, deckValue);
    },
    [slides.length, writeUrl, deckValue],
  );

  /** A new order of the deck: the slide on screen stays on screen where it can. */
  function reorder(next: number[]) {
    if (!deck) return;
    const shown = order[index];
    const found = next.indexOf(shown ?? -1);
    const position = found >= 0 ? found : Math.min(index, next.length - 1);
    setOrder(next);
    setIndex(position);
    const entries = next.map((i) => deck[i] ?? "");
    writeUrl(position, encodeDeck(entries));
    saveDeck(entries);
  }

  function move(position: number, by: -1 | 1) {
    const next = [...order];
    const [taken] = next.splice(position, 1);
    if (taken === undefined) return;
    next.splice(position + by, 0, taken);
    reorder(next);
  }

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      if (event.target instanceof HTMLElement && event.target.closest("select, input, textarea")) return;
      // Space and Enter on a button or link press it, not the slideshow.
      if ((event.key === " " || event.key === "Enter") && event.target instanceof HTMLElement && event.target.closest("button, a, summary")) return;
      const moves: Record<string, number> = {
        ArrowRight: index + 1,
        ArrowDown: index + 1,
        PageDown: index + 1,
        " ": index + 1,
        ArrowLeft: index - 1,
        ArrowUp: index - 1,
        PageUp: index - 1,
        Home: 0,
        End: slides.length - 1,
      };
      const target = moves[event.key];
      if (target !== undefined) {
        event.preventDefault();
        go(target);
      } else if (event.key === "f" || event.key === "F") {
        toggleFullscreen();
      } else if (event.key === "n" || event.key === "N") {
        setNotesOpen((open) => !open);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, index, slides.length, toggleFullscreen]);

  return (
    <div className="slideshow" ref={root}>
      {slides.map((slide, i) => (
        <section
          key={slide.id}
          className="slide"
          aria-roledescription="slide"
          aria-label={`${i + 1} of ${slides.length}: ${slide.title}`}
          hidden={hydrated && i !== index}
          data-testid="slide"
        >
          <div className="slide-content">{slide.content}</div>
          {slide.citation && <p className="slide-citation">Source: {slide.citation}</p>}
          {slide.notes && (!hydrated || notesOpen) && (
            // Without JavaScript every slide shows its notes at once: each landmark needs its own name.
            <aside className="slide-notes" aria-label={`Speaker notes, slide ${i + 1}`} data-testid="speaker-notes">
              <p>{slide.notes.takeaway}</p>
              <p className="slide-citation">Source: {slide.notes.citation}</p>
            </aside>
          )}
        </section>
      ))}
      {hydrated && (
        <nav className="slideshow-controls" aria-label="Slides">
          <button type="button" className="button secondary" onClick={() => go(index - 1)} disabled={index === 0} aria-describedby="slide-position">
            ← Previous
          </button>
          {/* Also why Previous or Next is disabled: first or last slide. */}
          <span id="slide-position" aria-live="polite" data-testid="slide-position">
            {index + 1} / {slides.length}
          </span>
          <button
            type="button"
            className="button secondary"
            onClick={() => go(index + 1)}
            disabled={index === slides.length - 1}
            aria-describedby="slide-position"
          >
            Next →
          </button>
          <button type="button" className="button secondary" onClick={toggleFullscreen}>
            Full screen (F)
          </button>
          {slides.some((slide) => slide.notes) && (
            <button type="button" className="button secondary" onClick={() => setNotesOpen((open) => !open)} aria-pressed={notesOpen}>
              Speaker notes (N)
            </button>
          )}
        </nav>
      )}
      {hydrated && deck && (
        <DeckEditor
          items={order.map((i) => ({ key: String(i), title: all[i]?.title ?? "" }))}
          current={index}
          onShow={go}
          onMove={move}
          onRemove={(position) => reorder(order.filter((_, i) => i !== position))}
        />
      )}
      <p className="slideshow-help">
        Use ← → to move between slides, F for full screen{slides.some((slide) => slide.notes) ? ", N for speaker notes" : ""}. Switch to{" "}
        {PRESENT_THEMES.filter((other) => other !== theme).map((other, i) => (
          // The link keeps the slide on screen, so switching theme mid-talk stays on it.
          <span key={other}>
            {i > 0 && " or "}
            <a href={`/present?theme=${other}&slide=${index + 1}${deckValue ? `&deck=${encodeURIComponent(deckValue)}` : ""}`} data-testid="theme-link">
              {PRESENT_THEME_NAMES[other].toLowerCase()}
            </a>
          </span>
        ))}
        . <a href="/">Leave presentation</a>
      </p>
    </div>
  );
}
