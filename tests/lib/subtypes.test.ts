import { describe, expect, it } from "vitest";
import { SUBTYPE_CATEGORY_IDS, SUBTYPES, subtypeLabel } from "@/lib/subtypes";
import { BACKGROUNDS, contrastRatio, THEME_TOKENS, themeCss } from "@/lib/theme";

describe("subtype config", () => {
  it("defines each category once, keyed by its own id", () => {
    for (const id of SUBTYPE_CATEGORY_IDS) expect(SUBTYPES[id].id).toBe(id);
    expect(Object.keys(SUBTYPES).sort()).toEqual([...SUBTYPE_CATEGORY_IDS].sort());
  });

  it.each(SUBTYPE_CATEGORY_IDS)("%s has at least 3:1 contrast on the light and the dark background", (id) => {
    expect(contrastRatio(SUBTYPES[id].color.light, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(SUBTYPES[id].color.dark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it("never relies on colour alone: labels and markers are distinct too", () => {
    const all = SUBTYPE_CATEGORY_IDS.map((id) => SUBTYPES[id]);
    expect(new Set(all.map((s) => s.label)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.plainName)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.marker)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.color.light)).size).toBe(all.length);
  });

  it("HR and HER2 status agree with the id", () => {
    for (const id of SUBTYPE_CATEGORY_IDS.filter((i) => i !== "unknown")) {
      const [, hr, , her2] = id.split("-");
      expect(SUBTYPES[id].hr).toBe(hr === "pos" ? "positive" : "negative");
      expect(SUBTYPES[id].her2).toBe(her2 === "pos" ? "positive" : "negative");
    }
  });

  it("emits a CSS variable per subtype and per page token for both schemes", () => {
    const css = themeCss();
    expect(css).toContain(`--text:${THEME_TOKENS.light.text};`);
    expect(css).toContain(`@media (prefers-color-scheme: dark){:root{--bg:${THEME_TOKENS.dark.bg};`);
    for (const id of SUBTYPE_CATEGORY_IDS) {
      expect(css).toContain(`--subtype-${id}:${SUBTYPES[id].color.light};`);
      expect(css).toContain(`--subtype-${id}:${SUBTYPES[id].color.dark};`);
    }
  });
});

describe("subtypeLabel", () => {
  it("names a row's subtype as a cell the table links, and leaves a row of no one subtype blank", () => {
    expect(subtypeLabel({ subtype: "hr-pos-her2-pos" })).toEqual({ subtype: "hr-pos-her2-pos" });
    expect(subtypeLabel({ subtype: null })).toBe("");
  });
});

describe("page theme", () => {
  it.each(["light", "dark"] as const)("%s text, muted, link and error text meet 4.5:1 on the page and surface", (mode) => {
    const t = THEME_TOKENS[mode];
    for (const fg of [t.text, t.muted, t.accent, t.error]) {
      expect(contrastRatio(fg, t.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(fg, t.surface)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("contrastRatio", () => {
  it("matches WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
  });
});
