import { act, fireEvent, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { AddToDeck } from "@/components/chart/AddToDeck";
import { DECK_MAX_SLIDES, encodeDeck } from "@/lib/present/deck-url";

const DISTANT = "/api/charts/survival?measure=five-year-relative&stage=distant";
const ALONE = "/present?deck=survival%3Fmeasure%3Dfive-year-relative%26stage%3Ddistant";

afterEach(() => window.localStorage.clear());

describe("AddToDeck", () => {
  it("without JavaScript, links to this view alone as a deck (no storage needed)", () => {
    const html = renderToString(<AddToDeck imagePath={DISTANT} title="Five-year" />);
    expect(html).toContain(`href="${ALONE}"`);
    expect(html).not.toContain("Add to deck");
  });

  it("appends the view to the kept deck once, and every control on the page shows the new size", () => {
    window.localStorage.setItem("her2-atlas-deck", "subtypes");
    render(
      <>
        <AddToDeck imagePath={DISTANT} title="Five-year" />
        <AddToDeck imagePath="/api/charts/share-of-cases" title="Share" />
      </>,
    );
    const [first] = screen.getAllByRole("button", { name: /^Add to deck/ });
    act(() => first?.click());
    expect(window.localStorage.getItem("her2-atlas-deck")).toBe("subtypes~survival?measure=five-year-relative&stage=distant");
    expect(screen.getAllByRole("status")[0]).toHaveTextContent("Added as slide 2.");
    for (const link of screen.getAllByRole("link", { name: /Open the deck/ })) {
      expect(link).toHaveTextContent("Open the deck (2 slides)");
      expect(link).toHaveAttribute("href", `/present?deck=subtypes~${encodeURIComponent("survival?measure=five-year-relative&stage=distant")}`);
    }
    act(() => first?.click());
    expect(screen.getAllByRole("status")[0]).toHaveTextContent("already in the deck");
    expect(screen.getAllByRole("link", { name: /Open the deck/ })[0]).toHaveTextContent("(2 slides)");
  });

  it("refuses a slide past the bound", () => {
    window.localStorage.setItem(
      "her2-atlas-deck",
      encodeDeck(Array.from({ length: DECK_MAX_SLIDES }, (_, i) => `subtypes?wording=${i % 2 ? "plain" : "details"}`)),
    );
    render(<AddToDeck imagePath={DISTANT} title="Five-year" />);
    fireEvent.click(screen.getByRole("button", { name: /^Add to deck/ }));
    expect(screen.getByRole("status")).toHaveTextContent(`The deck is full (${DECK_MAX_SLIDES} slides)`);
  });

  it("renders nothing for a path that is not a chart image", () => {
    const { container } = render(<AddToDeck imagePath="/elsewhere" title="x" />);
    expect(container).toBeEmptyDOMElement();
  });
});
