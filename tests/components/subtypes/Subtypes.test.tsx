import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import SubtypesPage from "@/app/(site)/subtypes/page";
import { Her2LowDefinitions } from "@/components/subtypes/Her2LowDefinitions";
import { SubtypeCards } from "@/components/subtypes/SubtypeCards";
import { SubtypeMatrix } from "@/components/subtypes/SubtypeMatrix";
import { subtypeFor } from "@/lib/charts/subtype-matrix";
import { datasets, sourceFor } from "@/lib/datasets";
import { SUBTYPES } from "@/lib/subtypes";

const SUBTYPES_PLAIN = SUBTYPES["hr-pos-her2-pos"].plainName;

import { shareOfCases } from "@/lib/datasets/queries";

const { subtypes, definitions } = datasets.subtypes;
const sources = datasets.sources;

describe("SubtypeMatrix", () => {
  function setup() {
    render(<SubtypeMatrix shares={shareOfCases(datasets.prevalence)} definitions={subtypes} sources={sources} />);
    return screen.getByTestId("subtype-matrix");
  }

  it("puts each subtype in its HR row and HER2 column, with its label, plain name, marker and share", () => {
    const table = setup();
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((th) => th.textContent);
    expect(headers).toEqual(["HER2-positive", "HER2-negative"]);
    const rows = within(table).getAllByRole("row").slice(1);
    const cellsOf = (row: HTMLElement) =>
      within(row)
        .getAllByRole("cell")
        .map((td) => [td.getAttribute("data-subtype"), td.querySelector(".cell-label")?.textContent, td.querySelector(".cell-share")?.textContent]);
    expect(within(rows[0]!).getByRole("rowheader")).toHaveTextContent("HR-positiveER+ and/or PR+");
    expect(cellsOf(rows[0]!)).toEqual([
      ["hr-pos-her2-pos", "HR+/HER2+", "9.6% of new cases"],
      ["hr-pos-her2-neg", "HR+/HER2−", "69.5% of new cases"],
    ]);
    expect(within(rows[1]!).getByRole("rowheader")).toHaveTextContent("HR-negativeER− and PR−");
    expect(cellsOf(rows[1]!)).toEqual([
      ["hr-neg-her2-pos", "HR−/HER2+", "4.0% of new cases"],
      ["hr-neg-her2-neg", "HR−/HER2−", "10.5% of new cases"],
    ]);
    const tn = table.querySelector("[data-subtype=hr-neg-her2-neg]")!;
    expect(tn).toHaveTextContent("triple-negative");
    expect(tn).toHaveStyle({ borderTopColor: "var(--subtype-hr-neg-her2-neg)" });
    expect(tn.querySelector("svg[data-marker=triangle]")).not.toBeNull();
  });

  it("accounts for the unknown-status cases outside the grid and cites the source", () => {
    setup();
    expect(screen.getByText(/The other 6\.1% had unknown HR or HER2 status and fit no cell\./)).toBeInTheDocument();
    expect(screen.getByText(/Diagnosed 2017–2021; SEER 22\./)).toBeInTheDocument();
  });

  it("finds the subtype for each HR × HER2 combination from the one subtype config", () => {
    expect(subtypeFor("positive", "positive")).toBe("hr-pos-her2-pos");
    expect(subtypeFor("negative", "negative")).toBe("hr-neg-her2-neg");
  });
});

describe("SubtypeCards", () => {
  it("marks intrinsic subtype names as approximations and common names as other names", () => {
    render(<SubtypeCards definitions={subtypes} sources={sources} />);
    const cards = screen.getAllByTestId("subtype-card");
    expect(cards.map((c) => c.id)).toEqual(["hr-pos-her2-neg", "hr-pos-her2-pos", "hr-neg-her2-pos", "hr-neg-her2-neg"]);
    const aliases = screen.getAllByTestId("intrinsic-alias");
    expect(aliases.map((a) => a.querySelector(".alias-approx")?.textContent)).toEqual(["≈ Luminal A", "≈ Luminal B", "≈ HER2-enriched"]);
    for (const alias of aliases) expect(alias).toHaveTextContent("not the same group");
    expect(within(cards[0]!).getByText("Roughly matches (approximation only)")).toBeInTheDocument();
    expect(within(cards[3]!).queryByTestId("intrinsic-alias")).toBeNull();
    expect(within(cards[3]!).getByText("Also called").nextElementSibling).toHaveTextContent("Triple negative");
    expect(cards[1]).toHaveTextContent("ER-positive and/or PR-positive, and HER2-positive");
  });

  it("cites each source once: the 2024 definitions and the 2023 edition for the aliases", () => {
    render(<SubtypeCards definitions={subtypes} sources={sources} />);
    const cited = [...document.querySelectorAll(".definition-source")].map((p) => p.textContent);
    expect(cited).toHaveLength(2);
    expect(cited[0]).toContain("2024 edition");
    expect(cited[1]).toContain("2023 edition");
  });
});

describe("Her2LowDefinitions", () => {
  function renderDefinitions() {
    render(
      <Her2LowDefinitions
        her2Low={definitions.her2Low!}
        her2Ultralow={definitions.her2Ultralow!}
        approval={definitions.her2LowUltralowApproval!}
        premature={definitions.newCategoriesPremature!}
        sources={sources}
      />,
    );
  }

  it("defines HER2-low and -ultralow from the data and carries the ASCO–CAP 2023 note", () => {
    renderDefinitions();
    const list = screen.getByTestId("her2-low-definitions");
    expect(list).toHaveTextContent("IHC 1+, or IHC 2+ with ISH not amplified");
    expect(list).toHaveTextContent("not an ASCO–CAP result category");
    expect(screen.getByTestId("premature-note")).toHaveTextContent("premature to create new result categories");
    expect(screen.getByTestId("premature-note")).toHaveTextContent("Wolff AC");
    expect(screen.getByRole("link", { name: /How common HER2-low is/ })).toHaveAttribute("href", "/prevalence#her2-low");
  });

  it("states the ultralow rule where ultralow is defined, citing the consensus that words it (her2-testing.md §1.2)", () => {
    renderDefinitions();
    const ultralow = screen.getByText("HER2-ultralow", { selector: "dt" }).nextElementSibling!;
    // > 0 and ≤ 10 %: faint staining in 10 % of cells is still IHC 0 (ultralow), in 11 % it is 1+ (§1.1).
    expect(ultralow).toHaveTextContent("IHC 0 with faint, incomplete membrane staining in >0% to ≤10% of tumor cells.");
    expect(ultralow.querySelector(".definition-source")).toHaveTextContent("Rakha EA");
  });

  it("says the HER2-low/-ultralow approval in HR-positive disease follows endocrine therapy, in the label's words (her2-therapies.md row 16)", () => {
    renderDefinitions();
    const approval = screen.getByTestId("her2-low-approval");
    expect(approval).toHaveTextContent("In HR-positive disease");
    expect(approval).toHaveTextContent("progressed on one or more endocrine therapies in the metastatic setting");
    expect(approval.nextElementSibling).toHaveTextContent(sourceFor("fda-2025-her2ultralow").citation);
  });
});

describe("/subtypes matrix frame", () => {
  it("has a takeaway, a table of exactly the shares shown, one source line, downloads, cite and embed", () => {
    render(<SubtypesPage />);
    const frame = document.getElementById("matrix")!;
    expect(within(frame).getByRole("heading", { level: 2 })).toHaveTextContent("How HR and HER2 status combine");
    expect(within(frame).getByTestId("takeaway")).toHaveTextContent("HR+/HER2− was the most common subtype (69.5%)");
    const shown = [...frame.querySelectorAll(".cell-share strong")].map((s) => s.textContent);
    const table = [...within(frame).getByTestId("figure-table").querySelectorAll("tbody td.num")].map((td) => td.textContent);
    expect(table.slice(0, -1).sort()).toEqual([...shown].sort());
    // The fifth row is the unknown-status share the note under the grid prints.
    expect(within(frame).getByText(/fit no cell/)).toHaveTextContent(table.at(-1)!);
    expect(frame.querySelectorAll(".source-line p")).toHaveLength(1);
    expect(within(frame).getByRole("link", { name: "JSON" })).toHaveAttribute("download", "prevalence.json");
    expect(within(frame).getByText("Cite this chart")).toBeInTheDocument();
    expect((within(frame).getByLabelText(/Paste this into your page/) as HTMLTextAreaElement).value).toContain('/embed/subtypes"');
  });

  it("the wording switch gives each cell its receptor rule in place of its plain name, with the same shares", () => {
    render(<SubtypesPage />);
    const frame = document.getElementById("matrix")!;
    const cell = () => frame.querySelector('td[data-subtype="hr-pos-her2-pos"]')!;
    const shares = () => [...frame.querySelectorAll(".cell-share")].map((s) => s.textContent);
    const before = shares();
    expect(cell().querySelector(".cell-plain")).toHaveTextContent(SUBTYPES_PLAIN);
    fireEvent.click(within(frame).getByLabelText("Details"));
    expect(cell().querySelector(".cell-plain")).toHaveTextContent("ER-positive and/or PR-positive, and HER2-positive");
    expect(shares()).toEqual(before);
  });
});
