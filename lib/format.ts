/** Number formatting that keeps the precision the source printed: never rounds a figure away. */
import type { Unit } from "./datasets/dimensions";

const DEFAULT_DECIMALS: Record<Unit, number> = { percent: 1, "per-100000": 1, "percent-per-year": 1, years: 0 };

export interface Formattable {
  value: number | null;
  unit: Unit;
  decimals?: number;
  qualifier?: "about" | null;
  /** A figure the source states as a range: printed as its two ends, never as one value. */
  range?: { low: number; high: number };
}

export function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** "92.5%", "about 60%", "about 80–85%", "13.6 per 100,000", "+2.0% a year", "64 years"; "Not available" for a gap. */
export function formatFigure(figure: Formattable, options: { unitText?: boolean } = {}): string {
  const number = numberText(figure);
  if (number === null) return "Not available";
  const withUnit = options.unitText === false ? number : withUnitText(number, figure);
  return figure.qualifier === "about" ? `about ${withUnit}` : withUnit;
}

function numberText(figure: Formattable): string | null {
  const decimals = figure.decimals ?? DEFAULT_DECIMALS[figure.unit];
  if (figure.value !== null) return formatNumber(figure.value, decimals);
  if (figure.range) return `${formatNumber(figure.range.low, decimals)}–${formatNumber(figure.range.high, decimals)}`;
  return null;
}

function withUnitText(number: string, figure: Formattable): string {
  switch (figure.unit) {
    case "percent":
      return `${number}%`;
    case "per-100000":
      return `${number} per 100,000`;
    case "percent-per-year":
      return `${figure.value !== null && figure.value > 0 ? "+" : ""}${number}% a year`;
    case "years":
      return `${number} years`;
  }
}

export const UNIT_LABELS: Record<Unit, string> = {
  percent: "percent",
  "per-100000": "per 100,000 women",
  "percent-per-year": "percent change a year",
  years: "years",
};
