import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PrevalenceExplorer } from "@/components/prevalence/PrevalenceExplorer";
import { PREVALENCE_DEFAULTS, type PrevalenceViewState, parsePrevalenceState } from "@/lib/charts/prevalence-state";
import { datasets } from "@/lib/datasets";
import { explorerRenderer, watchFetch } from "../explorer-router";

const router = vi.hoisted(() => ({ replace: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const explorer = (state: PrevalenceViewState) => <PrevalenceExplorer state={state} rows={[...datasets.prevalence]} sources={[...datasets.sources]} />;

const renderExplorer = explorerRenderer(router, explorer, parsePrevalenceState, PREVALENCE_DEFAULTS);

const frame = (id: string) => document.getElementById(id)!;
const barValues = (id: string) =>
  within(frame(id))
    .queryAllByTestId("bar")
    .map((b) => b.querySelector(".chart-value")?.textContent ?? "Not available");
const tableValues = (id: string) => [...frame(id).querySelectorAll("[data-testid=figure-table] tbody td.num")].map((td) => td.textContent);

describe("PrevalenceExplorer", () => {
  it("renders the figures the server sent and asks the API for nothing", async () => {
    const nothingFetched = watchFetch();
    renderExplorer();
    expect(barValues("share")).toEqual(["69.5%", "9.6%", "4.0%", "10.5%", "6.1%"]);
    expect(
      within(frame("share"))
        .getAllByTestId("bar")
        .filter((b) => b.classList.contains("is-highlight"))
        .map((b) => b.getAttribute("data-id")),
    ).toEqual(["share-2017-2021-hr-pos-her2-pos", "share-2017-2021-hr-neg-her2-pos"]);
    expect(frame("share")).toHaveTextContent("13.6% of all new breast cancers were HER2-positive");
    expect(barValues("incidence")).toEqual(["90.0", "12.4", "5.1", "13.6", "7.9"]);
    expect(barValues("her2-low")).toEqual(["65.5%", "61.0%", "62.8%", "66.1%", "about 60%"]);
    expect(within(frame("by-age")).getAllByTestId("dot")).toHaveLength(75);
    await nothingFetched();
  });

  // her2-data.md §6 caveat 9: 2020 is low because of COVID; both editions' five years include it.
  it("says the incidence editions both include 2020, the year COVID lowered diagnoses", () => {
    renderExplorer();
    expect(frame("incidence")).toHaveTextContent("Both include 2020, when diagnoses fell because of the COVID-19 pandemic.");
  });

  // her2-data.md §6 caveat 12: HER2-low depends on scoring at the IHC 0/1+ boundary, where agreement is poor.
  it("says a HER2-low share depends on the IHC 0 versus 1+ call, which pathologists can read differently", () => {
    renderExplorer();
    expect(screen.getByTestId("her2-low-note")).toHaveTextContent(
      "Telling IHC 0 from 1+ is often a subtle call, and it can differ between pathologists. A HER2-low share therefore depends on how the tumours were scored.",
    );
  });

  it("explains the “15–20%” gap and labels the derived known-subtype share as derived", () => {
    renderExplorer();
    const explainer = screen.getByTestId("share-explainer");
    expect(explainer).toHaveTextContent("“15–20%”");
    expect(explainer).toHaveTextContent("including the 6.1% whose HR or HER2 status was never recorded");
    expect(screen.getByTestId("share-of-known")).toHaveTextContent(
      "it is 14.5% (derived by HER2 Atlas, not printed by SEER: 13.6% ÷ 93.9%, the cases less the 6.1% of unknown status",
    );
  });

  it("every bar chart's table view shows exactly the numbers the chart shows, with CIs where drawn", () => {
    renderExplorer();
    for (const id of ["share", "incidence", "by-race", "her2-low", "median-age"]) {
      expect(tableValues(id)).toEqual(barValues(id));
    }
    expect(within(frame("by-race")).getAllByTestId("bar")[1]!.querySelectorAll(".chart-ci line")).toHaveLength(3);
    expect(frame("by-race").querySelector("[data-testid=figure-table]")).toHaveTextContent("10.0–13.6");
  });

  it("the by-age table matches the chart mark by mark, suppressed cells included", () => {
    renderExplorer();
    const dots = within(frame("by-age")).getAllByTestId("dot");
    const cells = [...frame("by-age").querySelectorAll("[data-testid=age-rate-table] td")];
    for (const dot of dots) {
      const cell = cells.find((td) => td.getAttribute("data-id") === dot.getAttribute("data-id"))!;
      if (dot.getAttribute("data-missing") === "true") {
        expect(cell).toHaveTextContent("Suppressed");
        expect(dot.getAttribute("aria-label")).toMatch(/not available\. Suppressed by SEER: fewer than 16 cases\./);
      } else {
        expect(dot.getAttribute("aria-label")).toContain(`${cell.firstChild?.textContent} new HR+/HER2+ breast cancers per 100,000`);
      }
    }
    expect(dots.filter((d) => d.getAttribute("data-missing") === "true")).toHaveLength(9);
    expect(screen.getByTestId("rate-vs-share")).toHaveTextContent("What is higher in women under 40 is the HER2-positive share");
  });

  it("cites the under-40 (AYA, 15–39) finding to Keegan 2012 and the older-age finding to Howlader 2014", () => {
    renderExplorer();
    const callout = screen.getByTestId("rate-vs-share");
    expect(callout).toHaveTextContent(
      "women aged 15–39 had higher proportions of HR+/HER2+, HR−/HER2+ and triple-negative cancers than older women (Keegan et al., 2012; California, 2005–2009)",
    );
    expect(callout).toHaveTextContent("10% to 30% less likely than women with HR+/HER2− cancer to be diagnosed at older ages (Howlader et al., 2014)");
    expect(within(callout).getByRole("link", { name: "Keegan et al., 2012" })).toHaveAttribute(
      "href",
      "https://breast-cancer-research.biomedcentral.com/articles/10.1186/bcr3156",
    );
    expect(within(callout).getByRole("link", { name: "Howlader et al., 2014" })).toHaveAttribute("href", "https://pmc.ncbi.nlm.nih.gov/articles/PMC4580552");
  });

  it("switching the edition changes the bars and the URL", async () => {
    renderExplorer();
    fireEvent.click(screen.getByLabelText(/2016–2020/));
    expect(barValues("incidence")).toEqual(["87.2", "12.6", "5.1", "13.2", "8.4"]);
    expect(frame("incidence")).toHaveTextContent("SEER Program. Cancer Stat Facts: Female Breast Cancer Subtypes. 2023 edition");
    await waitFor(() => expect(window.location.search).toBe("?period=2016-2020"));
  });

  it("race figures are shown one set at a time, each with its own caveat and download", async () => {
    renderExplorer();
    expect(screen.queryByTestId("ages-20-notice")).toBeNull();
    fireEvent.click(screen.getByLabelText(/Triple-negative, women aged 20 and over/));
    expect(barValues("by-race")).toEqual(["14.7", "14.7", "12.4", "33.8", "17.5", "18.3"]);
    expect(screen.getByTestId("ages-20-notice")).toHaveTextContent("count only women aged 20 and over");
    expect(within(frame("by-race")).getByRole("heading", { level: 2 })).toHaveTextContent("women aged 20 and over");
    expect(within(frame("by-race")).getByRole("link", { name: "JSON" })).toHaveAttribute(
      "href",
      "/api/prevalence?measure=incidence-rate&by=race&subtype=hr-neg-her2-neg&period=2010-2019",
    );
    fireEvent.click(screen.getByLabelText(/Both HER2-positive subtypes, 2022 only/));
    expect(within(frame("by-race")).getAllByTestId("bar")).toHaveLength(11);
    expect(screen.getByTestId("no-all-races")).toHaveTextContent("no all-races rate for HR+/HER2+ in 2022");
    await waitFor(() => expect(window.location.search).toBe("?raceFigures=her2-2022"));
  });

  it("race checkboxes filter the age chart but never empty it", async () => {
    renderExplorer();
    const aian = within(frame("by-age")).getByRole("checkbox", { name: /NH AIAN/ });
    fireEvent.click(aian);
    expect(within(frame("by-age")).getAllByTestId("dot")).toHaveLength(60);
    await waitFor(() => expect(window.location.search).toBe("?races=hispanic%2Cnh-api%2Cnh-black%2Cnh-white"));
    for (const name of ["Hispanic", /^NH API/, /^NH Black/]) fireEvent.click(within(frame("by-age")).getByRole("checkbox", { name }));
    const white = within(frame("by-age")).getByRole("checkbox", { name: /NH White/ });
    fireEvent.click(white);
    expect(white).toBeChecked();
    expect(within(frame("by-age")).getAllByTestId("dot")).toHaveLength(15);
  });

  it("the wording switch changes the words, not the numbers", () => {
    renderExplorer();
    const before = barValues("by-race");
    const sublabels = () => [...frame("share").querySelectorAll(".chart-sublabel")].map((t) => t.textContent);
    expect(sublabels()).toContain("hormone receptor-negative, HER2-positive");
    fireEvent.click(screen.getByLabelText("Details"));
    expect(sublabels()).toEqual([]);
    expect(barValues("by-race")).toEqual(before);
    expect(within(frame("share")).getAllByTestId("bar")[1]).toHaveAttribute("aria-label", expect.stringContaining("SEER 22, diagnosed 2017–2021"));
  });

  it("opens every table when the link says view=table", () => {
    renderExplorer({ ...PREVALENCE_DEFAULTS, view: "table" });
    const details = [...document.querySelectorAll(".chart-tools details.table-view")];
    expect(details).toHaveLength(6);
    for (const d of details) expect(d).toHaveAttribute("open");
  });

  it("offers each chart's Embed snippet, with only the settings that chart reads", () => {
    renderExplorer({ ...PREVALENCE_DEFAULTS, wording: "details", period: "2016-2020", raceFigures: "triple-negative" });
    const src = (id: string) =>
      /<iframe src="[^"]*?(\/embed\/[^"]*)"/.exec((within(frame(id)).getByLabelText(/Paste this into your page/) as HTMLTextAreaElement).value)?.[1];
    // The share chart keeps its first published name, /embed/prevalence.
    expect(src("share")).toBe("/embed/prevalence?wording=details");
    expect(src("incidence")).toBe("/embed/incidence-by-subtype?period=2016-2020&amp;wording=details");
    expect(src("by-race")).toBe("/embed/incidence-by-race?raceFigures=triple-negative&amp;wording=details");
    expect(src("by-age")).toBe("/embed/incidence-by-age?wording=details");
    expect(src("her2-low")).toBe("/embed/her2-low?wording=details");
    expect(src("median-age")).toBe("/embed/median-age?wording=details");
    expect(document.querySelectorAll(".embed-snippet")).toHaveLength(6);
  });

  it("opening one table writes view=table to the URL without springing open the others", async () => {
    renderExplorer();
    const tables = () => [...document.querySelectorAll<HTMLDetailsElement>(".chart-tools details.table-view")];
    const first = tables()[0]!;
    first.open = true;
    fireEvent(first, new Event("toggle"));
    await waitFor(() => expect(window.location.search).toBe("?view=table"));
    expect(tables().map((d) => d.open)).toEqual([true, false, false, false, false, false]);
    first.open = false;
    fireEvent(first, new Event("toggle"));
    await waitFor(() => expect(window.location.search).toBe(""));
  });
});

describe("the by-age chart's downloads", () => {
  const csv = () => new URL(within(frame("by-age")).getByRole("link", { name: "CSV" }).getAttribute("href")!, "http://x").searchParams;

  it("hold the groups the chart shows, and every group when it shows them all", () => {
    renderExplorer({ ...PREVALENCE_DEFAULTS, races: ["nh-black", "hispanic"] });
    expect(csv().get("race")).toBe("nh-black,hispanic");
    expect(csv().get("measure")).toBe("incidence-rate");
  });

  it("name no group when the chart shows them all", () => {
    renderExplorer();
    expect(csv().has("race")).toBe(false);
  });
});

describe("the folded charts", () => {
  const openFolds = (params: Record<string, string>) => {
    render(explorer(parsePrevalenceState(params).state));
    return (screen.getAllByTestId("chart-fold") as HTMLDetailsElement[]).filter((fold) => fold.open).map((fold) => fold.closest("figure")?.id);
  };

  it("start folded on the default view", () => {
    expect(openFolds({})).toEqual([]);
  });

  it.each([
    [{ period: "2016-2020" }, "incidence"],
    [{ raceFigures: "triple-negative" }, "by-race"],
    [{ races: "nh-black,nh-white" }, "by-age"],
  ])("start open where the link set the chart's own settings: %o opens #%s", (params, id) => {
    expect(openFolds(params)).toEqual([id]);
  });
});
