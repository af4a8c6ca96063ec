import { fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GlossedText, glossFirstUses } from "@/components/glossary/GlossedText";
import { Term } from "@/components/glossary/Term";
import { glossaryTerm } from "@/lib/glossary/terms";

const loaded = () => screen.findByRole("link", { name: "HER2-low in the glossary" });

const plain = glossaryTerm("her2-low").plain;

function renderTerm() {
  const { container } = render(
    <p>
      Some cancers are <Term id="her2-low">HER2-low</Term>, others not. <a href="/elsewhere">Elsewhere</a>
    </p>,
  );
  const button = screen.getByRole("button", { name: "HER2-low" });
  /** The definition the button controls, while it is open. */
  const definition = () => {
    const id = button.getAttribute("aria-controls");
    return id ? document.getElementById(id) : null;
  };
  return { button, definition, sentence: container.querySelector("p")! };
}

describe("Term without JavaScript (the server's HTML)", () => {
  it("is a plain link to the term's glossary entry, with no disclosure to dead-end on", () => {
    const html = renderToString(<Term id="her2-low">HER2-low</Term>);
    const host = document.createElement("div");
    host.innerHTML = html;
    const link = host.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("/glossary#her2-low");
    expect(link.textContent).toBe("HER2-low");
    expect(link.hasAttribute("role")).toBe(false);
    expect(link.hasAttribute("aria-expanded")).toBe(false);
    expect(host.querySelectorAll("a")).toHaveLength(1);
    expect(host.textContent).toBe("HER2-low");
  });
});

describe("Term once the page is live", () => {
  it("is a collapsed disclosure button that still carries the glossary link, adding no words to its sentence", () => {
    const { button, definition, sentence } = renderTerm();
    expect(button.tagName).toBe("A");
    expect(button).toHaveAttribute("href", "/glossary#her2-low");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).not.toHaveAttribute("aria-controls");
    expect(definition()).toBeNull();
    expect(sentence.textContent).toBe("Some cancers are HER2-low, others not. Elsewhere");
  });

  it("opens and closes with a click, without following the link, showing the plain definition once it has loaded", async () => {
    const { button, definition } = renderTerm();
    expect(fireEvent.click(button)).toBe(false); // default prevented: no navigation
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(definition()).toBeVisible();
    expect(within(definition()!).getByRole("link")).toHaveAttribute("href", "/glossary#her2-low");
    expect(await loaded()).toHaveAttribute("href", "/glossary#her2-low");
    expect(definition()).toHaveTextContent(plain);
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(definition()).toBeNull();
  });

  it("follows the link on a modified click (new tab or window) instead of opening", () => {
    const { button } = renderTerm();
    expect(fireEvent.click(button, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(button, { metaKey: true })).toBe(true);
    expect(fireEvent.click(button, { button: 1 })).toBe(true);
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("toggles with Space as a button does (Enter clicks a link natively), and Space does not scroll the page", () => {
    const { button, definition } = renderTerm();
    button.focus();
    expect(fireEvent.keyDown(button, { key: " " })).toBe(false);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(definition()).toBeVisible();
    fireEvent.keyDown(button, { key: " " });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(fireEvent.keyDown(button, { key: "a" })).toBe(true);
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("closes on Escape from inside its definition, and puts focus back on the term", async () => {
    const { button, definition } = renderTerm();
    fireEvent.click(button);
    const inner = await loaded();
    inner.focus();
    fireEvent.keyDown(inner, { key: "Escape" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(definition()).toBeNull();
    expect(button).toHaveFocus();
  });

  it("closes when the reader taps or clicks elsewhere, not when they use the definition", async () => {
    const { button, definition } = renderTerm();
    fireEvent.click(button);
    await loaded();
    fireEvent.pointerDown(definition()!);
    expect(button).toHaveAttribute("aria-expanded", "true");
    fireEvent.pointerDown(screen.getByRole("link", { name: "Elsewhere" }));
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("closes when keyboard focus moves on past it, not while it moves into the definition", async () => {
    const { button } = renderTerm();
    fireEvent.click(button);
    const inner = await loaded();
    fireEvent.blur(button, { relatedTarget: inner });
    expect(button).toHaveAttribute("aria-expanded", "true");
    fireEvent.blur(inner, { relatedTarget: screen.getByRole("link", { name: "Elsewhere" }) });
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("gives each use its own definition element", () => {
    render(
      <p>
        <Term id="ihc">IHC</Term> and <Term id="ish">ISH</Term>
      </p>,
    );
    const buttons = screen.getAllByRole("button");
    for (const button of buttons) fireEvent.click(button);
    const controls = buttons.map((button) => button.getAttribute("aria-controls"));
    expect(new Set(controls).size).toBe(2);
    for (const id of controls) expect(document.getElementById(id!)).toBeVisible();
  });
});

describe("GlossedText", () => {
  it("links the first use of each named term and leaves the words as they were", () => {
    const text = "HER2-low: IHC 1+, or IHC 2+ with ISH not amplified.";
    const { container } = render(
      <p>
        <GlossedText text={text} terms={["ihc", "ish"]} />
      </p>,
    );
    expect(container.textContent).toBe(text);
    expect(screen.getAllByRole("button").map((b) => [b.textContent, b.getAttribute("href")])).toEqual([
      ["IHC", "/glossary#ihc"],
      ["ISH", "/glossary#ish"],
    ]);
  });

  it("links a phrase a sentence uses for a term when given one", () => {
    render(<GlossedText text="Two different staging systems appear." terms={[{ id: "stage", phrase: "staging systems" }]} />);
    expect(screen.getByRole("button", { name: "staging systems" })).toHaveAttribute("href", "/glossary#stage");
  });
});

describe("glossFirstUses", () => {
  it("links each term once across several texts, at its first use", () => {
    const gloss = glossFirstUses(["her2-negative", "triple-negative"]);
    const { container } = render(
      <ul>
        <li>{gloss("ER-positive, and HER2-negative")}</li>
        <li>{gloss("ER-negative, and HER2-negative")}</li>
        <li>{gloss("This is why it is called triple-negative.")}</li>
      </ul>,
    );
    expect(screen.getAllByRole("button").map((b) => b.getAttribute("href"))).toEqual(["/glossary#her2-negative", "/glossary#triple-negative"]);
    expect(container.querySelectorAll("li")[1]!.querySelector("a")).toBeNull();
  });
});
