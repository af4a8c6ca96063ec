import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import EmbedPage from "@/app/(bare)/embed/[chart]/page";
import { approvalSources, approvalsShown, survivalBands, timelineTakeaway } from "@/lib/charts/therapies";
import { parseTreatmentsState } from "@/lib/charts/therapies-state";
import { datasets } from "@/lib/datasets";
import { shownSurvival } from "@/lib/datasets/queries";
import { HER2_POPULATION_LABELS } from "@/lib/datasets/therapy-dimensions";

/** /embed/treatments as the server renders it for a query string. */
async function renderEmbed(query: string) {
  const searchParams = Promise.resolve(Object.fromEntries(new URLSearchParams(query)));
  return render(await EmbedPage({ params: Promise.resolve({ chart: "treatments" }), searchParams }));
}

const shown = (query: string) => approvalsShown(datasets.therapies, parseTreatmentsState(Object.fromEntries(new URLSearchParams(query))).state);

describe("/embed/treatments", () => {
  it("draws the page's timeline for the link's filters, with its takeaway, key and lag sentence", async () => {
    const query = "population=her2-low,her2-ultralow";
    const approvals = shown(query);
    expect(approvals.length).toBeGreaterThan(0);
    expect(approvals.length).toBeLessThan(datasets.therapies.length);
    const { container } = await renderEmbed(query);
    expect(screen.getAllByTestId("approval-mark")).toHaveLength(approvals.length);
    expect(screen.getAllByTestId("survival-band")).toHaveLength(2);
    expect(container.querySelector(".takeaway")).toHaveTextContent(timelineTakeaway(approvals, survivalBands(shownSurvival(datasets.survival))));
    expect(screen.getByTestId("lag-sentence")).toHaveTextContent("do not show what today’s treatments achieve");
    // No filters in an embed: its key names the populations' markers too, those the view draws.
    const key = screen.getByRole("list", { name: "Key" });
    expect(key).toHaveTextContent(HER2_POPULATION_LABELS["her2-low"]);
    expect(key).toHaveTextContent("HER2-ultralow (HR-positive only)");
    expect(key).not.toHaveTextContent(HER2_POPULATION_LABELS["her2-positive-early"]);
    expect(key).toHaveTextContent("Outline: one approval for both groups");
    expect(screen.queryByTestId("url-notice")).toBeNull();
  });

  it("names its sources: the survival periods in full, the approval dates by count and date, cited on the page it links to", async () => {
    const query = "class=tyrosine-kinase-inhibitor";
    await renderEmbed(query);
    const count = approvalSources(shown(query), datasets.sources).length;
    expect(count).toBeGreaterThan(0);
    // With the date the list is complete to, and what it leaves out, as the page's "Reading this list" says.
    expect(
      screen.getByText(
        `Approval dates: US FDA, to 15 May 2026, ${count} ${count === 1 ? "source" : "sources"} (unconfirmed dates, biosimilars, non-breast uses left out). Each is cited in full on the treatments page.`,
      ),
    ).toBeInTheDocument();
    expect(datasets.therapiesAsOf.asOf).toBe("2026-05-15");
    expect(screen.getByRole("link", { name: "Explore this chart on HER2 Atlas" })).toHaveAttribute("href", `/treatments?${query}`);
  });

  it("says so, beside the default timeline, when a filter value is not one it knows", async () => {
    await renderEmbed("class=vaccine");
    expect(screen.getByTestId("url-notice")).toHaveTextContent("class");
    expect(screen.getAllByTestId("approval-mark")).toHaveLength(datasets.therapies.length);
  });
});
