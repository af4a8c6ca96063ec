import { describe, expect, it } from "vitest";
import { comparePanels, compareTakeaway, survivalCaveat } from "@/lib/charts/compare";
import { datasets } from "@/lib/datasets";

describe("compare two subtypes: words for breast cancer-specific survival", () => {
  const panels = comparePanels(datasets.survival, ["hr-neg-her2-pos", "hr-neg-her2-neg"]);

  it("describes filled icons as people who had not died of breast cancer, not as people alive", () => {
    expect(panels.map((p) => p.description)).toEqual([
      "83 filled circles of 100: people who had not died of breast cancer four years after diagnosis (82.7%).",
      "77 filled circles of 100: people who had not died of breast cancer four years after diagnosis (77.0%).",
    ]);
    expect(panels.map((p) => p.caption)).toEqual([
      "filled: about 83 of 100, who had not died of breast cancer four years after diagnosis; hollow: the other 17.",
      "filled: about 77 of 100, who had not died of breast cancer four years after diagnosis; hollow: the other 23.",
    ]);
  });

  it("never says alive about the four-year measure", () => {
    const text = [
      compareTakeaway(datasets.survival, ["hr-neg-her2-pos", "hr-neg-her2-neg"]),
      ...panels.flatMap((p) => [p.title, p.description, p.caption]),
    ].join(" ");
    expect(text).not.toMatch(/alive/i);
  });
});

describe("the comparison's caveat", () => {
  const lag = "treatment for HER2-positive cancer has improved since then";

  it("says treatment has improved since where a HER2-positive subtype is compared (her2-data.md §6 caveat 3)", () => {
    expect(survivalCaveat(datasets.survival, ["hr-pos-her2-pos", "hr-neg-her2-neg"])).toContain(lag);
    expect(survivalCaveat(datasets.survival, ["hr-neg-her2-neg", "hr-neg-her2-pos"])).toContain(lag);
  });

  it("does not put that HER2-positive caveat under HER2-negative subtypes alone", () => {
    const caveat = survivalCaveat(datasets.survival, ["hr-pos-her2-neg", "hr-pos-her2-neg"]);
    expect(caveat).toBe(
      "These are averages for groups of women diagnosed in 2010–2013, not a prediction for any one person. Each person's outlook depends on stage, grade, age, health and treatment.",
    );
    expect(survivalCaveat(datasets.survival, ["hr-pos-her2-neg", "hr-neg-her2-neg"])).not.toContain("HER2-positive");
  });
});
