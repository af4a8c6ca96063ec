import { describe, expect, it } from "vitest";
import { inlineColor } from "@/lib/charts/colors";
import { type PrevalenceViewState, prevalenceChartFrame, prevalenceImagePath } from "@/lib/charts/prevalence-state";
import { RACE_STYLES } from "@/lib/charts/race-style";
import { SURVIVAL_DEFAULTS, survivalImagePath } from "@/lib/charts/survival-state";
import { pageCardScene, pageCardSvg } from "@/lib/export/card";
import { imageUrl } from "@/lib/export/image-url";
import { cardName, PAGE_TEXT, type PagePath, pageForCard } from "@/lib/pages";
import { SITE_NAME } from "@/lib/release";
import { EXPORT_SIZES } from "@/lib/scene/frame";
import { SUBTYPE_CATEGORY_IDS, SUBTYPES } from "@/lib/subtypes";
import { THEME_TOKENS } from "@/lib/theme";
import { placedText } from "../scene/placed-text";

describe("image addresses", () => {
  it("each prevalence image carries only the state its section reads", () => {
    const state: PrevalenceViewState = { period: "2016-2020", raceFigures: "triple-negative", races: ["hispanic"], wording: "details", view: "table" };
    expect(prevalenceImagePath("incidence-by-subtype", state)).toBe("/api/charts/incidence-by-subtype?period=2016-2020&wording=details");
    expect(prevalenceImagePath("incidence-by-race", state)).toBe("/api/charts/incidence-by-race?raceFigures=triple-negative&wording=details");
    expect(prevalenceImagePath("incidence-by-age", state)).toBe("/api/charts/incidence-by-age?races=hispanic&wording=details");
    expect(prevalenceImagePath("median-age", { wording: "plain" })).toBe("/api/charts/median-age");
  });

  it("a prevalence chart's embed reads the same state as its image; the share chart embeds as /embed/prevalence", () => {
    expect(prevalenceChartFrame("incidence-by-race", { raceFigures: "her2-2022", period: "2016-2020" })).toEqual({
      imagePath: "/api/charts/incidence-by-race?raceFigures=her2-2022",
      embed: { chart: "incidence-by-race", search: "?raceFigures=her2-2022" },
      fold: "open",
    });
    expect(prevalenceChartFrame("share-of-cases", { wording: "details" }).embed).toEqual({ chart: "prevalence", search: "?wording=details" });
  });

  it("the survival image ignores the table/chart switch", () => {
    expect(survivalImagePath({ ...SURVIVAL_DEFAULTS, measure: "five-year-relative", stage: "distant", view: "table" })).toBe(
      "/api/charts/survival?measure=five-year-relative&stage=distant",
    );
  });

  it("adds the format and extra parameters to a path with or without a query", () => {
    expect(imageUrl("/api/charts/her2-low", "png", "size=og")).toBe("/api/charts/her2-low.png?size=og");
    expect(imageUrl("/api/charts/survival?stage=distant", "svg", "size=slide")).toBe("/api/charts/survival.svg?stage=distant&size=slide");
  });
});

describe("inline colours for exported files", () => {
  it("resolves subtype, race and page-token variables in each mode, and leaves plain colours alone", () => {
    expect(inlineColor("var(--subtype-hr-neg-her2-pos)", "dark")).toBe(SUBTYPES["hr-neg-her2-pos"].color.dark);
    expect(inlineColor("var(--race-nh-api)", "light")).toBe(RACE_STYLES["nh-api"].color.light);
    expect(inlineColor("var(--muted)", "dark")).toBe(THEME_TOKENS.dark.muted);
    expect(inlineColor("#123456", "dark")).toBe("#123456");
  });
});

describe("page cards", () => {
  it("are the og size, with the page's own title and description", () => {
    expect(EXPORT_SIZES.og).toMatchObject({ width: 1200, height: 630 });
    const svg = pageCardSvg({ ...PAGE_TEXT["/testing"], mode: "dark" });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain("<title>How HER2 testing works</title>");
    expect(svg).toContain(`fill="${THEME_TOKENS.dark.bg}"`);
  });

  it("are a scene: the subtype band in the scheme's colours, the site named once", () => {
    const dark = pageCardSvg({ ...PAGE_TEXT["/testing"], mode: "dark" });
    for (const id of SUBTYPE_CATEGORY_IDS.filter((id) => id !== "unknown")) {
      expect(dark).toContain(`fill="${SUBTYPES[id].color.dark}"`);
      expect(dark).not.toContain(SUBTYPES[id].color.light);
    }
    expect(dark).not.toContain("var(--");
    const words = (card: { title: string; description: string }) =>
      pageCardScene(card).marks.flatMap((m) => (m.kind === "text-lines" ? m.lines.map((l) => l.text) : []));
    expect(words(PAGE_TEXT["/testing"])).toContain(SITE_NAME);
    expect(words(PAGE_TEXT["/"]).filter((line) => line === SITE_NAME)).toHaveLength(1);
  });

  it("keep every page's bold title inside the card, measured at bold's width", () => {
    const { width } = EXPORT_SIZES.og;
    for (const path of Object.keys(PAGE_TEXT) as PagePath[])
      for (const text of placedText(pageCardScene(PAGE_TEXT[path]))) expect(text.right, `${path}: ${text.text}`).toBeLessThanOrEqual(width);
  });

  it("name every page, home included, and nothing else", () => {
    for (const path of Object.keys(PAGE_TEXT) as PagePath[]) expect(pageForCard(cardName(path))).toBe(path);
    expect(cardName("/")).toBe("home");
    expect(pageForCard("nowhere")).toBeNull();
    expect(pageForCard("")).toBeNull();
  });

  it("give each subtype page a card of its own, named subtype-<id>, with its own words; unknown has none", () => {
    expect(cardName("/subtypes/hr-neg-her2-pos")).toBe("subtype-hr-neg-her2-pos");
    expect(pageForCard("subtype-hr-neg-her2-pos")).toBe("/subtypes/hr-neg-her2-pos");
    expect(pageForCard("subtypes")).toBe("/subtypes");
    expect(pageForCard("subtype-unknown")).toBeNull();
    expect(PAGE_TEXT["/subtypes/hr-neg-her2-neg"].title).toBe("HR−/HER2− breast cancer");
    expect(PAGE_TEXT["/subtypes/hr-neg-her2-neg"].description).toContain("(triple-negative)");
    const svg = pageCardSvg({ ...PAGE_TEXT["/subtypes/hr-neg-her2-pos"], mode: "light" });
    expect(svg).toContain("<title>HR−/HER2+ breast cancer</title>");
  });
});
