import { useLayoutEffect, useRef } from "react";

interface Anchor {
  element: Element;
  /** Its top edge in the page, not the screen, so a scroll of the reader's own while the view loads is kept. */
  pageTop: number;
}

const pageTop = (element: Element) => element.getBoundingClientRect().top + window.scrollY;

/**
 * Keeps the control a reader just used where it was on screen when the view it changed arrives.
 * The chart sits above its controls, so a choice that makes it taller pushes the focused control
 * down, off a phone's screen; the browser's own scroll anchoring does not step in at the top of a
 * page. `remember()` notes the focused element's place before a change; when `view` changes, the
 * page scrolls by however far that element moved, if it still has the focus.
 */
export function useFocusAnchor(view: string): () => void {
  const anchor = useRef<Anchor | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs because the view changed, which it does not read
  useLayoutEffect(() => {
    const held = anchor.current;
    anchor.current = null;
    if (!held || document.activeElement !== held.element) return;
    const moved = pageTop(held.element) - held.pageTop;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: "instant" });
  }, [view]);
  return () => {
    const element = document.activeElement;
    anchor.current = element && element !== document.body ? { element, pageTop: pageTop(element) } : null;
  };
}
