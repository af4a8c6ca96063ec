import { fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SurvivalSummary } from "@/components/survival/SurvivalSummary";
import { survivalViewRows } from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";

const rows = survivalViewRows(datasets.survival, SURVIVAL_DEFAULTS);
const summary = <SurvivalSummary rows={rows} citations={citationsFor(rows, datasets.sources)} />;

describe("SurvivalSummary (home page)", () => {
  it("has a visible title and a table of exactly the bars' numbers", () => {
    render(summary);
    expect(screen.getByRole("heading", { name: "Four-year breast cancer-specific survival by subtype" })).toBeVisible();
    const bars = screen.getAllByTestId("bar").map((b) => b.querySelector(".chart-value")?.textContent);
    const table = [...screen.getByTestId("figure-table").querySelectorAll("tbody td.num")].map((td) => td.textContent);
    expect(table).toEqual(bars);
    expect(bars).toEqual(["92.5%", "90.3%", "82.7%", "77.0%"]);
  });

  it("the wording switch changes the words, not the numbers, and is not in the JS-off HTML", () => {
    expect(renderToString(summary)).not.toContain('name="wording"');
    render(summary);
    const words = () => screen.getAllByTestId("bar").map((b) => b.getAttribute("aria-label"));
    const plain = words();
    fireEvent.click(screen.getByLabelText("Details"));
    expect(words()).not.toEqual(plain);
    expect(words().map((w) => w?.match(/\d+\.\d%/)?.[0])).toEqual(plain.map((w) => w?.match(/\d+\.\d%/)?.[0]));
    expect((within(document.getElementById("home-survival")!).getByLabelText(/Paste this/) as HTMLTextAreaElement).value).toContain(
      "/embed/survival?wording=details",
    );
  });
});
