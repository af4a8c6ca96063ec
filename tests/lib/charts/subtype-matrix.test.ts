import { describe, expect, it } from "vitest";
import { matrixTakeaway } from "@/lib/charts/subtype-matrix";
import { datasets } from "@/lib/datasets";
import { shareOfCases } from "@/lib/datasets/queries";

describe("matrixTakeaway", () => {
  it("names the most common subtype and the HER2-positive total from the shares", () => {
    expect(matrixTakeaway(shareOfCases(datasets.prevalence))).toBe(
      "Of all new breast cancers diagnosed in 2017–2021, HR+/HER2− was the most common subtype (69.5%); the two HER2-positive subtypes together were 13.6% (our sum).",
    );
  });

  it("follows the data, and says so when there is none", () => {
    const shares = shareOfCases(datasets.prevalence).map((row) => (row.subtype === "hr-neg-her2-neg" ? { ...row, value: 80 } : row));
    expect(matrixTakeaway(shares)).toContain("HR−/HER2− was the most common subtype (80.0%)");
    expect(matrixTakeaway([])).toBe("Shares of new cases are not available.");
  });
});
