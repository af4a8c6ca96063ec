// /outcomes says what the model leaves out for HER2-positive cancer beside the result, not only at the
// foot of the page, where a patient on a phone reads it some 4,000 px later.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import OutcomesPage from "@/app/(site)/outcomes/page";
import { EXAMPLE_PATIENT } from "@/lib/charts/outcomes-state";
import { NEWER_HER2_DRUGS } from "@/lib/charts/outcomes-view";
import { sourceFor } from "@/lib/datasets";
import { PREDICT_SOURCE_IDS } from "@/lib/predict/coefficients";

async function renderFor(her2: 0 | 1) {
  const params = Object.fromEntries(Object.entries({ ...EXAMPLE_PATIENT, her2 }).map(([name, value]) => [name, String(value)]));
  render(await OutcomesPage({ searchParams: Promise.resolve(params) }));
}

describe("the HER2 drugs PREDICT leaves out", () => {
  it("are named right after a HER2-positive patient's summary", async () => {
    await renderFor(1);
    const caveat = screen.getByTestId("her2-drugs-caveat");
    expect(caveat).toHaveTextContent(NEWER_HER2_DRUGS);
    expect(screen.getByTestId("patient-summary").nextElementSibling).toBe(caveat);
  });

  it("are not put beside a HER2-negative patient's result (the page's limits still say it)", async () => {
    await renderFor(0);
    expect(screen.queryByTestId("her2-drugs-caveat")).toBeNull();
    expect(screen.getByTestId("model-limits")).toHaveTextContent(NEWER_HER2_DRUGS);
  });
});

describe("the outcomes chart's citation", () => {
  it("names the model's sources in full, as every chart's does", async () => {
    await renderFor(1);
    const cite = screen.getByTestId("cite-text");
    for (const id of PREDICT_SOURCE_IDS) expect(cite).toHaveTextContent(sourceFor(id).citation);
  });
});

describe("every figure on the result says what it measures", () => {
  it("the stacked bars have a heading, and the curves' time axis names its unit", async () => {
    await renderFor(1);
    const bars = screen.getByTestId("outcome-bars");
    expect(bars.parentElement?.querySelector("h3")).toHaveTextContent("Who is alive, and who died, 5, 10 and 15 years after surgery");
    expect(screen.getByTestId("outcome-curves")).toHaveTextContent("Years after surgery");
  });
});
