import { scaleUtc, utcYear } from "d3";
import { describe, expect, it } from "vitest";
import {
  approvalSources,
  approvalsShown,
  approvalTableRows,
  BANDS_HEADING,
  bandTableRows,
  describeApproval,
  isAcceleratedApproval,
  survivalBands,
  timelineTakeaway,
} from "@/lib/charts/therapies";
import { TREATMENTS_DEFAULTS } from "@/lib/charts/therapies-state";
import { layoutTimeline, markExtent, TIMELINE_LAYOUT, type TimelineLayout } from "@/lib/charts/timeline-layout";
import { datasets } from "@/lib/datasets";
import { shownSurvival } from "@/lib/datasets/queries";
import type { SurvivalRow, TherapyRow } from "@/lib/datasets/schemas";
import { DRUG_CLASSES, type DrugClass } from "@/lib/datasets/therapy-dimensions";

const all = approvalsShown(datasets.therapies, TREATMENTS_DEFAULTS);
const bands = survivalBands(shownSurvival(datasets.survival));
const layout = layoutTimeline(all, bands, DRUG_CLASSES);
const year = (row: TherapyRow) => Number(row.approvalDate.slice(0, 4));
const byId = (id: string) => datasets.therapies.find((row) => row.id === id) as TherapyRow;

/** Widths from the narrowest phone to a wide desktop chart. */
const WIDTHS = [TIMELINE_LAYOUT.referenceWidth, 343, 600, 1088];

function laneOf(result: TimelineLayout, y: number): DrugClass | undefined {
  return result.lanes.find((lane) => y > lane.top + TIMELINE_LAYOUT.laneHeaderHeight && y < lane.bottom)?.drugClass;
}

describe("which approvals a view shows", () => {
  it("shows every approval by default, oldest first", () => {
    expect(all).toHaveLength(datasets.therapies.length);
    const dates = all.map((row) => row.approvalDate);
    expect(dates).toEqual([...dates].sort());
  });

  it("filters by class and by population, an approval matching when it covers any population chosen", () => {
    const ultralow = approvalsShown(datasets.therapies, { classes: [...DRUG_CLASSES], populations: ["her2-ultralow"] });
    expect(ultralow.map((row) => row.id)).toEqual(datasets.therapies.filter((row) => row.populations.includes("her2-ultralow")).map((row) => row.id));
    expect(ultralow[0]?.populations).toEqual(["her2-low", "her2-ultralow"]);
    const pills = approvalsShown(datasets.therapies, { classes: ["tyrosine-kinase-inhibitor"], populations: ["her2-positive-metastatic"] });
    expect(pills.map((row) => row.brand)).toEqual(["Tykerb", "Tukysa"]);
  });
});

describe("timeline layout", () => {
  it("places every approval exactly once, in its own class lane", () => {
    expect(layout.marks.map((m) => m.row.id)).toEqual(all.map((row) => row.id));
    expect(new Set(layout.marks.map((m) => m.row.id)).size).toBe(all.length);
    for (const mark of layout.marks) expect(laneOf(layout, mark.y)).toBe(mark.row.class);
    expect(layout.lanes.map((lane) => lane.drugClass)).toEqual([...DRUG_CLASSES]);
  });

  it("puts a mark at its approval date on a time axis in percent of the width", () => {
    const first = layout.marks[0]!;
    const last = layout.marks.at(-1)!;
    expect(first.xPct).toBeGreaterThan(TIMELINE_LAYOUT.plotStartPct);
    expect(last.xPct).toBeLessThan(TIMELINE_LAYOUT.plotEndPct);
    const xs = layout.marks.map((m) => m.xPct);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.ticks.map((t) => t.year)).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
  });

  it("places marks, bands and ticks where d3's scaleUtc would", () => {
    const years = layout.ticks.map((t) => t.year);
    const x = scaleUtc()
      .domain([new Date(Date.UTC(1998, 0, 1)), new Date(Date.UTC(2027, 0, 1))])
      .range([TIMELINE_LAYOUT.plotStartPct, TIMELINE_LAYOUT.plotEndPct]);
    for (const mark of layout.marks) expect(mark.xPct).toBeCloseTo(x(new Date(`${mark.row.approvalDate}T00:00:00Z`)), 9);
    for (const tick of layout.ticks) expect(tick.xPct).toBeCloseTo(x(new Date(Date.UTC(tick.year, 0, 1))), 9);
    expect(years).toEqual(x.ticks(utcYear.every(5)!).map((d) => d.getUTCFullYear()));
    for (const placed of layout.bands) expect(placed.xPct).toBeCloseTo(x(new Date(Date.UTC(placed.band.startYear, 0, 1))), 9);
  });

  it.each(WIDTHS)("no two marks or labels overlap, and none leaves the chart, at %i px", (width) => {
    for (const lane of layout.lanes) {
      const marks = layout.marks.filter((m) => m.row.class === lane.drugClass);
      for (const mark of marks) {
        const [lo, hi] = markExtent(mark, width);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(width);
      }
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) {
          if (a.y !== b.y) continue;
          const [aLo, aHi] = markExtent(a, width);
          const [bLo, bHi] = markExtent(b, width);
          expect(aHi <= bLo || bHi <= aLo, `${a.row.id} and ${b.row.id} overlap at ${width}px`).toBe(true);
        }
      }
    }
  });

  it("stacks approvals on the same date on separate rows of their lane", () => {
    const sameDay = layout.marks.filter((m) => m.row.approvalDate === "2026-05-15");
    expect(sameDay).toHaveLength(2);
    expect(sameDay[0]!.xPct).toBe(sameDay[1]!.xPct);
    expect(sameDay[0]!.y).not.toBe(sameDay[1]!.y);
  });

  it("is deterministic: the same rows in any order give the same picture", () => {
    const reversed = approvalsShown([...datasets.therapies].reverse(), TREATMENTS_DEFAULTS);
    expect(layoutTimeline(reversed, bands, DRUG_CLASSES)).toEqual(layout);
  });

  it("draws one marker per population an approval covers, in the data's order", () => {
    const phesgo = layout.marks.find((m) => m.row.brand === "Phesgo")!;
    expect(phesgo.markers.map((m) => m.population)).toEqual(["her2-positive-early", "her2-positive-metastatic"]);
    expect(phesgo.markers[0]!.dx).toBe(-phesgo.markers[1]!.dx);
  });

  it("keeps an empty lane, saying so, when the filters leave a class without approvals", () => {
    const lowOnly = approvalsShown(datasets.therapies, { classes: [...DRUG_CLASSES], populations: ["her2-low"] });
    const result = layoutTimeline(lowOnly, bands, DRUG_CLASSES);
    expect(result.lanes.filter((lane) => lane.emptyY !== null).map((lane) => lane.drugClass)).toEqual(["monoclonal-antibody", "tyrosine-kinase-inhibitor"]);
    expect(result.lanes.map((lane) => lane.label)).toEqual(["Monoclonal antibodies (0)", "Antibody–drug conjugates (2)", "Tyrosine kinase inhibitors (0)"]);
  });

  it("fits every heading and band label in the narrowest chart", () => {
    const width = (text: string, fontPx: number) => text.length * fontPx * TIMELINE_LAYOUT.charWidthEm;
    for (const heading of [...layout.lanes.map((lane) => lane.label), BANDS_HEADING]) {
      expect(width(heading, TIMELINE_LAYOUT.laneHeaderFontPx)).toBeLessThanOrEqual(TIMELINE_LAYOUT.referenceWidth);
    }
    for (const placed of layout.bands) {
      const labelPx = width(placed.band.label, TIMELINE_LAYOUT.bandFontPx);
      const anchorPx = (placed.labelXPct / 100) * TIMELINE_LAYOUT.referenceWidth;
      const [lo, hi] = placed.labelAnchor === "start" ? [anchorPx, anchorPx + labelPx] : [anchorPx - labelPx, anchorPx];
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(TIMELINE_LAYOUT.referenceWidth);
    }
  });
});

describe("survival bands", () => {
  it("has one band per survival measure and diagnosis period the pages show, oldest first", () => {
    const periods = [...new Set(shownSurvival(datasets.survival).map((row) => `${row.measure}:${row.period}`))].sort((a, b) =>
      a.split(":")[1]!.localeCompare(b.split(":")[1]!),
    );
    expect(bands.map((b) => b.id)).toEqual(periods);
    expect(bands.map((b) => b.label)).toEqual(["4-year, 2010–2013", "5-year, 2013–2019"]);
  });

  it("dates no band by figures no page shows: the 2024 edition's all-stages five-year figures (2014–2020) are the API's only", () => {
    expect(survivalBands(datasets.survival).map((b) => b.label)).toContain("5-year, all stages, 2014–2020");
    expect(bands.map((b) => b.period)).not.toContain("2014-2020");
  });

  it("names a measure's stages where its shown figures come from two periods", () => {
    expect(survivalBands(datasets.survival).map((b) => b.label)).toEqual(["4-year, 2010–2013", "5-year, by stage, 2013–2019", "5-year, all stages, 2014–2020"]);
  });

  it("reads its years from the rows, not from a fixed list", () => {
    const row = datasets.survival.find((r) => r.measure === "four-year-cause-specific") as SurvivalRow;
    const [band] = survivalBands([{ ...row, period: "2004-2006" }]);
    expect(band).toMatchObject({ startYear: 2004, endYear: 2006, scope: null, label: "4-year, 2004–2006" });
  });

  it("spans the whole diagnosis years on the same axis as the approvals, under the lanes", () => {
    const lastLane = layout.lanes.at(-1)!;
    for (const placed of layout.bands) {
      expect(placed.y).toBeGreaterThan(lastLane.bottom);
      expect(placed.xPct + placed.widthPct).toBeLessThanOrEqual(TIMELINE_LAYOUT.plotEndPct);
    }
    const [fourYear, byStage] = layout.bands;
    // 2010–2013 ends where 2014 begins; 2013–2019 starts where 2013 begins, inside it.
    expect(byStage!.xPct).toBeLessThan(fourYear!.xPct + fourYear!.widthPct);
    expect(byStage!.xPct).toBeGreaterThan(fourYear!.xPct);
  });

  it("says which approvals existed by the end of each band's diagnosis years", () => {
    const fourYear = layout.bands[0]!;
    const before = all.filter((row) => year(row) <= 2013);
    expect(fourYear.description).toContain(`By the end of 2013, ${before.length} of the approvals shown existed (Herceptin 1998,`);
    expect(fourYear.description).toContain(`; ${all.length - before.length} came later.`);
    expect(bandTableRows(bands, all).map((row) => row.diagnosed)).toEqual(["2010–2013", "2013–2019"]);
  });
});

describe("takeaway and text", () => {
  it("answers the page's question first (when, and for which HER2 group), then counts the approvals after the survival figures' diagnosis years", () => {
    const approvedAfter = (end: number) => all.filter((row) => year(row) > end).length;
    const low = all.filter((row) => row.populations.includes("her2-low")).length;
    expect(timelineTakeaway(all, bands)).toBe(
      `${all.length} approvals shown, from Herceptin in 1998 to Enhertu in 2026: ${all.length - low} for HER2-positive cancer and ${low} for HER2-low or HER2-ultralow. ` +
        `${approvedAfter(2013)} came after 2013, the last year of diagnosis behind the 4-year breast cancer-specific survival figures, ` +
        `and ${approvedAfter(2019)} after 2019, the last behind the 5-year relative survival figures.`,
    );
    expect(low).toBe(2);
  });

  it("follows the filters, and says so when nothing matches", () => {
    const low = approvalsShown(datasets.therapies, { classes: ["antibody-drug-conjugate"], populations: ["her2-low"] });
    expect(timelineTakeaway(low, bands)).toMatch(/^2 approvals shown, from Enhertu in 2022 to Enhertu in 2025\. 2 came after 2013/);
    const positiveOnly = approvalsShown(datasets.therapies, { classes: ["monoclonal-antibody"], populations: ["her2-positive-early"] });
    expect(timelineTakeaway(positiveOnly, bands)).not.toContain("HER2-low");
    expect(timelineTakeaway([], bands)).toBe("No approval in the list matches these filters.");
  });

  it("describes an approval with its brand, generic name, date and populations", () => {
    expect(describeApproval(byId("approval-2025-01-27-enhertu-16"))).toBe(
      "Enhertu (fam-trastuzumab deruxtecan, T-DXd), 27 Jan 2025: HER2-low and HER2-ultralow (HR-positive only; requires an FDA-approved test). Pivotal trial: DESTINY-Breast06.",
    );
    expect(layout.marks.find((m) => m.row.id === "approval-2025-12-15-enhertu-17")?.label).toBe("Enhertu + Perjeta");
  });

  it("marks as accelerated only approvals whose note says they began as one", () => {
    const accelerated = datasets.therapies.filter(isAcceleratedApproval).map((row) => row.id);
    expect(accelerated).toEqual(["approval-2013-09-30-perjeta-7", "approval-2019-12-20-enhertu-13"]);
    // The 2017 note mentions the earlier accelerated approval: it is a regular approval itself.
    expect(byId("approval-2017-12-20-perjeta-8").note).toMatch(/accelerated approval/);
    expect(describeApproval(byId("approval-2019-12-20-enhertu-13"))).toMatch(/Accelerated approval\.$/);
  });
});

describe("table and sources", () => {
  it("has one table row per mark, in the marks' order, with the full text", () => {
    const rows = approvalTableRows(all);
    expect(rows.map((row) => row.key)).toEqual(layout.marks.map((m) => m.row.id));
    expect(rows.find((row) => row.key === "approval-2025-12-15-enhertu-17")).toMatchObject({
      drug: "Enhertu + Perjeta (fam-trastuzumab deruxtecan, T-DXd with pertuzumab)",
      drugClass: "Antibody–drug conjugates",
    });
    expect(rows.find((row) => row.key === "approval-2019-02-28-herceptin-23")?.seenIn).toBe("fda.gov copy");
  });

  it("cites each source of the approvals shown once, naming the approvals it dates", () => {
    const cited = approvalSources(all, datasets.sources);
    expect(cited.map((s) => s.sourceId)).toEqual([...new Set(all.map((row) => row.sourceId))]);
    const shared = cited.filter((s) => s.approvals.length > 1);
    expect(shared.map((s) => s.approvals)).toEqual([["Enhertu, 15 May 2026", "Enhertu, 15 May 2026"]]);
    expect(approvalSources([], datasets.sources)).toEqual([]);
  });
});
