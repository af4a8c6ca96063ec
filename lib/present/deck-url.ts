/**
 * A deck of chart views in one URL parameter: `/present?deck=<entry>~<entry>…`, each entry a chart's
 * id and its query ("survival?measure=five-year-relative&stage=distant"). No server keeps a deck: the
 * URL is the deck, so it is bounded here and every entry is checked on the server (lib/present/deck).
 * Kept apart from that check so client components can use it without the datasets.
 */

export const DECK_MAX_SLIDES = 20;
/** The whole `deck` value (decoded): twenty ordinary views fit with room to spare. */
export const DECK_MAX_LENGTH = 4000;
export const DECK_ENTRY_MAX_LENGTH = 400;
/** A query serialised by URLSearchParams never holds a raw "~" (it is written %7E), so it can separate entries. */
const SEPARATOR = "~";
const IMAGE_PREFIX = "/api/charts/";
const ENTRY = /^([a-z0-9-]+)(?:\?([^~]*))?$/;

/** "survival" + "measure=…" → "survival?measure=…", the query in URLSearchParams' own serialisation. */
function entry(chart: string, query: string): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${chart}?${search}` : chart;
}

/** An entry split into its chart id and raw query, or null when it is not shaped like one (or too long). */
export function splitEntry(text: string): { chart: string; query: string; entry: string } | null {
  if (text.length > DECK_ENTRY_MAX_LENGTH) return null;
  const match = ENTRY.exec(text);
  if (!match?.[1]) return null;
  const query = match[2] ?? "";
  return { chart: match[1], query, entry: entry(match[1], query) };
}

/** A frame's image path ("/api/charts/survival?measure=…") → its deck entry, the one source of the view. */
export function deckEntryFromImagePath(imagePath: string): string | null {
  if (!imagePath.startsWith(IMAGE_PREFIX)) return null;
  return splitEntry(imagePath.slice(IMAGE_PREFIX.length))?.entry ?? null;
}

export function encodeDeck(entries: readonly string[]): string {
  return entries.join(SEPARATOR);
}

/** The deck value's entries in order, unchecked; an over-long value has none (the caller says so). */
export function splitDeck(value: string): string[] | null {
  if (value.length === 0 || value.length > DECK_MAX_LENGTH) return null;
  return value.split(SEPARATOR);
}

export function deckHref(entries: readonly string[]): string {
  // encodeURIComponent leaves "~" as it is, so the separators stay readable in the address bar.
  return `/present?deck=${encodeURIComponent(encodeDeck(entries))}`;
}

/** A deck kept in the browser, read back: only well-formed entries, at most DECK_MAX_SLIDES (the server checks the rest). */
export function readKeptDeck(value: string | null): string[] {
  const entries = value ? (splitDeck(value) ?? []) : [];
  return entries
    .map((text) => splitEntry(text)?.entry)
    .filter((text): text is string => text !== undefined)
    .slice(0, DECK_MAX_SLIDES);
}
