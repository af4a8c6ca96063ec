// @vitest-environment node
import { describe, expect, it } from "vitest";
import { datasets, sourceFor } from "@/lib/datasets";

/** Every CONFIRMED row of reference/her2-therapies.md §1: [row, brand, class, date, populations]. */
const REFERENCE: [number, string, string, string, string[]][] = [
  [1, "Herceptin", "monoclonal-antibody", "1998-09-25", ["her2-positive-metastatic"]],
  [2, "Herceptin", "monoclonal-antibody", "2006-11-16", ["her2-positive-early"]],
  [4, "Tykerb", "tyrosine-kinase-inhibitor", "2007-03-13", ["her2-positive-metastatic"]],
  [6, "Perjeta", "monoclonal-antibody", "2012-06-08", ["her2-positive-metastatic"]],
  [7, "Perjeta", "monoclonal-antibody", "2013-09-30", ["her2-positive-early"]],
  [8, "Perjeta", "monoclonal-antibody", "2017-12-20", ["her2-positive-early"]],
  [9, "Kadcyla", "antibody-drug-conjugate", "2013-02-22", ["her2-positive-metastatic"]],
  [10, "Kadcyla", "antibody-drug-conjugate", "2019-05-03", ["her2-positive-early"]],
  [11, "Nerlynx", "tyrosine-kinase-inhibitor", "2017-07-17", ["her2-positive-early"]],
  [13, "Enhertu", "antibody-drug-conjugate", "2019-12-20", ["her2-positive-metastatic"]],
  [14, "Enhertu", "antibody-drug-conjugate", "2022-05-04", ["her2-positive-metastatic"]],
  [15, "Enhertu", "antibody-drug-conjugate", "2022-08-05", ["her2-low"]],
  [16, "Enhertu", "antibody-drug-conjugate", "2025-01-27", ["her2-low", "her2-ultralow"]],
  [17, "Enhertu (with Perjeta)", "antibody-drug-conjugate", "2025-12-15", ["her2-positive-metastatic"]],
  [18, "Enhertu", "antibody-drug-conjugate", "2026-05-15", ["her2-positive-early"]],
  [19, "Enhertu", "antibody-drug-conjugate", "2026-05-15", ["her2-positive-early"]],
  [20, "Tukysa", "tyrosine-kinase-inhibitor", "2020-04-17", ["her2-positive-metastatic"]],
  [21, "Margenza", "monoclonal-antibody", "2020-12-16", ["her2-positive-metastatic"]],
  [22, "Phesgo", "monoclonal-antibody", "2020-06-29", ["her2-positive-early", "her2-positive-metastatic"]],
  [23, "Herceptin Hylecta", "monoclonal-antibody", "2019-02-28", ["her2-positive-early", "her2-positive-metastatic"]],
];

describe("therapies dataset", () => {
  it("ships exactly the confirmed rows of the reference, each with its date, class and populations", () => {
    const shipped = datasets.therapies.map((r) => [r.brand, r.class, r.approvalDate, r.populations]);
    expect(shipped.sort()).toEqual(REFERENCE.map(([, ...rest]) => rest).sort());
  });

  it("ships no UNCONFIRMED approval (rows 3, 5 and 12 of the reference)", () => {
    const dates = datasets.therapies.map((r) => `${r.brand} ${r.approvalDate}`);
    expect(dates.filter((d) => d.startsWith("Herceptin 2008"))).toEqual([]);
    expect(dates).not.toContain("Tykerb 2010-01-29");
    expect(dates.filter((d) => d.startsWith("Nerlynx 2020"))).toEqual([]);
    expect(datasets.therapies.every((r) => r.status === "confirmed" || r.status === "confirmed-secondary")).toBe(true);
  });

  it("names the pivotal trials the reference names, not the commonly mislabelled ones", () => {
    const trials = (date: string, brand: string) => datasets.therapies.find((r) => r.approvalDate === date && r.brand === brand)?.pivotalTrials;
    expect(trials("2006-11-16", "Herceptin")).toEqual(["NSABP B-31", "NCCTG N9831"]);
    expect(trials("2013-09-30", "Perjeta")).toEqual(["NeoSphere"]);
    expect(trials("2025-01-27", "Enhertu")).toEqual(["DESTINY-Breast06"]);
  });

  it("marks the one approval the reference limits to HR-positive disease (row 16, HER2-low and -ultralow), and no other", () => {
    const limited = datasets.therapies.filter((r) => r.hr !== undefined).map((r) => [r.brand, r.approvalDate, r.hr]);
    expect(limited).toEqual([["Enhertu", "2025-01-27", "positive"]]);
    // Row 15, HER2-low after chemotherapy, covers HR-positive and HR-negative disease alike.
    expect(datasets.therapies.find((r) => r.approvalDate === "2022-08-05")?.hr).toBeUndefined();
  });

  it("every row's source resolves, and the list carries its as-of date", () => {
    for (const row of datasets.therapies) expect(sourceFor(row.sourceId).citation.length).toBeGreaterThan(20);
    expect(datasets.therapiesAsOf.asOf).toBe("2026-05-15");
  });
});
