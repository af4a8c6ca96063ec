/**
 * A `deck` parameter checked as strictly as an image URL: each entry is parsed by the chart's own
 * image parser (parseChartRequest), so a slide draws exactly what that image would. Bad entries are
 * left out with a notice that names their position, never their text.
 */
import type { ChartContent } from "../charts/image-scene";
import { parseChartRequest } from "../export/charts";
import { DECK_MAX_LENGTH, DECK_MAX_SLIDES, splitDeck, splitEntry } from "./deck-url";

export interface DeckSlide {
  /** The entry as written back into the URL (its query re-serialised). */
  entry: string;
  content: ChartContent;
}

export interface DeckReading {
  /** The deck's slides in the given order; null for the default deck. */
  slides: DeckSlide[] | null;
  notices: string[];
}

function list(numbers: readonly number[]): string {
  if (numbers.length === 1) return String(numbers[0]);
  return `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

function readEntry(text: string): DeckSlide | null {
  const parts = splitEntry(text);
  if (!parts) return null;
  const request = parseChartRequest(`${parts.chart}.svg`, parts.params);
  return request.ok ? { entry: parts.entry, content: request.spec() } : null;
}

export function readDeck(value: string | string[] | undefined): DeckReading {
  if (value === undefined) return { slides: null, notices: [] };
  const fallback = (notice: string): DeckReading => ({ slides: null, notices: [`${notice} The default deck is shown.`] });
  if (Array.isArray(value)) return fallback("The link gives more than one deck.");
  const entries = splitDeck(value);
  if (!entries) return fallback(value.length === 0 ? "The deck is empty." : `The deck is longer than ${DECK_MAX_LENGTH} characters.`);
  const notices: string[] = [];
  if (entries.length > DECK_MAX_SLIDES) notices.push(`A deck holds at most ${DECK_MAX_SLIDES} slides: the first ${DECK_MAX_SLIDES} are shown.`);
  const slides: DeckSlide[] = [];
  const dropped: number[] = [];
  entries.slice(0, DECK_MAX_SLIDES).forEach((text, i) => {
    const slide = readEntry(text);
    if (slide) slides.push(slide);
    else dropped.push(i + 1);
  });
  if (slides.length === 0) return fallback("None of the deck's slides could be read.");
  if (dropped.length > 0) {
    const plural = dropped.length > 1;
    notices.push(`Slide${plural ? "s" : ""} ${list(dropped)} of the deck could not be read, so ${plural ? "they were" : "it was"} left out.`);
  }
  return { slides, notices };
}
