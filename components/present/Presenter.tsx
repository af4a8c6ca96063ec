"use client";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useHydrated } from "@/components/layout/useHydrated";
import { deckHref, encodeDeck } from "@/lib/present/deck-url";
import { slideAfter } from "@/lib/present/slide-keys";
import type { PresentTheme } from "@/lib/present-theme";
import { DeckEditor } from "./DeckEditor";
import { saveDeck, useKeptDeck } from "./kept-deck";
import { type NotesView, notesHref, openChannel, presentationChannelId, readMessage, type SlideNotes } from "./notes-channel";
import { SlideControls } from "./SlideControls";
import { isPresentationKey, slideMoveOf } from "./slide-keys";

export interface Slide {
  id: string;
  title: string;
  /** The slide's view on the atlas ("/survival?measure=five-year-relative&stage=distant"): where leaving the presentation goes. */
  address: string;
  content: ReactNode;
  /** Speaker notes: what to say and where it comes from. */
  notes: SlideNotes;
}

/**
 * Presentation mode: one slide at a time, filling the screen; Space, arrows, Page Up/Down, Home/End
 * step through (the keys the notes window shares, lib/present/slide-keys); F toggles full screen, N the speaker notes under the slide, W opens them in a window of
 * their own that follows the slides. Keys with Ctrl, Alt or Cmd are the browser's (Ctrl+F, Alt+←),
 * so they pass through. A presenter's deck (`deck`, each slide's entry) can be reordered and
 * trimmed; the URL follows, so the edited deck can be shared. The deck kept in the browser follows
 * only when this is that deck: a deck from someone's link never replaces it unless the viewer keeps
 * it. Without JavaScript every slide is listed in order, each with its notes.
 */
export function Presenter({ slides: all, initial, theme, deck }: { slides: readonly Slide[]; initial: number; theme: PresentTheme; deck?: readonly string[] }) {
  const [order, setOrder] = useState(() => all.map((_, i) => i));
  // biome-ignore lint/style/noNonNullAssertion: order holds only the slides' positions
  const slides = useMemo(() => order.map((i) => all[i]!), [order, all]);
  const [index, setIndex] = useState(initial);
  const hydrated = useHydrated();
  const [notesOpen, setNotesOpen] = useState(false);
  const [channelId, setChannelId] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  // The notes channel's id is this window's own (sessionStorage): read once the page is live.
  useEffect(() => setChannelId(presentationChannelId()), []);
  const entries = deck && order.map((i) => deck[i] ?? "");
  const deckValue = entries && encodeDeck(entries);
  const kept = useKeptDeck();
  // The viewer's own deck (opened from "Open the deck") is the one kept, entry for entry.
  const mine = kept !== null && deckValue !== undefined && encodeDeck(kept) === deckValue;

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
    const edited = next.map((i) => deck[i] ?? "");
    writeUrl(position, encodeDeck(edited));
    if (mine) saveDeck(edited);
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

  // A clicked button keeps the focus, and Space on it presses it again (leaving full screen) instead
  // of stepping the deck: the slides take the focus, so Space and the arrows drive the deck.
  const fullscreenFromButton = useCallback(() => {
    toggleFullscreen();
    stage.current?.focus({ preventScroll: true });
  }, [toggleFullscreen]);

  const openNotesWindow = useCallback(() => {
    if (channelId) window.open(notesHref(channelId, theme), `her2-atlas-notes-${channelId}`, "popup,width=760,height=560");
  }, [channelId, theme]);

  // The notes window follows: it hears every slide change, asks for the current one when it opens, and may step the slides.
  const view = useMemo((): NotesView | null => {
    const shown = slides[index];
    return shown ? { position: index + 1, total: slides.length, title: shown.title, notes: shown.notes, next: slides[index + 1]?.title ?? null } : null;
  }, [slides, index]);
  const latest = useRef({ view, index, total: slides.length, go });
  latest.current = { view, index, total: slides.length, go };
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (!channelId) return;
    const opened = openChannel(channelId);
    channel.current = opened;
    if (!opened) return;
    const say = () => latest.current.view && opened.postMessage({ type: "slide", view: latest.current.view });
    opened.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (message?.type === "hello") say();
      if (message?.type === "go") latest.current.go(slideAfter(message.move, latest.current.index, latest.current.total));
    };
    // A notes window left open across a reload or a theme switch picks up where this page starts.
    say();
    return () => opened.close();
  }, [channelId]);
  useEffect(() => {
    if (view) channel.current?.postMessage({ type: "slide", view });
  }, [view]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const move = slideMoveOf(event);
      if (move) {
        event.preventDefault();
        go(slideAfter(move, index, slides.length));
        return;
      }
      if (!isPresentationKey(event)) return;
      const key = event.key.toLowerCase();
      if (key === "f") toggleFullscreen();
      else if (key === "n") setNotesOpen((open) => !open);
      else if (key === "w") openNotesWindow();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, index, slides.length, toggleFullscreen, openNotesWindow]);

  return (
    <div className={hydrated ? "slideshow is-presenting" : "slideshow"} ref={root}>
      <div className="slideshow-stage" ref={stage} tabIndex={hydrated ? -1 : undefined} data-testid="slideshow-stage">
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
            {(!hydrated || notesOpen) && (
              // Without JavaScript every slide shows its notes at once: each landmark needs its own name.
              <aside className="slide-notes" aria-label={`Speaker notes, slide ${i + 1}`} data-testid="speaker-notes">
                <p>{slide.notes.takeaway}</p>
                <p className="slide-citation">Source: {slide.notes.citation}</p>
              </aside>
            )}
          </section>
        ))}
      </div>
      <SlideControls
        hydrated={hydrated}
        index={index}
        total={slides.length}
        slide={slides[index]}
        theme={theme}
        deckValue={deckValue}
        notesOpen={notesOpen}
        onGo={go}
        onFullscreen={fullscreenFromButton}
        onToggleNotes={() => setNotesOpen((open) => !open)}
        onNotesWindow={channelId ? openNotesWindow : null}
      >
        {hydrated && deck && (
          <DeckEditor
            items={order.map((i) => ({ key: String(i), title: all[i]?.title ?? "", view: all[i]?.address ?? "" }))}
            current={index}
            onShow={go}
            onMove={move}
            onRemove={(position) => reorder(order.filter((_, i) => i !== position))}
            kept={mine}
            onKeep={() => entries && saveDeck(entries)}
          />
        )}
        {/* The site's "Present" link opens the sample deck: a deck built with "Add to deck" is one click away. */}
        {!deck && kept && kept.length > 0 && (
          <a href={`${deckHref(kept)}${theme === "light" ? "" : `&theme=${theme}`}`} className="button" data-testid="open-kept-deck">
            Present your deck ({kept.length} slide{kept.length === 1 ? "" : "s"})
          </a>
        )}
      </SlideControls>
    </div>
  );
}
