import { describe, expect, it } from "vitest";
import { datasets } from "@/lib/datasets";
import { formatCount, formatFigure, formatIsoDate, formatNumber, lowerFirst } from "@/lib/format";

describe("formatFigure", () => {
  it("keeps the published decimal, including a trailing zero", () => {
    expect(formatFigure({ value: 77, unit: "percent" })).toBe("77.0%");
    expect(formatFigure({ value: 92.5, unit: "percent" })).toBe("92.5%");
    expect(formatFigure({ value: 198, unit: "per-100000" })).toBe("198.0 per 100,000");
  });
  it("uses the source's own precision where it differs", () => {
    expect(formatFigure({ value: 60, unit: "percent", decimals: 0, qualifier: "about" })).toBe("about 60%");
    expect(formatFigure({ value: 64, unit: "years" })).toBe("64 years");
  });
  it("signs trends and marks gaps", () => {
    expect(formatFigure({ value: 2, unit: "percent-per-year" })).toBe("+2.0% a year");
    expect(formatFigure({ value: -1.5, unit: "percent-per-year" })).toBe("-1.5% a year");
    expect(formatFigure({ value: null, unit: "percent" })).toBe("Not available");
  });
  it("prints a stated range as its two ends, with the source's qualifier, never as a midpoint", () => {
    expect(formatFigure({ value: null, range: { low: 80, high: 85 }, unit: "percent", decimals: 0, qualifier: "about" })).toBe("about 80–85%");
    expect(formatFigure({ value: null, range: { low: 15, high: 20 }, unit: "percent", decimals: 0 })).toBe("15–20%");
  });
});

describe("formatNumber", () => {
  const intl = (value: number, decimals: number) => value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

  it("groups thousands and keeps exactly the asked decimals", () => {
    expect(formatNumber(100000, 0)).toBe("100,000");
    expect(formatNumber(1234.5, 1)).toBe("1,234.5");
    expect(formatNumber(0.5, 2)).toBe("0.50");
    expect(formatNumber(-1.5, 1)).toBe("-1.5");
  });

  it("rounds half away from zero on the decimal the source printed, as Intl does (not on the binary value, as toFixed does)", () => {
    expect((1.005).toFixed(2)).toBe("1.00");
    expect(formatNumber(1.005, 2)).toBe("1.01");
    expect(formatNumber(-2.25, 1)).toBe("-2.3");
    expect(formatNumber(0.04, 0)).toBe("0");
  });

  it("prints every published figure exactly as en-US Intl would", () => {
    const figures = [...datasets.prevalence, ...datasets.survival].flatMap((row) => [
      row.value,
      ...("ci" in row && row.ci ? [row.ci.lower, row.ci.upper] : []),
      ...("range" in row && row.range ? [row.range.low, row.range.high] : []),
    ]);
    const values = figures.filter((value): value is number => typeof value === "number");
    expect(values.length).toBeGreaterThan(100);
    for (const value of values) for (const decimals of [0, 1, 2]) expect(formatNumber(value, decimals)).toBe(intl(value, decimals));
  });

  // Up to 1e15: every figure is a percent, a rate per 100,000 or a count of years, far below where toFixed turns to exponents (1e21).
  it("agrees with Intl on awkward values: halves, negatives, large and tiny numbers", () => {
    const values = [0, -0, 0.05, 0.15, 0.25, 0.35, 1.45, 2.675, -0.04, -3.5, 999.95, 1e6 + 0.5, 123456789.125, 1e15 + 0.5, 1e-7];
    for (const value of values)
      for (const decimals of [0, 1, 2, 3]) expect(formatNumber(value, decimals), `${value} to ${decimals}`).toBe(intl(value, decimals));
  });
});

describe("formatIsoDate", () => {
  it("prints a UTC day the same everywhere", () => {
    expect(formatIsoDate("1998-09-25")).toBe("25 Sep 1998");
    expect(formatIsoDate("2026-05-15")).toBe("15 May 2026");
    expect(formatIsoDate("2025-12-01")).toBe("1 Dec 2025");
  });
});

describe("formatCount", () => {
  it.each([
    [0, "filter", "0 filters"],
    [1, "filter", "1 filter"],
    [2, "parameter", "2 parameters"],
    [10000, "case", "10,000 cases"],
  ])("%i %s → %s", (count, noun, text) => {
    expect(formatCount(count, noun)).toBe(text);
  });
});

describe("lowerFirst", () => {
  it("lowers only a first letter that starts an ordinary word: acronyms and capitals inside stay", () => {
    const labels = ["Localized", "All stages", "De novo stage IV (AJCC)", "HR+/HER2−", "AJCC stage IV"];
    expect(labels.map(lowerFirst)).toEqual(["localized", "all stages", "de novo stage IV (AJCC)", "HR+/HER2−", "AJCC stage IV"]);
  });
});
