/**
 * A `deck` parameter checked as strictly as an image URL: each entry is parsed by the chart's own
 * image parser (parseChartRequest), so a slide draws exactly what that image would. Bad entries are
 * left out with a notice that names their position, never their text.
 */
import type { ChartContent } from "../charts/image-scene";
import { parseChartRequest } from "../export/charts";
import { viewQueryParams } from "../her2/query-string";
import { DECK_MAX_LENGTH, DECK_MAX_SLIDES, splitDeck, splitEntry } from "./deck-url";

export interface DeckSlide {
  /** The entry as written back into the URL (its query re-serialised). */
  entry: string;
  content: ChartContent;
}

export interface DeckReading {
  /** The deck's slides in the given order. */
  slides: DeckSlide[];
  /** Whether these are the link's own slides (the presenter then writes them back into the URL), not the default deck. */
  custom: boolean;
  notices: string[];
}

/**
 * The presentation without a deck of its own: survival by subtype → by stage → compare two →
 * prevalence → one case's testing path. The case is borderline (IHC 2+) and settled by dual-probe
 * ISH (group 1), the path that shows the whole idea of the algorithm; none of the worked examples
 * is settled so. Read like any other deck, so a default slide draws exactly what its image would.
 */
export const DEFAULT_DECK: readonly string[] = [
  "survival",
  "survival?measure=five-year-relative",
  "compare",
  "share-of-cases",
  "testing?ihc=2%2B&ratio=2.5&copies=5.1",
];

function list(numbers: readonly number[]): string {
  if (numbers.length === 1) return String(numbers[0]);
  return `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

function readEntry(text: string): DeckSlide | null {
  const parts = splitEntry(text);
  if (!parts) return null;
  const request = parseChartRequest(`${parts.chart}.svg`, viewQueryParams(parts.query));
  return request.ok ? { entry: parts.entry, content: request.spec() } : null;
}

function readEntries(entries: readonly string[]): { slides: DeckSlide[]; dropped: number[] } {
  const slides: DeckSlide[] = [];
  const dropped: number[] = [];
  entries.forEach((text, i) => {
    const slide = readEntry(text);
    if (slide) slides.push(slide);
    else dropped.push(i + 1);
  });
  return { slides, dropped };
}

function defaultDeck(notices: string[]): DeckReading {
  return { slides: readEntries(DEFAULT_DECK).slides, custom: false, notices };
}

export function readDeck(value: string | string[] | undefined): DeckReading {
  if (value === undefined) return defaultDeck([]);
  const fallback = (notice: string) => defaultDeck([`${notice} The default deck is shown.`]);
  if (Array.isArray(value)) return fallback("The link gives more than one deck.");
  const entries = splitDeck(value);
  if (!entries) return fallback(value.length === 0 ? "The deck is empty." : `The deck is longer than ${DECK_MAX_LENGTH} characters.`);
  const notices: string[] = [];
  if (entries.length > DECK_MAX_SLIDES) notices.push(`A deck holds at most ${DECK_MAX_SLIDES} slides: the first ${DECK_MAX_SLIDES} are shown.`);
  const { slides, dropped } = readEntries(entries.slice(0, DECK_MAX_SLIDES));
  if (slides.length === 0) return fallback("None of the deck's slides could be read.");
  if (dropped.length > 0) {
    const plural = dropped.length > 1;
    notices.push(`Slide${plural ? "s" : ""} ${list(dropped)} of the deck could not be read, so ${plural ? "they were" : "it was"} left out.`);
  }
  return { slides, custom: true, notices };
}
