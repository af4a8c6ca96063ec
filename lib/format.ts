/** Number formatting that keeps the precision the source printed: never rounds a figure away. */
import type { Unit } from "./datasets/dimensions";

/**
 * The decimals a figure of each unit is printed with unless its row says otherwise (`decimals`).
 * JSON cannot carry a trailing zero, so 77.0% travels as 77: these say it is read as 77.0.
 */
export const UNIT_DECIMALS: Record<Unit, number> = { percent: 1, "per-100000": 1, "percent-per-year": 1, years: 0 };

export interface Formattable {
  value: number | null;
  unit: Unit;
  decimals?: number;
  qualifier?: "about" | null;
  /** A figure the source states as a range: printed as its two ends, never as one value. */
  range?: { low: number; high: number };
}

/**
 * "1,234.5" with exactly `decimals` places, as en-US Intl prints it, but without Intl: a browser's
 * first Intl.NumberFormat loads locale data (about 30 ms of a chart page's hydration here), and two
 * ICU versions need not agree. Like Intl, it rounds half away from zero on the shortest decimal form
 * of the number (1.005 → "1.01"), not on its binary value as toFixed does ("1.00").
 */
export function formatNumber(value: number, decimals: number): string {
  const magnitude = Math.abs(value);
  const shortest = String(magnitude);
  // Exponent forms (below 1e-6, from 1e21) are far outside any published figure; toFixed serves there.
  const fixed = shortest.includes("e") ? magnitude.toFixed(decimals) : roundHalfUp(shortest, decimals);
  const [whole = "", fraction] = fixed.split(".");
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** "2.675" at 2 places → "2.68": decimal digits, so no binary error creeps in at any magnitude. */
function roundHalfUp(decimal: string, decimals: number): string {
  const [whole = "0", fraction = ""] = decimal.split(".");
  const roundUp = Number(fraction[decimals] ?? "0") >= 5 ? 1n : 0n;
  const digits = (BigInt(whole + fraction.slice(0, decimals).padEnd(decimals, "0")) + roundUp).toString().padStart(decimals + 1, "0");
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A count with its noun, singular for one: "1 filter", "12 fields". The noun takes a plain "s". */
export function formatCount(count: number, noun: string): string {
  return `${formatNumber(count, 0)} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * A label to go inside a sentence: its first letter lower case where that letter starts an ordinary
 * word ("Localized" → "localized"), never an acronym or a name's capitals ("De novo stage IV (AJCC)"
 * keeps "IV (AJCC)"; "HR+/HER2−" stays).
 */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "27 Jan 2025" from "2025-01-27", the same on the server and in every browser (Intl month names differ between ICU versions). */
export function formatIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "92.5%", "about 60%", "about 80–85%", "13.6 per 100,000", "+2.0% a year", "64 years"; "Not available" for a gap. */
export function formatFigure(figure: Formattable, options: { unitText?: boolean } = {}): string {
  const number = numberText(figure);
  if (number === null) return "Not available";
  const withUnit = options.unitText === false ? number : withUnitText(number, figure);
  return figure.qualifier === "about" ? `about ${withUnit}` : withUnit;
}

function numberText(figure: Formattable): string | null {
  const decimals = figure.decimals ?? UNIT_DECIMALS[figure.unit];
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
