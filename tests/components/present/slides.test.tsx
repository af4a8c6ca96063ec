import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { deckSlides, presentationSlides } from "@/components/present/slides";
import { readDeck } from "@/lib/present/deck";

const look = { theme: "light", origin: "https://her2.example.org" } as const;

/** A slide's picture as the reader sees it: its SVG's words, lines joined. */
function slideText(content: ReactNode): string {
  return render(<div>{content}</div>).container.textContent ?? "";
}

describe("slides", () => {
  it("every default slide's footer names the atlas and its view's address on the public origin", () => {
    const slides = presentationSlides(look);
    expect(slides.map((slide) => slide.id)).toEqual(["survival", "by-stage", "compare", "prevalence", "testing"]);
    for (const slide of slides) {
      const text = slideText(slide.content);
      expect(text).toContain("HER2 Atlas");
      expect(text).toContain("her2.example.org/");
    }
  });

  it("a built deck's slide names its own view: five-year relative survival, distant stage", () => {
    const deck = readDeck("survival?measure=five-year-relative&stage=distant");
    expect(deck.slides).toHaveLength(1);
    const [slide] = deckSlides(deck.slides ?? [], look);
    expect(slideText(slide?.content).replace(/\s+/g, "")).toContain("her2.example.org/survival?measure=five-year-relative&stage=distant");
  });
});
