/**
 * Presentation mode's themes: the site's light and dark, plus a high-contrast one for projectors and
 * low vision (white and bright tints on black, every text and mark colour at least 7:1, WCAG AAA's
 * text level). High contrast is /present's alone, so it is built on the dark scheme: the same
 * tokens, subtype and flow colours, each swapped for its high-contrast counterpart.
 */

import { schemeColors } from "./charts/colors";
import type { FLOW_COLORS } from "./charts/flow/style";
import { colorDeclarations, schemeDeclarations } from "./color-scheme";
import { SUBTYPE_CATEGORY_IDS, SUBTYPES, type SubtypeCategoryId } from "./subtypes";
import { type ColorMode, THEME_TOKENS } from "./theme";

export const PRESENT_THEMES = ["light", "dark", "contrast"] as const;
export type PresentTheme = (typeof PRESENT_THEMES)[number];

export const PRESENT_THEME_NAMES: Record<PresentTheme, string> = { light: "Light", dark: "Dark", contrast: "High contrast" };

/** The site scheme a theme is drawn from. */
export function baseMode(theme: PresentTheme): ColorMode {
  return theme === "light" ? "light" : "dark";
}

type ThemeToken = keyof (typeof THEME_TOKENS)["dark"];
type FlowToken = keyof (typeof FLOW_COLORS)["dark"];

export const CONTRAST_COLORS: { tokens: Record<ThemeToken, string>; subtypes: Record<SubtypeCategoryId, string>; flow: Record<FlowToken, string> } = {
  tokens: {
    bg: "#000000",
    surface: "#000000",
    text: "#ffffff",
    muted: "#e6e6e6",
    border: "#ffffff",
    accent: "#ffe14d",
    focus: "#ffe14d",
    grid: "#a6a6a6",
    "notice-bg": "#000000",
    "notice-border": "#ffe14d",
    error: "#ffa8a8",
    "error-bg": "#000000",
  },
  // Lighter tints of the same hues, so a subtype keeps its colour (and its marker shape) across themes.
  subtypes: {
    "hr-pos-her2-neg": "#8fd3ff",
    "hr-pos-her2-pos": "#ffb84d",
    "hr-neg-her2-pos": "#f5a9d6",
    "hr-neg-her2-neg": "#5ee6b8",
    unknown: "#d4d4d4",
  },
  flow: {
    path: "#ffe14d",
    "path-fill": "#000000",
    faint: "#a6a6a6",
    explore: "#ffb84d",
    pending: "#ffd27a",
    "category-fill": "#000000",
  },
};

/**
 * Every colour variable of a theme, as CSS declarations for the presentation's root. High contrast
 * is dark with its own tokens, subtypes and flow: the palettes it has no counterparts for stay dark's.
 */
export function presentDeclarations(theme: PresentTheme): string {
  if (theme !== "contrast") return schemeDeclarations(theme);
  const { tokens, subtypes, flow } = CONTRAST_COLORS;
  return colorDeclarations(
    new Map([
      ...schemeColors("dark"),
      ...Object.entries(tokens),
      ...SUBTYPE_CATEGORY_IDS.map((id) => [`subtype-${id}`, subtypes[id]] as const),
      ...Object.entries(flow).map(([name, value]) => [`flow-${name}`, value] as const),
    ]),
  );
}

/** Each dark-scheme colour and its high-contrast counterpart (lower-case hex). */
const CONTRAST_SWAPS: ReadonlyMap<string, string> = new Map(
  [
    ...Object.entries(THEME_TOKENS.dark).map(([name, value]) => [value, CONTRAST_COLORS.tokens[name as ThemeToken]] as const),
    ...SUBTYPE_CATEGORY_IDS.map((id) => [SUBTYPES[id].color.dark, CONTRAST_COLORS.subtypes[id]] as const),
  ].map(([from, to]) => [from.toLowerCase(), to]),
);

/**
 * A chart image drawn in the dark scheme (lib/export, whose colours are inline), recoloured for the
 * high-contrast theme; other themes pass through.
 */
export function themedSvg(svg: string, theme: PresentTheme): string {
  if (theme !== "contrast") return svg;
  return svg.replace(/#[0-9a-fA-F]{6}\b/g, (hex) => CONTRAST_SWAPS.get(hex.toLowerCase()) ?? hex);
}
