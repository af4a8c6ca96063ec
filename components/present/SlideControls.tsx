"use client";
import type { ReactNode } from "react";
import { PRESENT_THEME_NAMES, PRESENT_THEMES, type PresentTheme } from "@/lib/present-theme";

/**
 * The presentation's one compact bar under the slide: previous / position / next, full screen,
 * speaker notes (below the slide, or in a window of their own), the deck editor (`children`, which
 * opens over the slide), then the keys and the theme links in small type. It wraps rather than
 * overflows, and the slide takes whatever height it leaves.
 */
export function SlideControls({
  hydrated,
  index,
  total,
  slide,
  theme,
  deckValue,
  notesOpen,
  onGo,
  onFullscreen,
  onToggleNotes,
  onNotesWindow,
  children,
}: {
  hydrated: boolean;
  index: number;
  total: number;
  /** The slide shown: its title is said on each move, and leaving the presentation goes on to its view. */
  slide: { title: string; address: string } | undefined;
  theme: PresentTheme;
  deckValue: string | undefined;
  notesOpen: boolean;
  onGo: (slide: number) => void;
  onFullscreen: () => void;
  onToggleNotes: () => void;
  /** Null until the page can talk to a second window. */
  onNotesWindow: (() => void) | null;
  children?: ReactNode;
}) {
  const help = (
    <p className="slideshow-help">
      {/* The buttons name their own keys (F, N, W); only the arrows need saying. */}
      {hydrated && "← → move between slides. "}
      {/* Shown only on a phone held upright (present.css), where a 16:9 slide is a strip of small type. */}
      <span className="portrait-hint">Turn the phone sideways for larger slides. </span>
      Switch to{" "}
      {PRESENT_THEMES.filter((other) => other !== theme).map((other, i) => (
        // The link keeps the slide on screen, so switching theme mid-talk stays on it.
        <span key={other}>
          {i > 0 && " or "}
          <a href={`/present?theme=${other}&slide=${index + 1}${deckValue ? `&deck=${encodeURIComponent(deckValue)}` : ""}`} data-testid="theme-link">
            {PRESENT_THEME_NAMES[other].toLowerCase()}
          </a>
        </span>
      ))}
      . <a href={slide?.address ?? "/"}>Leave presentation</a>
    </p>
  );
  if (!hydrated) return help;
  return (
    <nav className="slideshow-controls" aria-label="Slides">
      {/* aria-disabled, not disabled, at the first and last slide: a disabled button would drop the focus of the
          reader who pressed it to reach that slide. Going past either end does nothing (onGo clamps). */}
      <button type="button" className="button secondary" onClick={() => onGo(index - 1)} aria-disabled={index === 0} aria-describedby="slide-said">
        ← Previous
      </button>
      <span aria-hidden="true" data-testid="slide-position">
        {index + 1} / {total}
      </span>
      {/* What a move says: where the deck is and which slide is shown; also why Previous or Next is disabled (first or last slide). */}
      <span id="slide-said" className="sr-only" aria-live="polite" data-testid="slide-said">
        Slide {index + 1} of {total}: {slide?.title}
      </span>
      <button type="button" className="button secondary" onClick={() => onGo(index + 1)} aria-disabled={index === total - 1} aria-describedby="slide-said">
        Next →
      </button>
      <button type="button" className="button secondary" onClick={onFullscreen}>
        Full screen (F)
      </button>
      <button type="button" className="button secondary" onClick={onToggleNotes} aria-pressed={notesOpen}>
        Speaker notes (N)
      </button>
      {onNotesWindow && (
        <button type="button" className="button secondary" onClick={onNotesWindow} data-testid="notes-window">
          Notes window (W)
        </button>
      )}
      {children}
      {help}
    </nav>
  );
}
