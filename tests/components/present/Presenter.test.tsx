import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Presenter } from "@/components/present/Presenter";
import { deckSlides } from "@/components/present/slides";
import { readDeck } from "@/lib/present/deck";
import { encodeDeck } from "@/lib/present/deck-url";
import { SLIDE_KEYS, slideAfter } from "@/lib/present/slide-keys";

const KEY = "her2-atlas-deck";
const LINKED = ["survival?measure=five-year-relative&stage=distant", "share-of-cases"];
const look = { theme: "light", origin: "https://her2.example.org" } as const;

/** /present?deck=<entries> as the page renders it: the server-checked slides and their entries. */
function present(entries: readonly string[]) {
  const value = encodeDeck(entries);
  window.history.replaceState(null, "", `/present?deck=${encodeURIComponent(value)}`);
  const deck = readDeck(value);
  render(<Presenter slides={deckSlides(deck.slides, look)} initial={0} theme="light" deck={deck.slides.map((slide) => slide.entry)} />);
}

/** A deck of three, shown from its middle slide: every key has somewhere to go. */
function presentMiddleOfThree() {
  const deck = readDeck(encodeDeck(["survival", "share-of-cases", "compare"]));
  render(<Presenter slides={deckSlides(deck.slides, look)} initial={1} theme="light" deck={deck.slides.map((slide) => slide.entry)} />);
}

function removeFirstSlide() {
  fireEvent.click(screen.getByText(/^Edit deck/));
  fireEvent.click(screen.getByRole("button", { name: "Remove: slide 1" }));
}

const urlDeck = () => new URL(window.location.href).searchParams.get("deck");

afterEach(() => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
});

describe("Presenter's deck editor", () => {
  it.each([
    ["a deck of its own", "survival"],
    ["no deck yet", null],
  ])("edits a linked deck in the address only, in a browser with %s: what it kept is left as it was", (_, kept) => {
    if (kept) window.localStorage.setItem(KEY, kept);
    present(LINKED);
    removeFirstSlide();
    expect(urlDeck()).toBe("share-of-cases");
    expect(window.localStorage.getItem(KEY)).toBe(kept);
  });

  it("keeps a linked deck as the viewer's own only when asked, replacing the one kept before", () => {
    window.localStorage.setItem(KEY, "survival");
    present(LINKED);
    removeFirstSlide();
    act(() => screen.getByRole("button", { name: /^Keep as my deck/ }).click());
    expect(window.localStorage.getItem(KEY)).toBe("share-of-cases");
    // Kept: it is now the viewer's own deck, so the button goes and later edits are kept too.
    expect(screen.queryByRole("button", { name: /^Keep as my deck/ })).toBeNull();
    expect(screen.getByTestId("deck-kept")).toHaveTextContent("This is the deck kept in this browser");
    expect(screen.getByTestId("deck-kept")).toHaveFocus();
  });

  it("edits the viewer's own deck (opened from 'Open the deck') in the address and the kept deck alike", () => {
    window.localStorage.setItem(KEY, encodeDeck(LINKED));
    present(LINKED);
    expect(screen.queryByRole("button", { name: /^Keep as my deck/ })).toBeNull();
    removeFirstSlide();
    expect(urlDeck()).toBe("share-of-cases");
    expect(window.localStorage.getItem(KEY)).toBe("share-of-cases");
  });
});

describe("Presenter's keys", () => {
  it.each(Object.entries(SLIDE_KEYS))("%j moves the deck as the notes window's does", (key, move) => {
    presentMiddleOfThree();
    fireEvent.keyDown(window, { key });
    expect(screen.getByTestId("slide-position")).toHaveTextContent(`${slideAfter(move, 1, 3) + 1} / 3`);
  });

  it("follows the notes window's moves, to either end included", () => {
    const opened: { onmessage: ((event: { data: unknown }) => void) | null }[] = [];
    vi.stubGlobal(
      "BroadcastChannel",
      class {
        onmessage: ((event: { data: unknown }) => void) | null = null;
        constructor() {
          opened.push(this);
        }
        postMessage() {}
        close() {}
      },
    );
    presentMiddleOfThree();
    const hear = (move: unknown) => act(() => opened.at(-1)?.onmessage?.({ data: { type: "go", move } }));
    hear({ to: "last" });
    expect(screen.getByTestId("slide-position")).toHaveTextContent("3 / 3");
    hear({ to: "first" });
    expect(screen.getByTestId("slide-position")).toHaveTextContent("1 / 3");
    hear({ by: 1 });
    expect(screen.getByTestId("slide-position")).toHaveTextContent("2 / 3");
  });
});

describe("Presenter's way out", () => {
  it("leaves to the view on the slide shown, on the atlas, and follows the slide", () => {
    present(LINKED);
    const leave = () => screen.getByRole("link", { name: "Leave presentation" }).getAttribute("href");
    expect(leave()).toBe("/survival?measure=five-year-relative&stage=distant");
    fireEvent.keyDown(window, { key: "ArrowRight" });
    expect(leave()).toBe("/prevalence");
  });
});

describe("Presenter's deck editor by keyboard", () => {
  it("keeps focus in the editor when a removal leaves one slide: on that slide, whose own buttons cannot act", () => {
    present(LINKED);
    fireEvent.click(screen.getByText(/^Edit deck/));
    act(() => screen.getByRole("button", { name: "Remove: slide 1" }).click());
    const [only] = screen.getAllByTestId("deck-item");
    expect(within(only!).getByRole("button", { name: "Remove: slide 1" })).toBeDisabled();
    expect(document.activeElement).not.toBe(document.body);
    expect(only).toContainElement(document.activeElement as HTMLElement);
  });
});

describe("Presenter's deck editor tells two views of one chart apart", () => {
  it("names each slide's view under its title", () => {
    present(["treatments", "treatments?class=antibody-drug-conjugate"]);
    fireEvent.click(screen.getByText(/^Edit deck/));
    const [all, filtered] = screen.getAllByTestId("deck-item");
    expect(all?.textContent).toContain("/treatments");
    expect(filtered?.textContent).toContain("/treatments?class=antibody-drug-conjugate");
    expect(all?.textContent).not.toContain("class=");
  });
});

describe("a slide whose view matches no figure", () => {
  it("shows the slide with its reason instead of failing the deck", () => {
    present(["survival?subtypes=unknown", "share-of-cases"]);
    expect(screen.getAllByTestId("slide")[0]?.textContent).toContain(
      "No figures match this selection. Unknown: Where receptor status was missing, Howlader et al. filled it in by multiple imputation",
    );
  });
});

/** A button pressed as a mouse presses it: the click focuses the button first. */
function clickFocused(name: string): HTMLElement {
  const button = screen.getByRole("button", { name });
  button.focus();
  fireEvent.click(button);
  return button;
}

describe("the slide buttons", () => {
  it("keep the focus at the last and first slide: unavailable there, and going past the end does nothing", () => {
    present(LINKED);
    const next = clickFocused("Next →");
    expect(screen.getByTestId("slide-position")).toHaveTextContent("2 / 2");
    expect(next).toHaveAttribute("aria-disabled", "true");
    expect(next).not.toBeDisabled();
    expect(next).toHaveFocus();
    fireEvent.click(next);
    expect(screen.getByTestId("slide-position")).toHaveTextContent("2 / 2");
    const previous = screen.getByRole("button", { name: "← Previous" });
    expect(previous).toHaveAttribute("aria-disabled", "false");
    fireEvent.click(previous);
    expect(previous).toHaveAttribute("aria-disabled", "true");
  });
});

describe("the full-screen button", () => {
  it("hands the focus to the slides, so Space then steps the deck instead of pressing the button again", () => {
    present(LINKED);
    const button = clickFocused("Full screen (F)");
    expect(button).not.toHaveFocus();
    expect(screen.getByTestId("slideshow-stage")).toHaveFocus();
    fireEvent.keyDown(document.activeElement ?? window, { key: " " });
    expect(screen.getByTestId("slide-position")).toHaveTextContent("2 / 2");
    fireEvent.keyDown(document.activeElement ?? window, { key: "ArrowLeft" });
    expect(screen.getByTestId("slide-position")).toHaveTextContent("1 / 2");
  });
});
