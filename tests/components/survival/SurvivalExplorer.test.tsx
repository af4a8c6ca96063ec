import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { SWRConfig } from "swr";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SurvivalExplorer } from "@/components/survival/SurvivalExplorer";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";

function renderExplorer(state = SURVIVAL_DEFAULTS) {
  return render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <SurvivalExplorer initialState={state} rows={[...datasets.survival]} sources={[...datasets.sources]} />
    </SWRConfig>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

describe("SurvivalExplorer", () => {
  it("renders the server figures at once, before any fetch returns", () => {
    vi.stubGlobal("fetch", vi.fn(() => new Promise(() => {})));
    renderExplorer();
    const bars = screen.getAllByTestId("bar");
    expect(bars.map((b) => b.querySelector(".chart-value")?.textContent)).toEqual(["92.5%", "90.3%", "82.7%", "77.0%"]);
    expect(screen.getByTestId("stage-iv-callout")).toHaveTextContent("45.5%");
    expect(screen.getByTestId("compare-sentence")).toHaveTextContent("About 83 of 100 people with HR−/HER2+");
  });

  it("switching to five-year relative survival regroups by stage and updates the URL", async () => {
    vi.stubGlobal("fetch", vi.fn(() => new Promise(() => {})));
    renderExplorer();
    fireEvent.click(screen.getByLabelText(/5-year relative survival/));
    expect(screen.getAllByTestId("bar")).toHaveLength(20);
    expect(screen.queryByTestId("stage-iv-callout")).toBeNull();
    await waitFor(() => expect(window.location.search).toBe("?measure=five-year-relative"));
    fireEvent.change(screen.getByLabelText("Stage"), { target: { value: "distant" } });
    expect(screen.getAllByTestId("bar").map((b) => b.querySelector(".chart-value")?.textContent)).toEqual(["34.0%", "45.6%", "39.5%", "12.8%", "17.8%"]);
    await waitFor(() => expect(window.location.search).toBe("?measure=five-year-relative&stage=distant"));
  });

  it("the table view shows exactly the numbers the chart shows", () => {
    vi.stubGlobal("fetch", vi.fn(() => new Promise(() => {})));
    renderExplorer({ ...SURVIVAL_DEFAULTS, measure: "five-year-relative", stage: "regional" });
    const chartValues = screen.getAllByTestId("bar").map((b) => b.querySelector(".chart-value")?.textContent);
    const tableValues = [...screen.getByTestId("figure-table").querySelectorAll("tbody td.num")].map((td) => td.textContent);
    expect(tableValues).toEqual(chartValues);
  });

  it("keeps the published figures and offers a retry when the API fails, then recovers", async () => {
    const payload = { dataset: "survival", data: datasets.survival };
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response("boom", { status: 500 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(payload), { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    renderExplorer();
    expect(await screen.findByTestId("data-error")).toHaveTextContent("answered 500");
    expect(screen.getAllByTestId("bar")).toHaveLength(4);
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.queryByTestId("data-error")).toBeNull());
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["malformed JSON", "{ not json"],
    ["another dataset's envelope", JSON.stringify({ dataset: "prevalence", data: [] })],
    ["a body without rows", JSON.stringify({ dataset: "survival" })],
  ])("treats %s from the API as an error, not as data", async (_, body) => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(body, { status: 200 })));
    renderExplorer();
    expect(await screen.findByTestId("data-error")).toHaveTextContent("unexpected");
    expect(screen.getAllByTestId("bar")).toHaveLength(4);
  });

  it("the comparison follows the chosen pair", () => {
    vi.stubGlobal("fetch", vi.fn(() => new Promise(() => {})));
    renderExplorer();
    fireEvent.change(screen.getByLabelText("First subtype"), { target: { value: "hr-pos-her2-pos" } });
    expect(screen.getByTestId("compare-sentence")).toHaveTextContent("About 90 of 100 people with HR+/HER2+");
    expect(screen.getAllByTestId("icon-array").map((s) => s.getAttribute("data-filled"))).toEqual(["90", "77"]);
  });
});
