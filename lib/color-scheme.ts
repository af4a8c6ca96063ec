/**
 * Pages that choose their colour scheme instead of following the reader's system (/present, and
 * embeds with `?theme=`) declare every colour variable of that scheme: the site's tokens, the
 * subtypes and each chart's palette (lib/charts/colors), so every `var(--…)` a chart reads follows.
 */
import { schemeColors } from "./charts/colors";
import type { EmbedAppearance } from "./embed-appearance";
import type { ColorMode } from "./theme";

/** Colour variables as CSS declarations: `--name:value;` each. */
export function colorDeclarations(colors: Iterable<readonly [string, string]>): string {
  return [...colors].map(([name, value]) => `--${name}:${value};`).join("");
}

export function schemeDeclarations(mode: ColorMode): string {
  return colorDeclarations(schemeColors(mode));
}

/**
 * An embed's look as CSS for its document root. A chosen scheme sets every colour variable and the
 * root's color-scheme; `html:root` outranks the `:root` rules (the site's defaults and the palettes
 * pages inject, in or out of a prefers-color-scheme query) by specificity, wherever they come in
 * the document. Transparent clears the page's background, so the host's shows through.
 */
export function embedRootCss({ theme, transparent }: Pick<EmbedAppearance, "theme" | "transparent">): string {
  const scheme = theme === "auto" ? "" : `html:root{color-scheme:${theme};${schemeDeclarations(theme)}}`;
  return `${scheme}${transparent ? "html:root,html:root body{background:transparent}" : ""}`;
}
