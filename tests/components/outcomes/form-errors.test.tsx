/**
 * After a submit, /outcomes is a new page: the form lands the reader on its answer (the result, or
 * the list of answers to fix, each a link to its field), and the title says when there are errors.
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import OutcomesPage, { generateMetadata } from "@/app/(site)/outcomes/page";
import { EXAMPLE_PATIENT, outcomesSearch } from "@/lib/charts/outcomes-state";

const searchParams = (query: string) => Promise.resolve(Object.fromEntries(new URLSearchParams(query)));
const WRONG = outcomesSearch(EXAMPLE_PATIENT).slice(1).replace("age=42", "age=10").replace("size=25", "size=abc");

describe("/outcomes after a submit", () => {
  it("sends the form to the page's answer", async () => {
    render(await OutcomesPage({ searchParams: searchParams("") }));
    expect(screen.getByTestId("outcomes-form").getAttribute("action")).toBe("/outcomes#answer");
  });

  it("lands on the result when the answers are right", async () => {
    render(await OutcomesPage({ searchParams: searchParams(outcomesSearch(EXAMPLE_PATIENT).slice(1)) }));
    expect(document.getElementById("answer")).toContainElement(screen.getByTestId("patient-summary"));
  });

  it("lands on the answers to fix, each a link to its field, and names the error in the title", async () => {
    render(await OutcomesPage({ searchParams: searchParams(WRONG) }));
    const summary = screen.getByTestId("form-errors");
    expect(summary.id).toBe("answer");
    const links = within(summary).getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["#predict-age", "#predict-size"]);
    expect(links[0]).toHaveTextContent(/^Age at diagnosis: /);
    for (const link of links) expect(document.getElementById(link.getAttribute("href")!.slice(1))).toHaveAttribute("aria-invalid", "true");
    expect((await generateMetadata({ searchParams: searchParams(WRONG) })).title).toBe("Error: Outcomes for women like me");
    expect((await generateMetadata({ searchParams: searchParams("") })).title).toBe("Outcomes for women like me");
  });

  it("names the fields left empty in one line, each a link, after the wrong values and their messages", async () => {
    const query = WRONG.replace(/ki67=[^&]*/, "ki67=").replace(/grade=[^&]*/, "grade=");
    render(await OutcomesPage({ searchParams: searchParams(query) }));
    const summary = screen.getByTestId("form-errors");
    expect(summary).toHaveTextContent("4 answers need a look");
    expect(
      within(summary)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/^Age at diagnosis: Must be/), expect.stringMatching(/^Invasive tumour size: /)]);
    const empty = screen.getByTestId("form-errors-empty");
    expect(empty).toHaveTextContent("Not answered yet: Tumour grade, Ki-67 status.");
    expect(
      within(empty)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual(["#predict-grade", "#predict-ki67"]);
    expect(summary).not.toHaveTextContent("Required:");
  });
});
