import { cleanup, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ResultCard } from "@/components/flow/ResultCard";
import { datasets, sourceFor } from "@/lib/datasets";
import { classifyHer2, parseHer2Fields } from "@/lib/her2";
import { GROUP_2_RECOUNT_CAVEAT } from "@/lib/her2/report-wording";

function renderCard(fields: Record<string, string>) {
  const parsed = parseHer2Fields(fields);
  if (!parsed.ok) throw new Error(parsed.error.message);
  render(<ResultCard data={datasets} outcome={{ kind: "classified", classification: classifyHer2(parsed.input) }} />);
  return screen.getByTestId("result-card");
}

const citedIds = () => [...screen.getByTestId("result-sources").querySelectorAll("li")].map((li) => li.getAttribute("data-source"));

describe("result card: treatment text and its citations", () => {
  it("HER2-positive names the newest approvals from the therapies dataset, and cites them", () => {
    const card = renderCard({ ihc: "3+" });
    const latest = within(screen.getByTestId("latest-approvals"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(latest).toEqual([
      expect.stringMatching(/^Enhertu \(with Perjeta\) \(15 Dec 2025\): First-line treatment of unresectable or metastatic HER2-positive/),
      expect.stringMatching(/^Enhertu \(15 May 2026\): Neoadjuvant T-DXd/),
      expect.stringMatching(/^Enhertu \(15 May 2026\): Adjuvant T-DXd/),
    ]);
    expect(card).not.toHaveTextContent("after a prior anti-HER2-based regimen");
    expect(citedIds()).toEqual([
      "asco-cap-2018",
      "asco-cap-2023",
      "asco-cap-2018-pocket",
      "perjeta-label",
      "fda-approval-2025-enhertu-first-line",
      "fda-approval-2026-enhertu-early",
    ]);
  });

  it("HER2-low cites B-47, DESTINY-Breast04/06 and both FDA approvals, with each citation's text and link", () => {
    renderCard({ ihc: "1+" });
    expect(citedIds()).toEqual(
      expect.arrayContaining(["asco-cap-2018-jop-summary", "modi-2022-db04", "bardia-2024-db06", "fda-2022-her2low", "fda-2025-her2ultralow"]),
    );
    const item = screen.getByTestId("result-sources").querySelector('[data-source="asco-cap-2018-jop-summary"]');
    expect(item).toHaveTextContent(sourceFor("asco-cap-2018-jop-summary").citation);
    expect(item?.querySelector("a")).toHaveAttribute("href", "https://doi.org/10.1200/JOP.18.00206");
  });

  it("a pending result cites the guideline figures only, and lists no approvals", () => {
    renderCard({ ihc: "2+" });
    expect(citedIds()).toEqual(["asco-cap-2018", "asco-cap-2023", "asco-cap-2018-pocket"]);
    expect(screen.queryByTestId("latest-approvals")).toBeNull();
  });
});

describe("result card: a report wording not confirmed for the path", () => {
  it("says so beside the wording after group 2's recount, and not after group 3's", () => {
    renderCard({ ihc: "2+", ratio: "2.0", copies: "3.99" });
    expect(screen.getByTestId("report-caveat")).toHaveTextContent(GROUP_2_RECOUNT_CAVEAT.step);
    cleanup();
    renderCard({ ihc: "2+", ratio: "1.99", copies: "6.0" });
    expect(screen.queryByTestId("report-caveat")).toBeNull();
  });
});
