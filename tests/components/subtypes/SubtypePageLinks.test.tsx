import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SubtypePageLinks } from "@/components/subtypes/SubtypePageLinks";
import { datasets } from "@/lib/datasets";
import { fourYearSurvival } from "@/lib/datasets/queries";

describe("the subtype cards on /subtypes", () => {
  it("say what their four-year figures are not, under the figures (her2-data.md §6 caveats 3 and 4)", () => {
    render(<SubtypePageLinks fourYear={fourYearSurvival(datasets.survival)} sources={datasets.sources} />);
    expect(screen.getAllByTestId("subtype-page-link")).toHaveLength(4);
    expect(screen.getByTestId("subtype-cards-caveat")).toHaveTextContent(
      "These are averages for groups of women diagnosed in 2010–2013, not a prediction for any one person. Each person's outlook depends on stage, grade, age, health and treatment, and treatment for HER2-positive cancer has improved since then.",
    );
  });
});
