import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import HomePage from "@/app/(site)/page";
import SubtypesPage from "@/app/(site)/subtypes/page";
import { FigureTable } from "@/components/chart/FigureTable";
import { EMBEDS } from "@/components/embed/embeds";
import { deckSlides } from "@/components/present/slides";
import { PrevalenceExplorer } from "@/components/prevalence/PrevalenceExplorer";
import { SubtypeLink } from "@/components/subtypes/SubtypeLink";
import { StageIvCallout } from "@/components/survival/StageIvCallout";
import { SurvivalExplorer } from "@/components/survival/SurvivalExplorer";
import { PREVALENCE_DEFAULTS } from "@/lib/charts/prevalence-state";
import { stageIvRows } from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import { datasets } from "@/lib/datasets";
import { readDeck } from "@/lib/present/deck";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS, SUBTYPES, subtypePath } from "@/lib/subtypes";

// The explorers ask the router for new views; these tests only read what they first render.
vi.mock("next/navigation", () => ({ useRouter: () => ({ replace: vi.fn() }) }));

const LABELS = new Map(SUBTYPE_CATEGORY_IDS.map((id) => [SUBTYPES[id].label, id]));

/**
 * Every table row header in `root` that names a subtype: the four link to their own page (and only
 * there), "Unknown" stays text. Returns the subtypes found, so a test also sees that rows were checked.
 */
function checkRowHeaders(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const th of root.querySelectorAll<HTMLElement>("th[scope=row]")) {
    const label = [...LABELS.keys()].find((text) => th.textContent?.startsWith(text));
    if (!label) continue;
    const id = LABELS.get(label)!;
    const link = th.querySelector("a");
    if (id === "unknown") expect(link, `${label} has no page`).toBeNull();
    else expect(link?.getAttribute("href"), `${label} row header`).toBe(subtypePath(id));
    found.push(id);
  }
  return found;
}

describe("SubtypeLink", () => {
  it("links each of the four to its page, in place by default, in a new tab from an embed", () => {
    const { rerender } = render(<SubtypeLink id="hr-neg-her2-pos" />);
    const link = screen.getByRole("link", { name: "HR−/HER2+" });
    expect(link).toHaveAttribute("href", "/subtypes/hr-neg-her2-pos");
    expect(link).not.toHaveAttribute("target");
    rerender(<SubtypeLink id="hr-neg-her2-pos" mode="new-tab" />);
    expect(screen.getByRole("link", { name: "HR−/HER2+" })).toHaveAttribute("target", "_blank");
    expect(screen.getByRole("link", { name: "HR−/HER2+" })).toHaveAttribute("rel", "noopener");
  });

  it("leaves the unknown category as text: it has no page", () => {
    const { container } = render(<SubtypeLink id="unknown" />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(container).toHaveTextContent("Unknown");
  });

  it("FigureTable renders a subtype cell as the link, words as words", () => {
    render(
      <FigureTable
        caption="t"
        labelHeaders={["Subtype", "Stage"]}
        valueHeader="v"
        rows={[
          { key: "a", labels: [{ subtype: "hr-pos-her2-pos" }, "Localized"], valueText: "1%", period: "2010" },
          { key: "b", labels: ["Localized", { subtype: "unknown" }], valueText: "2%", period: "2010" },
        ]}
      />,
    );
    const [first, second] = screen.getAllByRole("row").slice(1);
    expect(within(within(first!).getByRole("rowheader")).getByRole("link")).toHaveAttribute("href", "/subtypes/hr-pos-her2-pos");
    expect(within(first!).getAllByRole("cell")[0]).toHaveTextContent("Localized");
    expect(within(second!).queryByRole("link")).toBeNull();
  });
});

describe("subtype labels across the site link to their pages", () => {
  it("the survival page: its table rows, the stage IV callout and the comparison cards", () => {
    render(<SurvivalExplorer state={SURVIVAL_DEFAULTS} rows={[...datasets.survival]} sources={[...datasets.sources]} />);
    const chart = document.getElementById("survival-chart")!;
    // Four-year figures (and the stage IV rows under them) exist for the four subtypes only.
    expect(new Set(checkRowHeaders(within(chart).getByTestId("figure-table")))).toEqual(new Set(SUBTYPE_IDS));
    const callout = screen.getByTestId("stage-iv-callout");
    expect([...callout.querySelectorAll("dt a")].map((a) => a.getAttribute("href"))).toEqual(
      stageIvRows(datasets.survival).map((row) => subtypePath(row.subtype as (typeof SUBTYPE_IDS)[number])),
    );
    const cards = screen.getAllByTestId("compare-card");
    expect(cards.map((card) => card.querySelector("h3 a")?.getAttribute("href"))).toEqual(SURVIVAL_DEFAULTS.compare.map(subtypePath));
  });

  it("the survival table names all five categories, the four as links and Unknown as text", () => {
    render(<SurvivalExplorer state={{ ...SURVIVAL_DEFAULTS, measure: "five-year-relative" }} rows={[...datasets.survival]} sources={[...datasets.sources]} />);
    const found = checkRowHeaders(within(document.getElementById("survival-chart")!).getByTestId("figure-table"));
    expect(new Set(found)).toEqual(new Set(SUBTYPE_CATEGORY_IDS));
  });

  it("the prevalence page's tables", () => {
    render(<PrevalenceExplorer state={PREVALENCE_DEFAULTS} rows={[...datasets.prevalence]} sources={[...datasets.sources]} />);
    for (const frame of ["share", "incidence"]) {
      expect(new Set(checkRowHeaders(document.getElementById(frame)!))).toEqual(new Set(SUBTYPE_CATEGORY_IDS));
    }
  });

  it("the home page's share table", () => {
    render(<HomePage />);
    const table = screen.getByRole("table", { name: /Percent of all new cases by subtype/ });
    expect(new Set(checkRowHeaders(table))).toEqual(new Set(SUBTYPE_CATEGORY_IDS));
  });

  it("the /subtypes overview: a card per page, the matrix, its table and each subtype's card", () => {
    render(<SubtypesPage />);
    const cards = screen.getAllByTestId("subtype-page-link");
    expect(cards.map((card) => within(card).getByRole("link").getAttribute("href"))).toEqual(SUBTYPE_IDS.map(subtypePath));
    for (const [i, id] of SUBTYPE_IDS.entries()) {
      const row = datasets.survival.find((r) => r.subtype === id && r.measure === "four-year-cause-specific" && r.stage === "all")!;
      expect(cards[i]).toHaveTextContent(`${row.value!.toFixed(1)}%`);
      expect(cards[i]).toHaveTextContent(SUBTYPES[id].plainName);
    }
    const matrix = screen.getByTestId("subtype-matrix");
    for (const id of SUBTYPE_IDS) {
      const link = matrix.querySelector(`td[data-subtype="${id}"] .cell-label a`);
      expect(link?.getAttribute("href")).toBe(subtypePath(id));
      expect(link).not.toHaveAttribute("target");
    }
    expect(new Set(checkRowHeaders(within(document.getElementById("matrix")!).getByTestId("figure-table")))).toEqual(new Set(SUBTYPE_CATEGORY_IDS));
    expect(screen.getAllByTestId("subtype-card").map((card) => card.querySelector("h3 a")?.getAttribute("href"))).toEqual(SUBTYPE_IDS.map(subtypePath));
  });

  it("embeds open a subtype's page in a new tab, so the page that frames them stays", () => {
    const { unmount } = render(EMBEDS.subtypes({}).chart);
    const matrixLinks = screen.getAllByRole("link").filter((a) => a.getAttribute("href")?.startsWith("/subtypes/"));
    expect(matrixLinks.map((a) => a.getAttribute("href")).sort()).toEqual(SUBTYPE_IDS.map(subtypePath).sort());
    for (const a of matrixLinks) expect([a.getAttribute("target"), a.getAttribute("rel")]).toEqual(["_blank", "noopener"]);
    unmount();
    render(EMBEDS.compare({}).chart);
    const compareLinks = screen.getAllByRole("link");
    expect(compareLinks).toHaveLength(2);
    for (const a of compareLinks) expect(a).toHaveAttribute("target", "_blank");
  });

  it("a slide names subtypes without links: a click would leave the deck", () => {
    const slide = deckSlides(readDeck("compare").slides, { theme: "light", origin: "https://her2.example.org" })[0]!;
    const { container } = render(slide.content);
    expect(container).toHaveTextContent("HR−/HER2+");
    expect(container).toHaveTextContent("HR−/HER2−");
    expect(container.querySelectorAll("a")).toHaveLength(0);
  });

  it("the stage IV callout on its own", () => {
    render(<StageIvCallout rows={stageIvRows(datasets.survival)} />);
    expect(
      within(screen.getByTestId("stage-iv-callout"))
        .getAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(SUBTYPE_IDS.map(subtypePath));
  });
});
