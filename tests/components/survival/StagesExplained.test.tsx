import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StagesExplained } from "@/components/survival/StagesExplained";
import { datasets } from "@/lib/datasets";

function renderStages() {
  render(<StagesExplained sources={datasets.sources} />);
  return within(screen.getByRole("region", { name: "What “stage” means here" }));
}

describe("StagesExplained", () => {
  it("explains stages I to IV as patients hear them, and de novo stage IV", () => {
    const section = renderStages();
    expect(section.getByRole("heading", { name: /Stages I to IV/ })).toBeInTheDocument();
    expect(section.getByText("Stage IV").nextElementSibling).toHaveTextContent(/spread \(metastasized\) to distant parts of the body/);
    expect(section.getByText("Stages I, II and III").nextElementSibling).toHaveTextContent(/AJCC staging rules.*not restated here/);
    expect(section.getByText("De novo stage IV").nextElementSibling).toHaveTextContent(/at the time of first diagnosis/);
  });

  it("quotes NCI's definitions of the SEER groups word for word (her2-data.md §3)", () => {
    const definitions = within(renderStages().getByTestId("seer-stage-definitions"));
    const definitionOf = (term: string) => definitions.getByText(term).nextElementSibling?.textContent;
    expect(definitionOf("Localized")).toBe("“found only in the breast tissue and has not spread to nearby lymph nodes or other parts of the body”");
    expect(definitionOf("Regional")).toBe("“spread beyond the breast tissue to nearby lymph nodes or organs”");
    expect(definitionOf("Distant")).toBe("“spread, or metastasized … sometimes referred to as stage 4 or metastatic breast cancer”");
  });

  it("says how the systems relate and where they do not (her2-data.md §6, caveat 2)", () => {
    const relations = renderStages().getByTestId("stage-relations");
    expect(relations).toHaveTextContent("Regional is not stage II–III.");
    expect(relations).toHaveTextContent(/distant there counts de novo metastatic cancer only/);
    expect(relations).toHaveTextContent(/None of the three SEER groups is an AJCC stage/);
  });

  it("cites the source of each system, linked", () => {
    const section = renderStages();
    const links = section.getAllByRole("link").map((link) => link.getAttribute("href"));
    expect(links).toEqual(["https://aacrjournals.org/cebp/article/27/6/619/71580/", "https://seer.cancer.gov/statfacts/html/breast-subtypes.html"]);
  });
});
