import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import EmbedPage from "@/app/(bare)/embed/[chart]/page";

/** /embed/<chart> as the server renders it for a query string. */
async function renderEmbed(chart: string, query = "") {
  const searchParams = Promise.resolve(Object.fromEntries(new URLSearchParams(query)));
  return render(await EmbedPage({ params: Promise.resolve({ chart }), searchParams }));
}

const explore = () => screen.getByRole("link", { name: "Explore this chart on HER2 Atlas" }).getAttribute("href");

describe("the prevalence page's charts, embedded", () => {
  it("incidence by subtype: the edition the link names, and how to read two editions (2020 included)", async () => {
    const { container } = await renderEmbed("incidence-by-subtype", "period=2016-2020");
    expect(container.querySelector("h1")).toHaveTextContent("New cases per 100,000 women by subtype, 2016–2020");
    expect(container).toHaveTextContent("2016–2020");
    expect(container).toHaveTextContent("Both include 2020, when diagnoses fell because of the COVID-19 pandemic.");
    expect(explore()).toBe("/prevalence?period=2016-2020#incidence");
  });

  it("incidence by race: a study's rates for women 20 and over carry the page's warning, under the chart", async () => {
    await renderEmbed("incidence-by-race", "raceFigures=triple-negative");
    expect(screen.getByTestId("ages-20-notice")).toHaveTextContent("count only women aged 20 and over");
    expect(explore()).toBe("/prevalence?raceFigures=triple-negative#by-race");
  });

  it("incidence by age: says a rate is not a share, its links opening a new tab", async () => {
    await renderEmbed("incidence-by-age");
    const callout = screen.getByTestId("rate-vs-share");
    expect(callout).toHaveTextContent("Rate is not share");
    // Under the embed's h1 (on the page, under the chart's h2): no heading level skipped.
    expect(screen.getByRole("heading", { level: 2, name: "Rate is not share" })).toBeInTheDocument();
    for (const link of callout.querySelectorAll("a")) expect(link).toHaveAttribute("target", "_blank");
  });

  it("HER2-low: what HER2-low is and is not, and that SEER does not record it", async () => {
    await renderEmbed("her2-low");
    expect(screen.getByTestId("her2-low-note")).toHaveTextContent("do not record whether a HER2-negative tumour scored IHC 0 or 1+");
    expect(screen.getByRole("heading", { level: 2, name: "What “HER2-low” is — and is not" })).toBeInTheDocument();
    expect(explore()).toBe("/prevalence#her2-low");
  });

  it("median age: the page's bars, and a wording it does not know named in a notice", async () => {
    await renderEmbed("median-age", "wording=loud");
    expect(screen.getByTestId("url-notice")).toHaveTextContent("wording");
    expect(document.querySelectorAll("[data-id]").length).toBeGreaterThan(0);
  });
});
