/** Theme tokens shared by CSS and SVG charts: the colour of each subtype comes from lib/subtypes. */
import { SUBTYPE_CATEGORY_IDS, SUBTYPES, type SubtypeCategoryId } from "./subtypes";

export type ColorMode = "light" | "dark";

/** Page colour tokens for both schemes: CSS custom properties on the site, inline colours in exports. */
export const THEME_TOKENS = {
  light: {
    bg: "#ffffff",
    surface: "#f5f6f8",
    text: "#16191d",
    muted: "#555b63",
    border: "#d5d9de",
    accent: "#0b5cad",
    focus: "#0b5cad",
    grid: "#e3e6ea",
    "notice-bg": "#fff6db",
    "notice-border": "#b58400",
    error: "#b3261e",
    "error-bg": "#fdecea",
  },
  dark: {
    bg: "#111418",
    surface: "#1b1f24",
    text: "#eef0f2",
    muted: "#aab1b9",
    border: "#3a4048",
    accent: "#7cb8f2",
    focus: "#7cb8f2",
    grid: "#2b3036",
    "notice-bg": "#2e2610",
    "notice-border": "#d9a520",
    error: "#ff8a80",
    "error-bg": "#3a1c1a",
  },
} as const satisfies Record<ColorMode, Record<string, string>>;

/** Backgrounds the subtype colours are checked against (≥3:1, WCAG 1.4.11). */
export const BACKGROUNDS = { light: THEME_TOKENS.light.bg, dark: THEME_TOKENS.dark.bg } as const;

export function subtypeColorVar(id: SubtypeCategoryId): string {
  return `var(--subtype-${id})`;
}

/** Every colour token of one scheme as CSS declarations: page tokens and one per subtype. */
export function themeDeclarations(mode: ColorMode): string {
  const tokens = Object.entries(THEME_TOKENS[mode]).map(([name, value]) => `--${name}:${value};`);
  const subtypes = SUBTYPE_CATEGORY_IDS.map((id) => `--subtype-${id}:${SUBTYPES[id].color[mode]};`);
  return [...tokens, ...subtypes].join("");
}

/** Declarations for each scheme as CSS: light by default, dark under prefers-color-scheme. */
export function schemeCss(declarations: (mode: ColorMode) => string): string {
  return `:root{${declarations("light")}}@media (prefers-color-scheme: dark){:root{${declarations("dark")}}}`;
}

/** A chart's palette as CSS custom properties, `--<prefix>-<id>` each, in both schemes. */
export function paletteCss<Id extends string>(prefix: string, ids: readonly Id[], color: (id: Id, mode: ColorMode) => string): string {
  return schemeCss((mode) => ids.map((id) => `--${prefix}-${id}:${color(id, mode)};`).join(""));
}

/** The site's colour tokens, light by default and dark under prefers-color-scheme. */
export function themeCss(): string {
  return schemeCss(themeDeclarations);
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
