/**
 * Every colour variable a scene may name, with its value in each scheme. The page defines them as
 * CSS custom properties; an image cannot read the site's stylesheet, so the image renderer inlines
 * them from this one table, as pages that choose their own scheme declare them (lib/color-scheme).
 */

import { HER2_POPULATIONS } from "../datasets/therapy-dimensions";
import type { ScenePaint } from "../scene/svg";
import { SUBTYPE_CATEGORY_IDS, SUBTYPES } from "../subtypes";
import { type ColorMode, THEME_TOKENS } from "../theme";
import { FLOW_COLORS } from "./flow/style";
import { OUTCOME_CATEGORIES, OUTCOME_STYLES } from "./outcome-style";
import { RACE_STYLES, SEER_RACE_IDS } from "./race-style";
import { POPULATION_STYLES } from "./therapy-style";
import { ARM_ROLES, ARM_STYLES } from "./trial-style";

function palette(mode: ColorMode): ReadonlyMap<string, string> {
  return new Map<string, string>([
    ...Object.entries(THEME_TOKENS[mode]),
    ...SUBTYPE_CATEGORY_IDS.map((id): [string, string] => [`subtype-${id}`, SUBTYPES[id].color[mode]]),
    ...SEER_RACE_IDS.map((id): [string, string] => [`race-${id}`, RACE_STYLES[id].color[mode]]),
    ...HER2_POPULATIONS.map((id): [string, string] => [`population-${id}`, POPULATION_STYLES[id].color[mode]]),
    ...Object.entries(FLOW_COLORS[mode]).map(([name, value]): [string, string] => [`flow-${name}`, value]),
    ...ARM_ROLES.map((role): [string, string] => [`arm-${role}`, ARM_STYLES[role].color[mode]]),
    ...OUTCOME_CATEGORIES.map((id): [string, string] => [`outcome-${id}`, OUTCOME_STYLES[id].color[mode]]),
  ]);
}

const PALETTES = { light: palette("light"), dark: palette("dark") } as const;

/** Every colour variable (name without `--`) and its value in this scheme. */
export function schemeColors(mode: ColorMode): ReadonlyMap<string, string> {
  return PALETTES[mode];
}

/** `var(--name)` → the colour in this scheme; any other CSS colour as it is. */
export function inlineColor(color: string, mode: ColorMode): string {
  const name = /^var\(--([a-z0-9-]+)\)$/.exec(color)?.[1];
  return (name && PALETTES[mode].get(name)) || color;
}

/** How an image of one scheme paints a scene: its colours inlined, on the scheme's background. */
export function scenePaint(mode: ColorMode): ScenePaint {
  return { color: (color) => inlineColor(color, mode), background: THEME_TOKENS[mode].bg };
}
