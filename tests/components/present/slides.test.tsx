import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { deckSlides } from "@/components/present/slides";
import { readDeck } from "@/lib/present/deck";

const look = { theme: "light", origin: "https://her2.example.org" } as const;

/** A slide's picture as the reader sees it: its SVG's words, lines joined. */
function slideText(content: ReactNode): string {
  return render(<div>{content}</div>).container.textContent ?? "";
}

describe("slides", () => {
  it("every default slide's footer names the atlas and its view's address on the public origin", () => {
    const slides = deckSlides(readDeck(undefined).slides, look);
    expect(slides.map((slide) => slide.title)).toEqual([
      "Four-year breast cancer-specific survival by subtype",
      "Five-year relative survival by subtype and stage",
      "Compare two subtypes",
      "Share of all new breast cancers by subtype",
      "How a HER2 test result is read (ASCO/CAP)",
    ]);
    for (const slide of slides) {
      const text = slideText(slide.content);
      expect(text).toContain("HER2 Atlas");
      expect(text).toContain("her2.example.org/");
    }
  });

  it("a built deck's slide names its own view: five-year relative survival, distant stage", () => {
    const deck = readDeck("survival?measure=five-year-relative&stage=distant");
    expect(deck.slides).toHaveLength(1);
    const [slide] = deckSlides(deck.slides, look);
    expect(slideText(slide?.content).replace(/\s+/g, "")).toContain("her2.example.org/survival?measure=five-year-relative&stage=distant");
  });
});
