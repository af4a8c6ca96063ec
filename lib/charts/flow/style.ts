/**
 * The flow diagram's own colours, light and dark: CSS custom properties on the page (injected by
 * the pages that draw the flow) and inline colours in the exported image, from this one table.
 */
import { type ColorMode, schemeCss } from "../../theme";

export const FLOW_COLORS = {
  light: {
    path: "#0b5cad",
    "path-fill": "#dcebfb",
    faint: "#c9ced4",
    explore: "#9a4a00",
    pending: "#8a5a00",
    "category-fill": "#eef4ec",
  },
  dark: {
    path: "#7cb8f2",
    "path-fill": "#16324f",
    faint: "#363c44",
    explore: "#f0a35e",
    pending: "#d9a520",
    "category-fill": "#1d2720",
  },
} as const satisfies Record<ColorMode, Record<string, string>>;

export function flowDeclarations(mode: ColorMode): string {
  return Object.entries(FLOW_COLORS[mode])
    .map(([name, value]) => `--flow-${name}:${value};`)
    .join("");
}

/** The flow palette as CSS: light by default, dark under prefers-color-scheme. */
export function flowColorCss(): string {
  return schemeCss(flowDeclarations);
}
