/** Theme tokens shared by CSS and SVG charts: the colour of each subtype comes from lib/subtypes. */
import { SUBTYPE_ORDER, SUBTYPES, type SubtypeCategoryId } from "./subtypes";

/** Backgrounds the subtype colours are checked against (≥3:1, WCAG 1.4.11). */
export const BACKGROUNDS = { light: "#ffffff", dark: "#111418" } as const;

export function subtypeColorVar(id: SubtypeCategoryId): string {
  return `var(--subtype-${id})`;
}

/** CSS custom properties for every subtype, light by default and dark under prefers-color-scheme. */
export function subtypeColorCss(): string {
  const declarations = (mode: "light" | "dark") =>
    SUBTYPE_ORDER.map((id) => `--subtype-${id}:${SUBTYPES[id].color[mode]};`).join("");
  return `:root{${declarations("light")}}@media (prefers-color-scheme: dark){:root{${declarations("dark")}}}`;
}

/** WCAG relative luminance and contrast ratio, for tests and for choosing label colours. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
