"use client";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { PRESENT_THEME_NAMES, PRESENT_THEMES, type PresentTheme } from "@/lib/present-theme";

export interface Slide {
  id: string;
  title: string;
  content: ReactNode;
  /** Shown under the slide; null when the content carries its own citation. */
  citation: string | null;
}

/**
 * Presentation mode: one view at a time, large and high-contrast; arrows, Page Up/Down, Home/End
 * step through; F toggles full screen. Keys with Ctrl, Alt or Cmd are the browser's (Ctrl+F, Alt+←),
 * so they pass through. Without JavaScript every slide is listed in order.
 */
export function Presenter({ slides, initial, theme }: { slides: readonly Slide[]; initial: number; theme: PresentTheme }) {
  const [index, setIndex] = useState(initial);
  const [hydrated, setHydrated] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => setHydrated(true), []);

  const go = useCallback(
    (next: number) => {
      const clamped = Math.max(0, Math.min(slides.length - 1, next));
      setIndex(clamped);
      const url = new URL(window.location.href);
      url.searchParams.set("slide", String(clamped + 1));
      window.history.replaceState(null, "", url);
    },
    [slides.length],
  );

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      if (event.target instanceof HTMLElement && event.target.closest("select, input, textarea")) return;
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
        </nav>
      )}
      <p className="slideshow-help">
        Use ← → to move between slides, F for full screen. Switch to{" "}
        {PRESENT_THEMES.filter((other) => other !== theme).map((other, i) => (
          // The link keeps the slide on screen, so switching theme mid-talk stays on it.
          <span key={other}>
            {i > 0 && " or "}
            <a href={`/present?theme=${other}&slide=${index + 1}`} data-testid="theme-link">
              {PRESENT_THEME_NAMES[other].toLowerCase()}
            </a>
          </span>
        ))}
        . <a href="/">Leave presentation</a>
      </p>
    </div>
  );
}
