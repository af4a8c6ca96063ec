import { cleanup, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import EmbedPage from "@/app/(bare)/embed/[chart]/page";
import { EXAMPLE_PATIENT, outcomesSearch } from "@/lib/charts/outcomes-state";
import { NEWER_HER2_DRUGS } from "@/lib/charts/outcomes-view";

/** /embed/outcomes as the server renders it for a query string. */
async function renderEmbed(query: string) {
  const searchParams = Promise.resolve(Object.fromEntries(new URLSearchParams(query)));
  return render(await EmbedPage({ params: Promise.resolve({ chart: "outcomes" }), searchParams }));
}

const EXAMPLE = outcomesSearch(EXAMPLE_PATIENT).slice(1);
// The example patient's 10-year figure (PREDICT v3.2 for EXAMPLE_PATIENT): what a wrong link once showed instead.
const EXAMPLE_FIGURE = "about 83 are alive 10 years";

describe("/embed/outcomes", () => {
  it("shows the patient of a complete, valid link, without a notice", async () => {
    const { container } = await renderEmbed(EXAMPLE);
    expect(container.querySelector(".takeaway")).toHaveTextContent(EXAMPLE_FIGURE);
    expect(screen.queryByTestId("url-notice")).toBeNull();
    expect(screen.getByRole("link", { name: "Explore this chart on HER2 Atlas" })).toHaveAttribute("href", `/outcomes?${EXAMPLE}`);
  });

  it("shows a heart dose above the checked ones with its caution, as the page does beside the result", async () => {
    const { container } = await renderEmbed(outcomesSearch({ ...EXAMPLE_PATIENT, radio: 1, heartGy: 99 }).slice(1));
    expect(container.querySelector(".takeaway")).toHaveTextContent(/alive 10 years/);
    expect(screen.getByTestId("url-notice")).toHaveTextContent(
      "Radiation dose to the heart: 99 Gy is above the doses the model’s results were checked at (0–8 Gy): check the value.",
    );
  });

  it("says the harm the model counts, as the page and the image do", async () => {
    // A 67-year-old with little to gain from radiotherapy and 6 Gy to the heart.
    await renderEmbed("age=67&screen=1&size=12&grade=2&nodes=0&er=1&pr=1&her2=0&ki67=0&generation=0&horm=1&traz=0&bis=1&radio=1&heartGy=6&smoker=1");
    expect(screen.getByTestId("treatment-harms")).toHaveTextContent(/^In this model, radiotherapy lowers the number alive at 10 years by \d+\.\d in 100/);
    cleanup();
    await renderEmbed(EXAMPLE);
    expect(screen.queryByTestId("treatment-harms")).toBeNull();
  });

  it("shows the labelled example when the link gives no patient at all, and links to the page on that example", async () => {
    await renderEmbed("");
    expect(screen.getByTestId("patient-summary")).toHaveTextContent(/^An example:/);
    expect(screen.queryByTestId("url-notice")).toBeNull();
    // The bare page shows an empty form: the way on opens it on the patient the embed shows.
    expect(screen.getByRole("link", { name: "Explore this chart on HER2 Atlas" })).toHaveAttribute("href", `/outcomes?${EXAMPLE}`);
  });

  it("says beside a HER2-positive result what the model leaves out, in the page's words; not for a HER2-negative one", async () => {
    await renderEmbed(EXAMPLE);
    expect(screen.getByTestId("her2-drugs-caveat")).toHaveTextContent(NEWER_HER2_DRUGS);
    cleanup();
    await renderEmbed("");
    expect(screen.getByTestId("her2-drugs-caveat")).toHaveTextContent(NEWER_HER2_DRUGS);
    cleanup();
    await renderEmbed(outcomesSearch({ ...EXAMPLE_PATIENT, her2: 0 }).slice(1));
    expect(screen.getByTestId("patient-summary")).toBeInTheDocument();
    expect(screen.queryByTestId("her2-drugs-caveat")).toBeNull();
  });

  it.each([
    ["an age out of range", EXAMPLE.replace("age=42", "age=9999"), /Age at diagnosis \(age\): Must be from 25 to 85 \(years\)\./],
    ["an age that is not a number", EXAMPLE.replace("age=42", "age=abc"), /Age at diagnosis \(age\): "abc" is not a plain decimal/],
    ["a code the model does not know", EXAMPLE.replace("grade=3", "grade=7"), /Tumour grade \(grade\): Must be one of/],
    [
      "a heart dose without radiotherapy",
      EXAMPLE.replace("radio=1", "radio=0"),
      /Radiation dose to the heart \(heartGy\): Give 0 when there is no radiotherapy/,
    ],
  ])("names what is wrong (%s) and shows no result, never another patient's", async (_, query, notice) => {
    const { container } = await renderEmbed(query);
    expect(screen.getByTestId("url-notice")).toHaveTextContent(notice);
    expect(container).not.toHaveTextContent(EXAMPLE_FIGURE);
    expect(screen.queryByTestId("patient-summary")).toBeNull();
    expect(screen.queryByTestId("outcome-bars")).toBeNull();
    // The way back opens the page on the link's own inputs, where each problem shows beside its field.
    expect(screen.getByRole("link", { name: "Explore this chart on HER2 Atlas" })).toHaveAttribute("href", `/outcomes?${query}`);
  });

  it("names the inputs a partial link leaves out, and shows no result", async () => {
    const { container } = await renderEmbed("her2=1&er=0");
    expect(screen.getByTestId("url-notice")).toHaveTextContent(/leaves out 14 of the 16 inputs/);
    expect(screen.getByTestId("url-notice")).toHaveTextContent(/Age at diagnosis \(age\)/);
    expect(container).not.toHaveTextContent(EXAMPLE_FIGURE);
    expect(screen.queryByTestId("outcome-bars")).toBeNull();
  });
});
