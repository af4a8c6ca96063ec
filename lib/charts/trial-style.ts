/**
 * The trial chart's arms, by role: colour (≥3:1 on both page backgrounds, WCAG 1.4.11) and a line
 * style, so the control arm never differs by colour alone. CSS custom properties on the page,
 * inline colours in images, from this one table.
 */
import { type ColorMode, paletteCss } from "../theme";

export const ARM_ROLES = ["control", "experimental"] as const;
export type ArmRole = (typeof ARM_ROLES)[number];

export const ARM_STYLES: Record<ArmRole, { color: Record<ColorMode, string>; dash?: string }> = {
  control: { color: { light: "#5a6472", dark: "#a9b3bf" }, dash: "6 4" },
  experimental: { color: { light: "#b4460f", dark: "#f4a261" } },
};

export function armColorVar(role: ArmRole): string {
  return `var(--arm-${role})`;
}

/** The arm palette as CSS: light by default, dark under prefers-color-scheme. */
export function armColorCss(): string {
  return paletteCss("arm", ARM_ROLES, (role, mode) => ARM_STYLES[role].color[mode]);
}
