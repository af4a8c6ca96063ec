import { describe, expect, it } from "vitest";
import { formatFigure } from "@/lib/format";

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
