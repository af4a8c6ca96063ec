import { type SlideMove, slideMoveForKey } from "@/lib/present/slide-keys";

/**
 * Whether a key press is the presentation's to handle: keys with Ctrl, Alt or Cmd are the
 * browser's (Ctrl+F, Alt+←), and a key typed in a field or already handled is not ours.
 */
export function isPresentationKey(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return false;
  return !(event.target instanceof Element && event.target.closest("select, input, textarea"));
}

/** The move a key press asks for (lib/present/slide-keys' one map), in the presentation and its notes window alike. */
export function slideMoveOf(event: KeyboardEvent): SlideMove | undefined {
  if (!isPresentationKey(event)) return undefined;
  // Space on a button, link or disclosure presses it, not the deck.
  if (event.key === " " && event.target instanceof Element && event.target.closest("button, a, summary")) return undefined;
  return slideMoveForKey(event.key);
}
