import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import HomePage from "@/app/(site)/page";

/** The page's headings in order, as a screen reader's list of headings gives them: level and text. */
function outline(container: HTMLElement): [number, string][] {
  return [...container.querySelectorAll<HTMLElement>("h1, h2, h3, h4")]
    .filter((heading) => !heading.closest("[hidden]"))
    .map((heading) => [Number(heading.tagName[1]), heading.textContent ?? ""]);
}

describe("the home page's outline", () => {
  it("puts the survival chart's title under its section's heading, a level down", () => {
    const { container } = render(<HomePage />);
    const headings = outline(container);
    const section = headings.findIndex(([, text]) => text.startsWith("2. How do outcomes compare?"));
    const chart = headings.findIndex(([, text]) => text === "Four-year breast cancer-specific survival by subtype");
    expect(section).toBeGreaterThanOrEqual(0);
    expect(chart).toBe(section + 1);
    expect(headings[chart]?.[0]).toBe((headings[section]?.[0] ?? 0) + 1);
  });
});

describe("the home page's routes", () => {
  // A patient's question is about one woman, not groups: the outcomes comparison leads to the tool that answers it.
  it("leads from the group figures on outcomes to outcomes for one woman", () => {
    const { getByTestId } = render(<HomePage />);
    const link = getByTestId("home-outcomes-link");
    expect(link.getAttribute("href")).toBe("/outcomes");
    expect(link.textContent).toContain("Outcomes for one woman");
    expect(link.closest("section")?.querySelector("h2")?.textContent).toBe("2. How do outcomes compare?");
  });
});
