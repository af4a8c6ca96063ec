/**
 * The keys that step through a deck: one map for the presentation and its speaker-notes window, so
 * a presenter's clicker (Page Up/Down, arrows or Space, by make) or a keyboard drives either window
 * the same way.
 */

/** One slide back or on, or to either end of the deck. */
export type SlideMove = { by: -1 | 1 } | { to: "first" | "last" };

export const SLIDE_KEYS: Readonly<Record<string, SlideMove>> = {
  ArrowRight: { by: 1 },
  ArrowDown: { by: 1 },
  PageDown: { by: 1 },
  " ": { by: 1 },
  ArrowLeft: { by: -1 },
  ArrowUp: { by: -1 },
  PageUp: { by: -1 },
  Home: { to: "first" },
  End: { to: "last" },
};

/** The move a key asks for; own keys only, so a key named like an object's property ("constructor") is no move. */
export function slideMoveForKey(key: string): SlideMove | undefined {
  return Object.hasOwn(SLIDE_KEYS, key) ? SLIDE_KEYS[key] : undefined;
}

/** Where a move from slide `index` (0-based) lands in a deck of `total`: never past either end. */
export function slideAfter(move: SlideMove, index: number, total: number): number {
  const target = "by" in move ? index + move.by : move.to === "first" ? 0 : total - 1;
  return Math.max(0, Math.min(total - 1, target));
}

/** A move read back from a message another window sent: only the shapes above, anything else null. */
export function readSlideMove(message: Record<string, unknown>): SlideMove | null {
  if (message.by === 1 || message.by === -1) return { by: message.by };
  if (message.to === "first" || message.to === "last") return { to: message.to };
  return null;
}
