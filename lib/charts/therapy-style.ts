/**
 * The one display config for HER2 populations on the treatments timeline: a marker shape and a
 * colour per population. The shape carries the meaning (colour is never the only cue); the colours
 * are their own small palette, checked for ≥3:1 contrast on both page backgrounds (WCAG 1.4.11).
 */
import { HER2_POPULATIONS, type Her2Population } from "../datasets/therapy-dimensions";
import type { Marker } from "../subtypes";
import { paletteCss } from "../theme";

export interface PopulationStyle {
  marker: Marker;
  color: { light: string; dark: string };
}

export const POPULATION_STYLES: Record<Her2Population, PopulationStyle> = {
  "her2-positive-early": { marker: "circle", color: { light: "#1D5FA0", dark: "#7FB2EC" } },
  "her2-positive-metastatic": { marker: "square", color: { light: "#A33A1F", dark: "#F29A7C" } },
  "her2-low": { marker: "triangle", color: { light: "#5A6E00", dark: "#BACB4F" } },
  "her2-ultralow": { marker: "diamond", color: { light: "#7A3E9D", dark: "#C7A2EB" } },
};

/**
 * Short population names for the mark labels, as a group and a qualifier, so that two populations of
 * one group share it: "HER2+ early & metastatic", "HER2-low & -ultralow".
 */
const POPULATION_SHORT: Record<Her2Population, { group: string; qualifier: string }> = {
  "her2-positive-early": { group: "HER2+", qualifier: " early" },
  "her2-positive-metastatic": { group: "HER2+", qualifier: " metastatic" },
  "her2-low": { group: "HER2", qualifier: "-low" },
  "her2-ultralow": { group: "HER2", qualifier: "-ultralow" },
};

/** The populations an approval covers, in a few characters: the visible label under its brand. */
export function populationsShortLabel(populations: readonly Her2Population[]): string {
  const groups = new Map<string, string[]>();
  for (const population of populations) {
    const { group, qualifier } = POPULATION_SHORT[population];
    groups.set(group, [...(groups.get(group) ?? []), qualifier]);
  }
  return [...groups].map(([group, qualifiers]) => `${group}${qualifiers.map((q, i) => (i === 0 ? q : q.trim())).join(" & ")}`).join(", ");
}

export function populationColorVar(population: Her2Population): string {
  return `var(--population-${population})`;
}

/** CSS custom properties for the population palette, light by default and dark under prefers-color-scheme. */
export function populationColorCss(): string {
  return paletteCss("population", HER2_POPULATIONS, (population, mode) => POPULATION_STYLES[population].color[mode]);
}
