import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import GlossaryPage from "@/app/(site)/glossary/page";
import { sourceFor } from "@/lib/datasets";
import { GLOSSARY } from "@/lib/glossary/entries";
import { GLOSSARY_TOPICS } from "@/lib/glossary/types";
import { PAGE_LINKS } from "@/lib/pages";

function entryElement(id: string) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no element #${id}`);
  return element;
}

// The whole page, 58 entries, renders in a second or two; a machine under load needs more than 5 s.
describe("/glossary", { timeout: 20_000 }, () => {
  it("gives every entry an anchor with its term as a heading, plain then precise definition", () => {
    render(<GlossaryPage />);
    expect(screen.getAllByTestId("glossary-entry")).toHaveLength(GLOSSARY.length);
    for (const entry of GLOSSARY) {
      const element = entryElement(entry.id);
      const article = within(element);
      // Plain DOM queries where role queries over 58 entries would take jsdom seconds.
      expect(element.tagName).toBe("ARTICLE");
      expect(element.querySelector("h3")).toHaveTextContent(entry.term);
      expect(element.querySelector("h3")!.id).toBe(element.getAttribute("aria-labelledby"));
      expect(article.getByTestId("glossary-plain")).toHaveTextContent(entry.plain);
      expect(article.getByTestId("glossary-precise")).toHaveTextContent(entry.precise.text);
      for (const item of entry.precise.items ?? []) expect(article.getByTestId("glossary-precise")).toHaveTextContent(item);
    }
  });

  it("links the sources of each precise definition", () => {
    render(<GlossaryPage />);
    for (const entry of GLOSSARY) {
      const hrefs = within(entryElement(entry.id)).getByTestId("glossary-precise").querySelectorAll("a");
      const expected = entry.precise.sources.map(sourceFor).flatMap((source) => (source.url ? [source.url] : []));
      expect(
        [...hrefs].map((a) => a.getAttribute("href")),
        entry.id,
      ).toEqual(expected);
    }
  });

  it("links the pages that use each term, named as the navigation names them (a subtype page by its label)", () => {
    render(<GlossaryPage />);
    for (const entry of GLOSSARY) {
      const usedOn = within(entryElement(entry.id)).getByTestId("glossary-used-on");
      const links = [...usedOn.querySelectorAll("a")];
      const expected = PAGE_LINKS.filter((item) => (entry.usedOn as readonly string[]).includes(item.href));
      expect(
        links.map((a) => [a.textContent, a.getAttribute("href")]),
        entry.id,
      ).toEqual(expected.map((item) => [item.label, item.href]));
    }
    expect([...within(entryElement("progression-free-survival")).getByTestId("glossary-used-on").querySelectorAll("a")].map((a) => a.textContent)).toEqual([
      "Trials",
    ]);
    expect([...within(entryElement("hazard-ratio")).getByTestId("glossary-used-on").querySelectorAll("a")].map((a) => a.textContent)).toEqual([
      "Trials",
      "Data & API",
    ]);
    // Every subtype page uses "subtype": each is listed, named by its subtype's label.
    const subtypeUse = [...within(entryElement("subtype")).getByTestId("glossary-used-on").querySelectorAll("a")].map((a) => a.textContent);
    expect(subtypeUse).toEqual(["Overview", "Survival", "How common", "Subtypes", "HR+/HER2−", "HR+/HER2+", "HR−/HER2+", "HR−/HER2−", "Data & API"]);
  });

  it("groups the entries under the topics, each folded to its heading, with an A to Z index of every term", () => {
    const { container } = render(<GlossaryPage />);
    const topics = [...container.querySelectorAll("section.glossary-topic")];
    expect(topics.map((topic) => topic.querySelector("summary h2")?.textContent)).toEqual(Object.values(GLOSSARY_TOPICS));
    for (const topic of topics) {
      const details = topic.querySelector("details")!;
      expect(details.open).toBe(false);
      const count = details.querySelectorAll("[data-testid=glossary-entry]").length;
      expect(count).toBeGreaterThan(0);
      expect(details.querySelector("summary")).toHaveTextContent(`${count} terms`);
    }
    const index = container.querySelector("details.glossary-index")!;
    expect(index.querySelector("summary")).toHaveTextContent(`All ${GLOSSARY.length} terms, A to Z`);
    const targets = [...index.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect([...targets].sort()).toEqual(GLOSSARY.map((entry) => `#${entry.id}`).sort());
  });
});
