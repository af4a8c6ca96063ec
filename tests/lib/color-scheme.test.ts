import { describe, expect, it } from "vitest";
import { flowColorCss } from "@/lib/charts/flow/style";
import { outcomeColorCss } from "@/lib/charts/outcome-style";
import { raceColorCss } from "@/lib/charts/race-style";
import { populationColorCss } from "@/lib/charts/therapy-style";
import { armColorCss } from "@/lib/charts/trial-style";
import { embedRootCss, schemeDeclarations } from "@/lib/color-scheme";
import { presentDeclarations } from "@/lib/present-theme";
import { themeCss } from "@/lib/theme";

/** The declarations each palette's page CSS gives in one scheme: its :root block, or the one under prefers-color-scheme: dark. */
function declared(css: string, mode: "light" | "dark"): Map<string, string> {
  const block = mode === "light" ? /^:root\{([^}]*)\}/.exec(css)?.[1] : /prefers-color-scheme: dark\)\{:root\{([^}]*)\}/.exec(css)?.[1];
  return new Map([...(block ?? "").matchAll(/(--[a-z0-9-]+):([^;]+);/g)].map((m) => [m[1] as string, m[2] as string]));
}

const PAGE_PALETTES = [themeCss(), flowColorCss(), raceColorCss(), populationColorCss(), armColorCss(), outcomeColorCss()];

describe("embedRootCss", () => {
  it("adds nothing for the default look: the reader's system decides", () => {
    expect(embedRootCss({ theme: "auto", transparent: false })).toBe("");
  });

  it.each(["light", "dark"] as const)("%s: sets every variable of every palette to that scheme's value, on the root, with its color-scheme", (mode) => {
    const css = embedRootCss({ theme: mode, transparent: false });
    expect(css.startsWith(`html:root{color-scheme:${mode};`)).toBe(true);
    const forced = new Map([...css.matchAll(/(--[a-z0-9-]+):([^;]+);/g)].map((m) => [m[1], m[2]]));
    let count = 0;
    for (const palette of PAGE_PALETTES) {
      for (const [name, value] of declared(palette, mode)) {
        expect(forced.get(name), name).toBe(value);
        count++;
      }
    }
    expect(count).toBeGreaterThan(30);
    expect(forced.size).toBe(count);
  });

  it("transparent clears the page's background, whatever the scheme", () => {
    expect(embedRootCss({ theme: "auto", transparent: true })).toBe("html:root,html:root body{background:transparent}");
    expect(embedRootCss({ theme: "dark", transparent: true })).toMatch(/^html:root\{color-scheme:dark;.*\}html:root,html:root body\{background:transparent\}$/);
  });
});

describe("presentDeclarations", () => {
  it("declares for /present's light and dark what a forced embed does; high contrast redraws the site and the flow and keeps dark's other palettes", () => {
    expect(presentDeclarations("dark")).toBe(schemeDeclarations("dark"));
    expect(presentDeclarations("light")).toBe(schemeDeclarations("light"));
    const contrast = presentDeclarations("contrast");
    expect(contrast).toContain("--bg:#000000;");
    expect(contrast).toContain(`--arm-experimental:${declared(armColorCss(), "dark").get("--arm-experimental")};`);
    expect(contrast).toContain(`--race-nh-black:${declared(raceColorCss(), "dark").get("--race-nh-black")};`);
  });
});
