import { describe, expect, it } from "vitest";
import { RACE_STYLES, raceColorCss, raceColorVar, SEER_RACE_IDS } from "@/lib/charts/race-style";
import { SUBTYPES } from "@/lib/subtypes";
import { BACKGROUNDS, contrastRatio } from "@/lib/theme";

describe("race/ethnicity palette", () => {
  it.each(SEER_RACE_IDS)("%s has at least 3:1 contrast on the light and the dark background", (id) => {
    expect(contrastRatio(RACE_STYLES[id].color.light, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(RACE_STYLES[id].color.dark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it("gives every group its own colour and its own marker, none borrowed from a subtype", () => {
    const colours = SEER_RACE_IDS.flatMap((id) => [RACE_STYLES[id].color.light, RACE_STYLES[id].color.dark]);
    expect(new Set(colours).size).toBe(colours.length);
    expect(new Set(SEER_RACE_IDS.map((id) => RACE_STYLES[id].marker)).size).toBe(SEER_RACE_IDS.length);
    const subtypeColours = Object.values(SUBTYPES).flatMap((s) => [s.color.light, s.color.dark]);
    expect(colours.filter((c) => subtypeColours.includes(c))).toEqual([]);
  });

  it("publishes the palette as CSS variables, dark under prefers-color-scheme", () => {
    const css = raceColorCss();
    expect(css).toContain(`--race-nh-black:${RACE_STYLES["nh-black"].color.light};`);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{:root\{.*--race-nh-black:#F28DB2;/);
    expect(raceColorVar("hispanic")).toBe("var(--race-hispanic)");
  });
});
