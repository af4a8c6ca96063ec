import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { TreatmentsExplorer } from "@/components/treatments/TreatmentsExplorer";
import { survivalBands } from "@/lib/charts/therapies";
import { parseTreatmentsState, TREATMENTS_DEFAULTS, type TreatmentsViewState } from "@/lib/charts/therapies-state";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import { shownSurvival } from "@/lib/datasets/queries";
import { explorerRenderer, watchFetch } from "../explorer-router";

const router = vi.hoisted(() => ({ replace: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const explorer = (state: TreatmentsViewState) => (
  <TreatmentsExplorer
    state={state}
    rows={[...datasets.therapies]}
    bands={survivalBands(shownSurvival(datasets.survival))}
    bandCitations={citationsFor(datasets.survival, datasets.sources)}
    sources={[...datasets.sources]}
  />
);

const renderExplorer = explorerRenderer(router, explorer, parseTreatmentsState, TREATMENTS_DEFAULTS);

const markIds = () => screen.queryAllByTestId("approval-mark").map((m) => m.getAttribute("data-id"));
const tableIds = () => [...screen.getByTestId("approval-table").querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-id"));

describe("TreatmentsExplorer", () => {
  it("renders every approval at once from the rows the server sent, asks the API for nothing, with the takeaway and the lag sentence", async () => {
    const nothingFetched = watchFetch();
    renderExplorer();
    expect(markIds()).toHaveLength(datasets.therapies.length);
    expect(screen.getByTestId("takeaway")).toHaveTextContent(
      /^20 approvals shown, from Herceptin in 1998 to Enhertu in 2026: 18 for HER2-positive cancer and 2 for HER2-low or HER2-ultralow\. 14 came after 2013/,
    );
    expect(screen.getByTestId("lag-sentence")).toHaveTextContent("Survival figures describe the past");
    await nothingFetched();
  });

  it("the table view lists exactly the approvals the chart shows, in the same order, with the full indication", () => {
    renderExplorer({ ...TREATMENTS_DEFAULTS, populations: ["her2-positive-early"] });
    expect(tableIds()).toEqual(markIds());
    const row = screen.getByTestId("approval-table").querySelector("[data-id='approval-2019-05-03-kadcyla-10']")!;
    expect(row).toHaveTextContent("Adjuvant treatment of HER2-positive early breast cancer with residual invasive disease");
    expect(within(screen.getByTestId("band-table")).getAllByRole("row")).toHaveLength(3);
  });

  it("filters by class: the lane goes, the URL, downloads and sources follow", async () => {
    renderExplorer();
    const sourceCount = () => Number(screen.getByTestId("approval-sources-count").textContent?.match(/\d+/)?.[0]);
    const allSources = sourceCount();
    expect(screen.getByTestId("cite-text")).toHaveTextContent("Tukysa");
    fireEvent.click(screen.getByLabelText("Tyrosine kinase inhibitors"));
    const tki = datasets.therapies.filter((row) => row.class === "tyrosine-kinase-inhibitor");
    expect(markIds()).toHaveLength(datasets.therapies.length - tki.length);
    expect(screen.getAllByTestId("timeline-lane").map((lane) => lane.getAttribute("data-class"))).toEqual(["monoclonal-antibody", "antibody-drug-conjugate"]);
    await waitFor(() => expect(window.location.search).toBe("?class=monoclonal-antibody%2Cantibody-drug-conjugate"));
    expect(screen.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/api/therapies?class=monoclonal-antibody%2Cantibody-drug-conjugate&format=csv");
    expect(screen.getByTestId("cite-text")).not.toHaveTextContent("Tukysa");
    expect(sourceCount()).toBeLessThan(allSources);
    expect(tableIds()).toEqual(markIds());
  });

  it("filters by population: an empty lane says so, and the takeaway counts only what is shown", async () => {
    renderExplorer();
    for (const label of ["HER2-positive, early stage", "HER2-positive, metastatic", "HER2-ultralow"]) fireEvent.click(screen.getByLabelText(label));
    expect(markIds()).toEqual(["approval-2022-08-05-enhertu-15", "approval-2025-01-27-enhertu-16"]);
    expect(screen.getAllByText("None for the HER2 populations chosen")).toHaveLength(2);
    expect(screen.getByTestId("takeaway")).toHaveTextContent(/^2 approvals shown, from Enhertu in 2022 to Enhertu in 2025\./);
    await waitFor(() => expect(window.location.search).toBe("?population=her2-low"));
  });

  it("a population box that hides nothing says why, under the timeline", () => {
    renderExplorer();
    const before = markIds();
    expect(screen.queryByTestId("population-still-shown")).toBeNull();
    fireEvent.click(screen.getByLabelText("HER2-ultralow"));
    expect(markIds()).toEqual(before);
    expect(screen.getByTestId("population-still-shown")).toHaveTextContent("Every approval for HER2-ultralow also covers a population still ticked");
  });

  it("opens the table view from the URL", () => {
    renderExplorer({ ...TREATMENTS_DEFAULTS, view: "table" });
    expect(screen.getByText("Show the approvals as a table").closest("details")).toHaveAttribute("open");
  });

  it("the wording switch rewords each approval (trials only in details) and keeps brand, date and populations; it lives in the URL", async () => {
    renderExplorer();
    const enhertu = () =>
      screen
        .getAllByTestId("approval-mark")
        .find((m) => m.getAttribute("data-id") === "approval-2019-12-20-enhertu-13")!
        .getAttribute("aria-label");
    expect(enhertu()).toMatch(
      /^Enhertu \(fam-trastuzumab deruxtecan, T-DXd\), 20 Dec 2019: HER2-positive, metastatic \(after two or more anti-HER2 regimens\)\. An accelerated approval: granted on early evidence/,
    );
    expect(enhertu()).not.toContain("DESTINY-Breast01");
    fireEvent.click(screen.getByLabelText("Details"));
    expect(enhertu()).toMatch(
      /^Enhertu \(fam-trastuzumab deruxtecan, T-DXd\), 20 Dec 2019: HER2-positive, metastatic \(after two or more anti-HER2 regimens\)\. Pivotal trial: DESTINY-Breast01.*Accelerated approval\.$/,
    );
    await waitFor(() => expect(window.location.search).toBe("?wording=details"));
    // The image and the downloads do not depend on the wording.
    expect(screen.getByRole("link", { name: "JSON" })).toHaveAttribute("href", "/api/therapies");
    expect(screen.getByRole("link", { name: "SVG" }).getAttribute("href")).not.toContain("wording");
  });

  it("opening the table writes view=table to the URL", async () => {
    renderExplorer();
    const details = screen.getByText("Show the approvals as a table").closest("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    await waitFor(() => expect(window.location.search).toBe("?view=table"));
  });
});
