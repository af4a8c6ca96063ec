import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SurvivalExplorer } from "@/components/survival/SurvivalExplorer";
import { parseSurvivalState, SURVIVAL_DEFAULTS, type SurvivalViewState } from "@/lib/charts/survival-state";
import { datasets } from "@/lib/datasets";
import { explorerRenderer, watchFetch } from "../explorer-router";

const router = vi.hoisted(() => ({ replace: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const explorer = (state: SurvivalViewState) => <SurvivalExplorer state={state} rows={[...datasets.survival]} sources={[...datasets.sources]} />;

const renderExplorer = explorerRenderer(router, explorer, parseSurvivalState, SURVIVAL_DEFAULTS);

const chartFrame = () => document.getElementById("survival-chart")!;

describe("SurvivalExplorer", () => {
  it("renders the figures the server sent and asks the API for nothing", async () => {
    const nothingFetched = watchFetch();
    renderExplorer();
    const bars = screen.getAllByTestId("bar");
    expect(bars.map((b) => b.querySelector(".chart-value")?.textContent)).toEqual(["92.5%", "90.3%", "82.7%", "77.0%"]);
    expect(screen.getByTestId("stage-iv-callout")).toHaveTextContent("45.5%");
    expect(screen.getByTestId("compare-sentence")).toHaveTextContent("About 83 of 100 people with HR−/HER2+");
    await nothingFetched();
  });

  it("tells a screen reader the new takeaway when a control changes the view: the takeaway is a polite live region kept in place", async () => {
    renderExplorer();
    const takeaway = within(chartFrame()).getByTestId("takeaway");
    expect(takeaway).toHaveAttribute("aria-live", "polite");
    const before = takeaway.textContent;
    fireEvent.click(screen.getByLabelText(/5-year relative survival/));
    await waitFor(() => expect(takeaway.textContent).not.toBe(before));
    expect(within(chartFrame()).getByTestId("takeaway")).toBe(takeaway);
  });

  it("shows the stage list, disabled for the four-year measure, at what its figures cover: all stages combined", async () => {
    renderExplorer();
    const stage = screen.getByLabelText("Stage") as HTMLSelectElement;
    await waitFor(() => expect(stage).toBeDisabled());
    expect(stage.selectedOptions[0]?.textContent).toBe("All stages, combined");
    fireEvent.click(screen.getByLabelText(/5-year relative survival/));
    await waitFor(() => expect(stage).toBeEnabled());
    expect(stage.value).toBe("every");
  });

  it("switching to five-year relative survival regroups by stage and updates the URL", async () => {
    renderExplorer();
    fireEvent.click(screen.getByLabelText(/5-year relative survival/));
    expect(screen.getAllByTestId("bar")).toHaveLength(20);
    expect(screen.queryByTestId("stage-iv-callout")).toBeNull();
    await waitFor(() => expect(window.location.search).toBe("?measure=five-year-relative"));
    // A panel per stage, or the one figure for all stages together: the two first choices say which.
    expect(screen.getByRole("option", { name: "Each stage, side by side" })).toHaveProperty("selected", true);
    expect(screen.getByRole("option", { name: "All stages, combined" })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Stage"), { target: { value: "distant" } });
    expect(screen.getAllByTestId("bar").map((b) => b.querySelector(".chart-value")?.textContent)).toEqual(["34.0%", "45.6%", "39.5%", "12.8%", "17.8%"]);
    await waitFor(() => expect(window.location.search).toBe("?measure=five-year-relative&stage=distant"));
  });

  it("the table view shows exactly the numbers the chart shows", () => {
    renderExplorer({ ...SURVIVAL_DEFAULTS, measure: "five-year-relative", stage: "regional" });
    const chartValues = screen.getAllByTestId("bar").map((b) => b.querySelector(".chart-value")?.textContent);
    const tableValues = [...within(chartFrame()).getByTestId("figure-table").querySelectorAll("tbody td.num")].map((td) => td.textContent);
    expect(tableValues).toEqual(chartValues);
  });

  it("four-year view: the table and the downloads hold the bars and the stage IV callout, for the selected subtypes only", () => {
    renderExplorer({ ...SURVIVAL_DEFAULTS, subtypes: ["hr-pos-her2-pos", "hr-neg-her2-pos"] });
    const frame = chartFrame();
    const cells = [...within(frame).getByTestId("figure-table").querySelectorAll("tbody tr")].map((tr) =>
      [...tr.children].slice(0, 3).map((c) => c.textContent),
    );
    expect(cells).toEqual([
      ["HR+/HER2+", "All stages", "90.3%"],
      ["HR−/HER2+", "All stages", "82.7%"],
      ["HR+/HER2+", "De novo stage IV (AJCC)", "45.5%"],
      ["HR−/HER2+", "De novo stage IV (AJCC)", "Not available"],
    ]);
    expect(within(frame).getByTestId("figure-table")).toHaveTextContent("full stage table was not available");
    const csv = new URL(within(frame).getByRole("link", { name: "CSV" }).getAttribute("href")!, "http://x");
    expect(Object.fromEntries(csv.searchParams)).toEqual({
      measure: "four-year-cause-specific",
      stage: "all,stage-iv",
      subtype: "hr-pos-her2-pos,hr-neg-her2-pos",
      period: "2010-2013",
      format: "csv",
    });
    expect(within(frame).getByRole("link", { name: "JSON" })).toHaveAttribute("download", "survival.json");
  });

  it("a selection that matches no figure says so and why, and cites nothing rather than an empty source", () => {
    renderExplorer({ ...SURVIVAL_DEFAULTS, subtypes: ["unknown"] });
    expect(within(chartFrame()).getByTestId("takeaway")).toHaveTextContent("No figures match this selection.");
    expect(within(chartFrame()).getByTestId("absent-subtype")).toHaveTextContent("filled it in by multiple imputation (several plausible values");
    expect(within(chartFrame()).queryByTestId("source-note")).toBeNull();
  });

  it("the stage IV sentence follows the selection", () => {
    renderExplorer();
    expect(screen.getByTestId("stage-iv-sentence")).toHaveTextContent("higher for HR+/HER2+ (45.5%) than for HR+/HER2− (35.9%)");
    fireEvent.click(within(chartFrame()).getByLabelText("HR+/HER2−"));
    expect(screen.getByTestId("stage-iv-sentence")).toHaveTextContent("was 45.5% for HR+/HER2+.");
    fireEvent.click(within(chartFrame()).getByLabelText("HR+/HER2+"));
    expect(screen.queryByTestId("stage-iv-sentence")).toBeNull();
    expect(screen.getByTestId("stage-iv-callout")).toHaveTextContent("Not available*");
    expect(screen.getByTestId("stage-iv-reason")).toHaveTextContent("full stage table was not available");
  });

  it("opening the table writes view=table to the URL, and the form carries it for the JS-off reload", async () => {
    const { container } = renderExplorer();
    const details = within(chartFrame()).getByText("Show the numbers as a table").closest("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    await waitFor(() => expect(window.location.search).toBe("?view=table"));
    expect(container.querySelector("form input[type=hidden][name=view]")).toHaveAttribute("value", "table");
  });

  it("the comparison follows the chosen pair", () => {
    renderExplorer();
    fireEvent.change(screen.getByLabelText("First subtype"), { target: { value: "hr-pos-her2-pos" } });
    expect(screen.getByTestId("compare-sentence")).toHaveTextContent("About 90 of 100 people with HR+/HER2+");
    expect(screen.getAllByTestId("icon-array").map((s) => s.getAttribute("data-filled"))).toEqual(["90", "77"]);
  });

  it("neither compare select offers the other's subtype, so the pair is never one subtype twice", async () => {
    renderExplorer();
    const options = (label: string) => [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => o.value);
    expect(options("First subtype")).toEqual(["hr-pos-her2-neg", "hr-pos-her2-pos", "hr-neg-her2-pos"]);
    expect(options("Second subtype")).toEqual(["hr-pos-her2-neg", "hr-pos-her2-pos", "hr-neg-her2-neg"]);
    fireEvent.change(screen.getByLabelText("Second subtype"), { target: { value: "hr-pos-her2-pos" } });
    expect(options("First subtype")).not.toContain("hr-pos-her2-pos");
    await waitFor(() => expect(window.location.search).toBe("?compare=hr-neg-her2-pos%2Chr-pos-her2-pos"));
  });

  it("the comparison sits in the shared frame: table, source, downloads, cite and embed for the pair shown", () => {
    renderExplorer({ ...SURVIVAL_DEFAULTS, compare: ["hr-pos-her2-pos", "hr-neg-her2-neg"] });
    const frame = document.getElementById("compare")!;
    expect(within(frame).getByTestId("takeaway")).toHaveTextContent("About 90 of 100 people with HR+/HER2+");
    const cells = [...within(frame).getByTestId("figure-table").querySelectorAll("tbody tr")].map((tr) =>
      [...tr.children].slice(0, 3).map((c) => c.textContent),
    );
    expect(cells).toEqual([
      ["HR+/HER2+", "about 90", "90.3%"],
      ["HR−/HER2−", "about 77", "77.0%"],
    ]);
    expect(within(frame).getByTestId("source-note")).toHaveTextContent(
      "Howlader et al., 2018, diagnosed 2010–2013, SEER (registry set not stated in the abstract).",
    );
    const csv = new URL(within(frame).getByRole("link", { name: "CSV" }).getAttribute("href")!, "http://x");
    expect(csv.searchParams.get("subtype")).toBe("hr-pos-her2-pos,hr-neg-her2-neg");
    expect(within(frame).getByText("Cite this chart")).toBeInTheDocument();
    expect((within(frame).getByLabelText(/Paste this into your page/) as HTMLTextAreaElement).value).toContain(
      "/embed/compare?compare=hr-pos-her2-pos%2Chr-neg-her2-neg",
    );
  });

  it("the wording switch rewords the comparison but keeps its numbers", () => {
    renderExplorer();
    const frame = document.getElementById("compare")!;
    const numbers = () =>
      within(frame)
        .getAllByTestId("compare-card")
        .map((card) => card.textContent?.match(/\d+\.\d%/)?.[0]);
    const plain = within(frame)
      .getAllByTestId("compare-card")
      .map((card) => card.textContent);
    expect(numbers()).toEqual(["82.7%", "77.0%"]);
    fireEvent.click(screen.getByLabelText("Details"));
    expect(
      within(frame)
        .getAllByTestId("compare-card")
        .map((card) => card.textContent),
    ).not.toEqual(plain);
    expect(numbers()).toEqual(["82.7%", "77.0%"]);
    expect(within(frame).getAllByTestId("compare-card")[0]).toHaveTextContent("4-year breast cancer-specific survival 82.7%");
  });
});
