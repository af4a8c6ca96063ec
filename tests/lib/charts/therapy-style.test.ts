import { describe, expect, it } from "vitest";
import { RACE_STYLES } from "@/lib/charts/race-style";
import { POPULATION_STYLES, populationColorCss, populationColorVar, populationsShortLabel } from "@/lib/charts/therapy-style";
import { HER2_POPULATIONS } from "@/lib/datasets/therapy-dimensions";
import { SUBTYPES } from "@/lib/subtypes";
import { BACKGROUNDS, contrastRatio } from "@/lib/theme";

describe("HER2 population markers and palette", () => {
  it.each(HER2_POPULATIONS)("%s has at least 3:1 contrast on the light and the dark background", (population) => {
    expect(contrastRatio(POPULATION_STYLES[population].color.light, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(POPULATION_STYLES[population].color.dark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it("gives every population its own marker, so colour is never the only cue", () => {
    const markers = HER2_POPULATIONS.map((population) => POPULATION_STYLES[population].marker);
    expect(new Set(markers).size).toBe(HER2_POPULATIONS.length);
  });

  it("uses colours of its own, none borrowed from a subtype or a race/ethnicity group", () => {
    const colours = HER2_POPULATIONS.flatMap((population) => Object.values(POPULATION_STYLES[population].color));
    expect(new Set(colours).size).toBe(colours.length);
    const taken = [...Object.values(SUBTYPES), ...Object.values(RACE_STYLES)].flatMap((style) => Object.values(style.color));
    expect(colours.filter((colour) => taken.includes(colour))).toEqual([]);
  });

  it("publishes the palette as CSS variables, dark under prefers-color-scheme", () => {
    const css = populationColorCss();
    expect(css).toContain(`--population-her2-low:${POPULATION_STYLES["her2-low"].color.light};`);
    expect(css).toMatch(new RegExp(`@media \\(prefers-color-scheme: dark\\)\\{:root\\{.*--population-her2-low:${POPULATION_STYLES["her2-low"].color.dark};`));
    expect(populationColorVar("her2-ultralow")).toBe("var(--population-her2-ultralow)");
  });
});

describe("populationsShortLabel", () => {
  it.each([
    [["her2-positive-metastatic"], "HER2+ metastatic"],
    [["her2-positive-early"], "HER2+ early"],
    [["her2-positive-early", "her2-positive-metastatic"], "HER2+ early & metastatic"],
    [["her2-low"], "HER2-low"],
    [["her2-low", "her2-ultralow"], "HER2-low & -ultralow"],
    [["her2-positive-metastatic", "her2-low"], "HER2+ metastatic, HER2-low"],
  ] as const)("%j → %s", (populations, label) => {
    expect(populationsShortLabel(populations)).toBe(label);
  });
});
