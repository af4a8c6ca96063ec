import { describe, expect, it } from "vitest";
import {
  her2LowBars,
  her2LowRows,
  her2LowTakeaway,
  her2ShareOfKnown,
  incidenceBars,
  incidenceRows,
  incidenceTakeaway,
  medianAgeBars,
  medianAgeRows,
  medianAgeTakeaway,
  niceDomainMax,
  raceBars,
  raceRows,
  raceTakeaway,
  shareBars,
  shareTakeaway,
  tableRows,
} from "@/lib/charts/prevalence";
import { ageCategories, ageRateRows, ageRateTable, ageSeries, ageTakeaway } from "@/lib/charts/prevalence-age";
import { chartValueText, describePrevalence } from "@/lib/charts/prevalence-text";
import { SEER_RACE_IDS } from "@/lib/charts/race-style";
import { datasets } from "@/lib/datasets";
import { shareOfCases } from "@/lib/datasets/queries";

const rows = datasets.prevalence;
const shares = shareOfCases(rows);

describe("share of all cases (SEER 22, 2017–2021)", () => {
  it("draws the four subtypes and unknown with the published shares, HER2-positive highlighted", () => {
    const bars = shareBars(shares, "plain");
    expect(bars.map((b) => [b.label, b.valueText, b.highlight])).toEqual([
      ["HR+/HER2−", "69.5%", false],
      ["HR+/HER2+", "9.6%", true],
      ["HR−/HER2+", "4.0%", true],
      ["HR−/HER2−", "10.5%", false],
      ["Unknown", "6.1%", false],
    ]);
  });

  it("states the HER2-positive total from the data in the takeaway", () => {
    expect(shareTakeaway(shares)).toBe(
      "In SEER 22 data for 2017–2021, 13.6% of all new breast cancers were HER2-positive (HR+/HER2+ 9.6% plus HR−/HER2+ 4.0%: our sum). Another 6.1% had unknown HR or HER2 status.",
    );
  });

  it("derives the share among known-subtype cases as the reference works it: all cases less the unknown share (13.59 / 93.93 = 14.5%)", () => {
    expect(her2ShareOfKnown(shares)).toEqual({ value: 14.5, her2Positive: 13.6, known: 93.9 });
    expect(her2ShareOfKnown(shares.filter((row) => row.subtype !== "unknown"))).toBeNull();
  });
});

describe("incidence rate by subtype", () => {
  it("keeps each edition apart", () => {
    expect(incidenceRows(rows, "2017-2021").map((r) => r.value)).toEqual([90.0, 12.4, 5.1, 13.6, 7.9]);
    expect(incidenceRows(rows, "2016-2020").map((r) => r.value)).toEqual([87.2, 12.6, 5.1, 13.2, 8.4]);
  });

  it("prints rates without a unit beside the bar (the axis names it) and names the extremes", () => {
    const view = incidenceRows(rows, "2017-2021");
    expect(incidenceBars(view, "plain").map((b) => b.valueText)).toEqual(["90.0", "12.4", "5.1", "13.6", "7.9"]);
    expect(incidenceTakeaway(view)).toBe(
      "In 2017–2021, HR+/HER2− was the most common subtype (90.0 per 100,000 women) and HR−/HER2+ the least common (5.1 per 100,000).",
    );
    expect(niceDomainMax(view)).toBe(100);
  });
});

describe("by race and ethnicity", () => {
  it("HR+/HER2+ 2018–2022 carries its 95% confidence intervals, whose upper bounds set the axis", () => {
    const view = raceRows(rows, "hr-pos-her2-pos");
    expect(view.map((r) => [r.race, r.value, r.ci?.lower, r.ci?.upper])).toEqual([
      ["hispanic", 10.4, 10.2, 10.6],
      ["nh-aian", 11.7, 10.0, 13.6],
      ["nh-api", 12.2, 11.9, 12.6],
      ["nh-black", 12.6, 12.3, 12.9],
      ["nh-white", 12.8, 12.7, 13.0],
    ]);
    expect(raceBars(view, "hr-pos-her2-pos", "plain")[1]).toMatchObject({
      label: "NH AIAN",
      sublabel: "Non-Hispanic American Indian/Alaska Native",
      ci: { lower: 10.0, upper: 13.6 },
    });
    expect(niceDomainMax(view)).toBe(14);
    expect(raceTakeaway(view, "hr-pos-her2-pos")).toBe(
      "In 2018–2022, HR+/HER2+ rates ranged from 10.4 per 100,000 in Hispanic women to 12.8 in Non-Hispanic White women.",
    );
  });

  it("2022 groups the two HER2-positive subtypes under each race, all races last", () => {
    const view = raceRows(rows, "her2-2022");
    expect(new Set(view.map((r) => r.period))).toEqual(new Set(["2022"]));
    const bars = raceBars(view, "her2-2022", "details");
    expect(bars.map((b) => `${b.group}:${b.label}:${b.valueText}`)).toEqual([
      "Hispanic:HR+/HER2+:10.9",
      "Hispanic:HR−/HER2+:5.5",
      "NH AIAN:HR+/HER2+:12.0",
      "NH AIAN:HR−/HER2+:6.5",
      "NH API:HR+/HER2+:12.8",
      "NH API:HR−/HER2+:7.2",
      "NH Black:HR+/HER2+:12.6",
      "NH Black:HR−/HER2+:6.5",
      "NH White:HR+/HER2+:12.8",
      "NH White:HR−/HER2+:5.1",
      "All races:HR−/HER2+:5.6",
    ]);
    expect(raceTakeaway(view, "her2-2022")).toBe(
      "In 2022, per 100,000 women: HR+/HER2+ rates from 10.9 (Hispanic) to 12.8 (Non-Hispanic Asian/Pacific Islander and Non-Hispanic White); HR−/HER2+ rates from 5.1 (Non-Hispanic White) to 7.2 (Non-Hispanic Asian/Pacific Islander).",
    );
  });

  it("triple-negative (ages 20 and over) is its own population and says so", () => {
    const view = raceRows(rows, "triple-negative");
    expect(view.map((r) => [r.race, r.value])).toEqual([
      ["hispanic", 14.7],
      ["aian", 14.7],
      ["asian", 12.4],
      ["black", 33.8],
      ["white", 17.5],
      ["all", 18.3],
    ]);
    expect(raceTakeaway(view, "triple-negative")).toBe(
      "Among women aged 20 and over (diagnosed 2010–2019), triple-negative rates were highest in Black women (33.8 per 100,000) and lowest in Asian women (12.4); 18.3 for all races together.",
    );
    const black = view.find((r) => r.race === "black")!;
    expect(describePrevalence(black, "plain")).toContain("Population: women aged 20 and over (not comparable with all-ages rates).");
  });
});

describe("by age (HR+/HER2+, 2018–2022)", () => {
  const view = ageRateRows(rows, [...SEER_RACE_IDS]);

  it("has 15 age groups × 5 races, labelled by their first year", () => {
    expect(view).toHaveLength(75);
    expect(ageCategories(view).map((c) => c.tick)).toEqual(["20", "25", "30", "35", "40", "45", "50", "55", "60", "65", "70", "75", "80", "85", "90+"]);
  });

  it("keeps suppressed cells as gaps with their reason, never zero, and a real 0.0 as 0.0", () => {
    const aian = ageSeries(view, "plain").find((s) => s.id === "nh-aian")!;
    const suppressed = aian.points.filter((p) => p.value === null);
    expect(suppressed.map((p) => p.category)).toEqual(["25-29", "30-34", "35-39", "75-79", "80-84", "85-89", "90+"]);
    for (const point of suppressed) {
      expect(point.unavailableReason).toBe("Suppressed by SEER: fewer than 16 cases.");
      expect(point.description).toMatch(/not available\. Suppressed by SEER: fewer than 16 cases\./);
    }
    expect(aian.points.find((p) => p.category === "20-24")?.value).toBe(0);
  });

  it("the table view spells out suppressed cells and prints the same values", () => {
    const table = ageRateTable(view);
    expect(table.races).toEqual(["hispanic", "nh-aian", "nh-api", "nh-black", "nh-white"]);
    const row20 = table.rows.find((r) => r.ageGroup === "20-24")!;
    expect(row20.cells.map((c) => c.text)).toEqual(["0.3", "0.0", "Suppressed", "Suppressed", "0.4"]);
    const row70 = table.rows.find((r) => r.ageGroup === "70-74")!;
    expect(row70.cells.map((c) => c.text)).toEqual(["26.2", "43.0", "26.1", "31.7", "32.6"]);
  });

  it("filters to the chosen races and writes the takeaway from the data", () => {
    expect(ageTakeaway(view)).toBe(
      "HR+/HER2+ rates rise with age: at ages 20–24 they were at most 0.4 per 100,000 where reported, and each group's highest rate came between ages 50–54 and 75–79.",
    );
    const api = ageRateRows(rows, ["nh-api"]);
    expect(ageSeries(api, "plain").map((s) => s.id)).toEqual(["nh-api"]);
    // NH API 20–24 is suppressed, so the youngest reported group is 25–29.
    expect(ageTakeaway(api)).toBe(
      "HR+/HER2+ rates rise with age: at ages 25–29 they were at most 1.7 per 100,000 where reported, and each group's highest rate came at ages 50–54.",
    );
  });
});

describe("HER2-low among HER2-negative", () => {
  const view = her2LowRows(rows);

  it("shows NCDB overall and by race, then the FDA's approximate figure, in groups named by source", () => {
    expect(her2LowBars(view, "plain").map((b) => [b.group, b.label, b.valueText])).toEqual([
      ["National Cancer Database (US), 2010–2019", "All patients", "65.5%"],
      ["National Cancer Database (US), 2010–2019", "Hispanic", "61.0%"],
      ["National Cancer Database (US), 2010–2019", "NH Black", "62.8%"],
      ["National Cancer Database (US), 2010–2019", "NH White", "66.1%"],
      ["US (FDA estimate), 2022", "All patients", "about 60%"],
    ]);
  });

  it("the takeaway keeps each figure with its source", () => {
    expect(her2LowTakeaway(view)).toBe(
      "In the National Cancer Database (US), 65.5% of HER2-negative breast cancers diagnosed 2010–2019 were HER2-low, from 61.0% in Hispanic women to 66.1% in Non-Hispanic White women (the 3 groups with a figure here). US (FDA estimate): about 60%.",
    );
  });
});

describe("median age at diagnosis", () => {
  const view = medianAgeRows(rows);

  it("shows the unavailable subtypes as gaps with their reason", () => {
    const bars = medianAgeBars(view, "plain");
    expect(bars.slice(0, 4).map((b) => [b.label, b.value, b.valueText])).toEqual([
      ["HR+/HER2−", 64, "64"],
      ["HR+/HER2+", 58, "58"],
      ["HR−/HER2+", null, "Not available"],
      ["HR−/HER2−", null, "Not available"],
    ]);
    expect(bars[2]?.unavailableReason).toMatch(/not available to us/);
    expect(bars.slice(4).map((b) => `${b.group}:${b.label}:${b.valueText}`)).toEqual([
      "HR+/HER2− by race/ethnicity:Hispanic:60",
      "HR+/HER2− by race/ethnicity:NH AIAN:62",
      "HR+/HER2− by race/ethnicity:NH API:60",
      "HR+/HER2− by race/ethnicity:NH Black:63",
      "HR+/HER2− by race/ethnicity:NH White:66",
      "HR+/HER2+ by race/ethnicity:Hispanic:54",
      "HR+/HER2+ by race/ethnicity:NH AIAN:58",
      "HR+/HER2+ by race/ethnicity:NH API:54",
      "HR+/HER2+ by race/ethnicity:NH Black:57",
      "HR+/HER2+ by race/ethnicity:NH White:61",
    ]);
    expect(medianAgeTakeaway(view)).toBe(
      "The median age at diagnosis (2018–2022, all races) was 64 for HR+/HER2− and 58 for HR+/HER2+. Figures for HR−/HER2+ and HR−/HER2− are not available.",
    );
  });

  it("table rows print the bar's value, the CI and the reason for a gap", () => {
    const bars = medianAgeBars(view, "plain");
    const table = tableRows(view, bars, (row) => [row.subtype ?? ""]);
    expect(table.map((r) => r.valueText)).toEqual(bars.map((b) => b.valueText));
    expect(table[2]).toMatchObject({ valueText: "Not available", note: expect.stringMatching(/not available to us/) });
    const race = raceRows(rows, "hr-pos-her2-pos");
    expect(tableRows(race, raceBars(race, "hr-pos-her2-pos", "plain"), () => [])[1]?.ciText).toBe("10.0–13.6");
  });
});

describe("wording", () => {
  it("plain and details change the words, not the numbers", () => {
    for (const row of [
      shares[1]!,
      incidenceRows(rows, "2017-2021")[2]!,
      raceRows(rows, "hr-pos-her2-pos")[1]!,
      her2LowRows(rows)[4]!,
      medianAgeRows(rows)[1]!,
    ]) {
      const plain = describePrevalence(row, "plain");
      const details = describePrevalence(row, "details");
      expect(plain).not.toBe(details);
      expect(plain).toContain(chartValueText(row));
      expect(details).toContain(chartValueText(row));
    }
  });
});
