/**
 * The one display config for race/ethnicity groups in charts: short labels, colours and markers.
 * Races are not subtypes, so they get their own small palette (never a subtype's colour), checked
 * for ≥3:1 contrast on both page backgrounds (WCAG 1.4.11), plus a marker so colour is never the only cue.
 */
import type { RaceId } from "../datasets/prevalence-dimensions";
import type { Marker } from "../subtypes";
import { paletteCss } from "../theme";

/** The five groups SEER*Explorer reports (Hispanic first, then non-Hispanic races), in its order. */
export const SEER_RACE_IDS = ["hispanic", "nh-aian", "nh-api", "nh-black", "nh-white"] as const satisfies readonly RaceId[];
export type SeerRaceId = (typeof SEER_RACE_IDS)[number];

export interface RaceStyle {
  id: SeerRaceId;
  color: { light: string; dark: string };
  marker: Marker;
}

export const RACE_STYLES: Record<SeerRaceId, RaceStyle> = {
  hispanic: { id: "hispanic", color: { light: "#6A3D9A", dark: "#B9A3E3" }, marker: "circle" },
  "nh-aian": { id: "nh-aian", color: { light: "#7A6500", dark: "#D8C25A" }, marker: "triangle" },
  "nh-api": { id: "nh-api", color: { light: "#00758F", dark: "#4FC3DA" }, marker: "diamond" },
  "nh-black": { id: "nh-black", color: { light: "#B0305C", dark: "#F28DB2" }, marker: "square" },
  "nh-white": { id: "nh-white", color: { light: "#8A4B2A", dark: "#E0A47E" }, marker: "cross" },
};

/**
 * Labels short enough for a chart row at 320 px ("NH" = non-Hispanic); `plain` spells the group out
 * where the short form abbreviates it. The full names stay in RACE_LABELS
 * (lib/datasets/dimensions) for tables and the API.
 */
export const RACE_SHORT_LABELS: Record<RaceId, { short: string; plain?: string }> = {
  all: { short: "All races" },
  hispanic: { short: "Hispanic" },
  "nh-aian": { short: "NH AIAN", plain: "Non-Hispanic American Indian/Alaska Native" },
  "nh-api": { short: "NH API", plain: "Non-Hispanic Asian/Pacific Islander" },
  "nh-black": { short: "NH Black", plain: "Non-Hispanic Black" },
  "nh-white": { short: "NH White", plain: "Non-Hispanic White" },
  aian: { short: "AIAN", plain: "American Indian/Alaska Native" },
  asian: { short: "Asian" },
  black: { short: "Black" },
  white: { short: "White" },
};

/** The key printed under race charts, so the short labels are never a puzzle. */
export const RACE_ABBREVIATIONS = "NH: non-Hispanic. AIAN: American Indian/Alaska Native. API: Asian/Pacific Islander.";

export function isSeerRace(id: RaceId | null): id is SeerRaceId {
  return id !== null && (SEER_RACE_IDS as readonly string[]).includes(id);
}

export function raceColorVar(id: SeerRaceId): string {
  return `var(--race-${id})`;
}

/** CSS custom properties for the race palette, light by default and dark under prefers-color-scheme. */
export function raceColorCss(): string {
  return paletteCss("race", SEER_RACE_IDS, (id, mode) => RACE_STYLES[id].color[mode]);
}
