import { describe, expect, it } from "vitest";
import { CHARTS } from "@/lib/charts/registry";
import { DEFAULT_DECK, readDeck } from "@/lib/present/deck";
import { DECK_MAX_LENGTH, DECK_MAX_SLIDES, deckEntryFromImagePath, deckHref, encodeDeck, readKeptDeck } from "@/lib/present/deck-url";

const DISTANT = "survival?measure=five-year-relative&stage=distant";

/** What the `deck` parameter reads as once the browser has decoded the URL. */
function decoded(href: string): string | null {
  return new URL(href, "https://example.org").searchParams.get("deck");
}

describe("deck entries", () => {
  it("are a frame's image path without the API prefix", () => {
    expect(deckEntryFromImagePath("/api/charts/survival?measure=five-year-relative&stage=distant")).toBe(DISTANT);
    expect(deckEntryFromImagePath("/api/charts/subtypes")).toBe("subtypes");
    expect(deckEntryFromImagePath("/elsewhere/survival")).toBeNull();
  });

  it("round-trip through the URL in order, each drawing its own view", () => {
    const entries = [DISTANT, "share-of-cases", "survival?measure=five-year-relative&stage=localized", "testing?ihc=2%2B"];
    const value = decoded(deckHref(entries));
    expect(value).toBe(encodeDeck(entries));
    const { slides, notices } = readDeck(value ?? undefined);
    expect(notices).toEqual([]);
    expect(slides?.map((slide) => slide.entry)).toEqual(entries);
    expect(slides?.[0]?.content.title).toBe(CHARTS.survival.content({ measure: "five-year-relative", stage: "distant" }).title);
    expect(slides?.[0]?.content.takeaway).toBe(CHARTS.survival.content({ measure: "five-year-relative", stage: "distant" }).takeaway);
    expect(slides?.[2]?.content.takeaway).toBe(CHARTS.survival.content({ measure: "five-year-relative", stage: "localized" }).takeaway);
    expect(slides?.[0]?.content.takeaway).not.toBe(slides?.[2]?.content.takeaway);
  });

  it("keep the separators readable in the address", () => {
    expect(deckHref([DISTANT, "subtypes"])).toBe("/present?deck=survival%3Fmeasure%3Dfive-year-relative%26stage%3Ddistant~subtypes");
  });
});

describe("readDeck", () => {
  it("gives the default deck, silently, without a deck parameter: every one of its entries read as a link's would be", () => {
    const { slides, custom, notices } = readDeck(undefined);
    expect(slides.map((slide) => slide.entry)).toEqual(DEFAULT_DECK);
    expect(custom).toBe(false);
    expect(notices).toEqual([]);
    expect(readDeck(encodeDeck(DEFAULT_DECK))).toEqual({ slides, custom: true, notices: [] });
  });

  it("leaves out a bad entry, naming its position and not its text", () => {
    const hostile = '<script>alert("x")</script>';
    const { slides, notices } = readDeck(encodeDeck([DISTANT, "survival?stage=nowhere", hostile, "no-such-chart", "subtypes"]));
    expect(slides?.map((slide) => slide.entry)).toEqual([DISTANT, "subtypes"]);
    expect(notices).toEqual(["Slides 2, 3 and 4 of the deck could not be read, so they were left out."]);
    expect(notices.join(" ")).not.toMatch(/script|nowhere|no-such/);
  });

  it("reads a HER2 case's doubled plus as the testing page and its image do: ihc=2++ is left out, ihc=2%2B kept", () => {
    const { slides, notices } = readDeck(encodeDeck(["testing?ihc=2++", "testing?ihc=2%2B&ratio=2.5&copies=5"]));
    expect(slides?.map((slide) => slide.entry)).toEqual(["testing?ihc=2%2B&ratio=2.5&copies=5"]);
    expect(notices).toEqual(["Slide 1 of the deck could not be read, so it was left out."]);
  });

  it("names a single bad entry in the singular", () => {
    expect(readDeck(encodeDeck(["subtypes", "survival?size=huge"])).notices).toEqual(["Slide 2 of the deck could not be read, so it was left out."]);
  });

  it("falls back to the default deck when nothing in it can be read", () => {
    for (const value of ["<script>alert(1)</script>", "~~", "survival?measure=<b>", "", "../../etc/passwd", "survival?%"]) {
      const { slides, notices } = readDeck(value);
      expect(
        slides.map((slide) => slide.entry),
        value,
      ).toEqual(DEFAULT_DECK);
      expect(notices[0], value).toMatch(/The default deck is shown\.$/);
      expect(notices.join(" ")).not.toContain("<");
    }
    expect(readDeck(["subtypes", "subtypes"]).custom).toBe(false);
  });

  it("holds at most DECK_MAX_SLIDES slides and DECK_MAX_LENGTH characters", () => {
    const many = Array.from({ length: DECK_MAX_SLIDES + 3 }, (_, i) => (i % 2 ? "subtypes" : DISTANT));
    const { slides, notices } = readDeck(encodeDeck(many));
    expect(slides).toHaveLength(DECK_MAX_SLIDES);
    expect(notices).toEqual([`A deck holds at most ${DECK_MAX_SLIDES} slides: the first ${DECK_MAX_SLIDES} are shown.`]);
    const long = readDeck(`subtypes~${"x".repeat(DECK_MAX_LENGTH)}`);
    expect(long.custom).toBe(false);
    expect(long.notices).toEqual([`The deck is longer than ${DECK_MAX_LENGTH} characters. The default deck is shown.`]);
    // An entry over its own bound is dropped without being parsed.
    expect(readDeck(encodeDeck(["subtypes", `survival?wording=${"plain".repeat(100)}`])).notices).toHaveLength(1);
  });
});

describe("readKeptDeck", () => {
  it("reads back what the browser kept, dropping what is not shaped like an entry", () => {
    expect(readKeptDeck(null)).toEqual([]);
    expect(readKeptDeck(encodeDeck([DISTANT, "<img src=x>", "subtypes"]))).toEqual([DISTANT, "subtypes"]);
    expect(readKeptDeck(encodeDeck(Array.from({ length: 30 }, () => "subtypes")))).toHaveLength(DECK_MAX_SLIDES);
  });
});
