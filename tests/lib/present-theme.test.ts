import { describe, expect, it } from "vitest";
import { CHARTS } from "@/lib/charts/registry";
import { chartSvg } from "@/lib/export/chart-svg";
import { CONTRAST_COLORS, presentDeclarations, themedSvg } from "@/lib/present-theme";
import { contrastRatio } from "@/lib/theme";

const { tokens, subtypes, flow } = CONTRAST_COLORS;

describe("the high-contrast presentation theme", () => {
  it("puts text, links and the focus ring at 7:1 or more (WCAG AAA for text)", () => {
    for (const name of ["text", "muted", "accent", "focus", "error"] as const) expect(contrastRatio(tokens[name], tokens.bg), name).toBeGreaterThanOrEqual(7);
    // Text sits on the surface and on notices too.
    expect(contrastRatio(tokens.text, tokens.surface)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(tokens.text, tokens["notice-bg"])).toBeGreaterThanOrEqual(7);
  });

  it("draws every subtype and every flow mark at 7:1 or more, and lines that step back at 3:1 or more", () => {
    for (const [id, color] of Object.entries(subtypes)) expect(contrastRatio(color, tokens.bg), id).toBeGreaterThanOrEqual(7);
    for (const name of ["path", "explore", "pending"] as const) expect(contrastRatio(flow[name], tokens.bg), name).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(flow.faint, tokens.bg)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(tokens.grid, tokens.bg)).toBeGreaterThanOrEqual(3);
    // Node text is drawn on the path and category fills.
    expect(contrastRatio(tokens.text, flow["path-fill"])).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(tokens.text, flow["category-fill"])).toBeGreaterThanOrEqual(7);
  });

  it("gives the subtypes distinct colours", () => {
    expect(new Set(Object.values(subtypes)).size).toBe(Object.keys(subtypes).length);
  });

  it("recolours a chart image so that only high-contrast colours remain", () => {
    const palette = new Set([...Object.values(tokens), ...Object.values(subtypes)]);
    for (const chart of ["survival", "share-of-cases"] as const) {
      const svg = themedSvg(chartSvg({ ...CHARTS[chart].content({}), size: "slide", mode: "dark" }), "contrast");
      const colors = new Set((svg.match(/#[0-9a-fA-F]{6}\b/g) ?? []).map((hex) => hex.toLowerCase()));
      expect(colors.size).toBeGreaterThan(2);
      for (const color of colors) expect(palette, `${chart}: ${color}`).toContain(color);
    }
  });

  it("leaves light and dark slides as drawn, and declares every variable the pages read", () => {
    const svg = chartSvg({ ...CHARTS.survival.content({}), size: "slide", mode: "dark" });
    expect(themedSvg(svg, "dark")).toBe(svg);
    const names = (css: string) => [...css.matchAll(/(--[a-z0-9-]+):/g)].map((m) => m[1]).sort();
    expect(names(presentDeclarations("contrast"))).toEqual(names(presentDeclarations("dark")));
    expect(presentDeclarations("contrast")).toContain("--bg:#000000;");
  });
});
