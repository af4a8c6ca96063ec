import { describe, expect, it } from "vitest";
import { populationsStillShown, stillShownSentence } from "@/lib/charts/population-filter";
import { TREATMENTS_DEFAULTS } from "@/lib/charts/therapies-state";
import { datasets } from "@/lib/datasets";

const rows = datasets.therapies;
const without = (...populations: string[]) => ({
  ...TREATMENTS_DEFAULTS,
  populations: TREATMENTS_DEFAULTS.populations.filter((p) => !populations.includes(p)),
});

describe("populationsStillShown: an unticked population that hides nothing", () => {
  it("HER2-ultralow: its one approval also covers HER2-low, so unticking it alone hides nothing", () => {
    const ultralow = rows.filter((row) => row.populations.includes("her2-ultralow"));
    expect(ultralow.length).toBeGreaterThan(0);
    expect(ultralow.every((row) => row.populations.includes("her2-low"))).toBe(true);
    expect(populationsStillShown(rows, without("her2-ultralow"))).toEqual(["her2-ultralow"]);
    expect(stillShownSentence(["her2-ultralow"])).toBe("Every approval for HER2-ultralow also covers a population still ticked, so unticking it hides none.");
  });

  it("nothing to say when every population is ticked, or when unticking hides approvals", () => {
    expect(populationsStillShown(rows, TREATMENTS_DEFAULTS)).toEqual([]);
    expect(populationsStillShown(rows, without("her2-positive-metastatic"))).toEqual([]);
    expect(stillShownSentence([])).toBeNull();
  });

  it("once HER2-low is unticked too, the ultralow approval goes and nothing is said", () => {
    expect(populationsStillShown(rows, without("her2-ultralow", "her2-low"))).toEqual([]);
  });

  it("follows the classes shown: with no drug conjugates drawn, ultralow has no approval to keep", () => {
    const noConjugates = { ...without("her2-ultralow"), classes: TREATMENTS_DEFAULTS.classes.filter((c) => c !== "antibody-drug-conjugate") };
    expect(populationsStillShown(rows, noConjugates)).toEqual([]);
  });
});
