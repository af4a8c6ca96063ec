// @vitest-environment node
// A chart's unit line restates its rows' definition: it may shorten it, never add an adjustment
// the source does not name (her2-data.md §4c: the 2022 rates are delay-adjusted, no more is said).
import { describe, expect, it } from "vitest";
import { RACE_FIGURES, RATE_PERIODS } from "@/lib/charts/prevalence-state";
import { ageView, her2LowView, incidenceView, medianAgeView, raceView, shareView } from "@/lib/charts/prevalence-views";
import { SEER_RACE_IDS } from "@/lib/charts/race-style";
import { datasets } from "@/lib/datasets";

const rows = datasets.prevalence;
const wording = "plain";
const VIEWS = [
  ["share of cases", shareView(rows, { wording })],
  ...RATE_PERIODS.map((period) => [`incidence ${period}`, incidenceView(rows, { period, wording })] as const),
  ...RACE_FIGURES.map((raceFigures) => [`race ${raceFigures}`, raceView(rows, { raceFigures, wording })] as const),
  ["age", ageView(rows, { races: [...SEER_RACE_IDS], wording })],
  ["HER2-low", her2LowView(rows, { wording })],
  ["median age", medianAgeView(rows, { wording })],
] as const;
const ADJUSTMENTS = ["age-adjusted", "delay-adjusted", "age-specific"];

describe("a prevalence chart's unit line (the age chart's axis label)", () => {
  it.each(VIEWS)("%s names only the adjustments every one of its rows' definitions names", (_name, view) => {
    expect(view.viewRows.length).toBeGreaterThan(0);
    const unit = "unit" in view ? view.unit : view.yLabel;
    for (const adjustment of ADJUSTMENTS.filter((word) => unit.toLowerCase().includes(word)))
      for (const row of view.viewRows) expect(row.definition.toLowerCase(), `${row.id}: ${unit}`).toContain(adjustment);
  });
});
