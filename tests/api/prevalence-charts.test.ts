// @vitest-environment node
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/charts/[file]/route";
import { PREVALENCE_CHART_STATE, parsePrevalenceState } from "@/lib/charts/prevalence-state";
import { ageView, her2LowView, incidenceView, medianAgeView, raceView, shareView } from "@/lib/charts/prevalence-views";
import { RACE_STYLES } from "@/lib/charts/race-style";
import { CHARTS } from "@/lib/charts/registry";
import { datasets } from "@/lib/datasets";
import { escapeXml } from "@/lib/scene/svg";
import { THEME_TOKENS } from "@/lib/theme";
import { expectPng } from "./image-answer";
import { imageGetter } from "./image-request";

const get = imageGetter(GET, "charts");
const svgOf = async (file: string, query = "") => (await get(file, query)).text();
const state = (query: string) => parsePrevalenceState(Object.fromEntries(new URLSearchParams(query))).state;

/** Each /prevalence section, the query that changes it, and the page's own view function. */
const SECTIONS = [
  ["share-of-cases", "?wording=details", (q: string) => shareView(datasets.prevalence, state(q))],
  ["incidence-by-subtype", "?period=2016-2020", (q: string) => incidenceView(datasets.prevalence, state(q))],
  ["incidence-by-race", "?raceFigures=her2-2022", (q: string) => raceView(datasets.prevalence, state(q))],
  ["incidence-by-age", "?races=hispanic,nh-black", (q: string) => ageView(datasets.prevalence, state(q))],
  ["her2-low", "?wording=details", (q: string) => her2LowView(datasets.prevalence, state(q))],
  ["median-age", "", (q: string) => medianAgeView(datasets.prevalence, state(q))],
] as const;

describe("GET /api/charts/<prevalence chart>", () => {
  it("has an image for every /prevalence section the page links to", () => {
    expect(Object.keys(PREVALENCE_CHART_STATE).every((chart) => chart in CHARTS)).toBe(true);
  });

  it.each(SECTIONS)("%s%s carries the page's title and takeaway for that view", async (chart, query, view) => {
    const expected = view(query);
    const svg = await svgOf(`${chart}.svg`, query);
    expect(svg).toContain(`<title>${escapeXml(expected.title)}</title>`);
    expect(svg).toContain(`<desc>${escapeXml(expected.takeaway)}</desc>`);
    expect(svg).not.toContain("var(--");
  });

  it("follows the section's parameters, not only the defaults", async () => {
    expect(await svgOf("incidence-by-subtype.svg", "?period=2016-2020")).toContain("2016–2020");
    expect(await svgOf("incidence-by-subtype.svg")).toContain("2017–2021");
    const triple = await svgOf("incidence-by-race.svg", "?raceFigures=triple-negative");
    expect(triple).toContain("Triple-negative new cases per 100,000 women aged 20 and over");
  });

  it.each(["share-of-cases", "incidence-by-subtype", "incidence-by-race", "her2-low", "median-age"] as const)(
    "%s draws one bar per available figure",
    async (chart) => {
      const defaults = SECTIONS.find(([name]) => name === chart)![2]("");
      if (!("bars" in defaults)) throw new Error("expected a bar view");
      const svg = await svgOf(`${chart}.svg`);
      const drawn = svg.match(/<rect x="0" y="[\d.]+" width="[\d.]+%" height="22"/g) ?? [];
      expect(drawn).toHaveLength(defaults.bars.filter((bar) => bar.value !== null).length);
      expect(svg.match(/Not available/g) ?? []).toHaveLength(defaults.bars.filter((bar) => bar.value === null).length);
    },
  );

  it("draws one dot per reported age-specific rate and names every suppressed one", async () => {
    const view = ageView(datasets.prevalence, { races: ["hispanic", "nh-aian"], wording: "plain" });
    const svg = await svgOf("incidence-by-age.svg", "?races=hispanic,nh-aian");
    const points = view.series.flatMap((s) => s.points);
    const reported = points.filter((p) => p.value !== null);
    // The page's marks, ids included: a dot per reported rate, a hollow mark per suppressed one.
    const dots = [...svg.matchAll(/<g data-id="([^"]+)" data-testid="dot"( data-missing="true")?/g)];
    expect(dots.map((m) => m[1])).toEqual(points.map((p) => p.id));
    expect(dots.filter((m) => !m[2])).toHaveLength(reported.length);
    // The legend lists exactly the groups drawn.
    expect(svg).toMatch(/data-legend="true">.*Hispanic.*NH AIAN.*<\/g>/);
    expect(svg).not.toMatch(/data-legend="true">[\s\S]*NH Black[\s\S]*?<\/g>/);
    const suppressed = view.series.find((s) => s.id === "nh-aian")!.points.filter((p) => p.value === null);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(dots.filter((m) => m[2]).map((m) => m[1])).toEqual(suppressed.map((p) => p.id));
    // Each suppressed value is named: its description is the mark's accessible name, under the strip's heading and its group's lane.
    for (const point of suppressed) expect(svg).toContain(`aria-label="${escapeXml(point.description)}"`);
    expect(svg).toContain(">Not available (suppressed by SEER):</text>");
    expect(svg).toContain(">NH AIAN</text>");
  });

  it("uses the dark tokens and the dark race colours on a dark background", async () => {
    const svg = await svgOf("incidence-by-age.svg", "?theme=dark");
    expect(svg).toContain(`fill="${THEME_TOKENS.dark.bg}"`);
    expect(svg).toContain(RACE_STYLES.hispanic.color.dark);
    expect(svg).not.toContain(RACE_STYLES.hispanic.color.light);
    // HER2-low bars are neutral (var(--muted)), which must resolve to a real colour in the file.
    expect(await svgOf("her2-low.svg", "?theme=dark")).toContain(`fill="${THEME_TOKENS.dark.muted}"`);
  });

  it.each([
    ["incidence-by-age.png", "slide", 1600, 900],
    ["incidence-by-age.png", "square", 1080, 1080],
    ["incidence-by-age.png", "og", 1200, 630],
    ["median-age.png", "og", 1200, 630],
  ] as const)("%s at size=%s is %i×%i", async (file, size, width, height) => {
    await expectPng(await get(file, `?size=${size}`), width, height);
  });

  it("accepts a whole /prevalence query, so a page link's query works on any of its images", async () => {
    const response = await get("median-age.svg", "?period=2016-2020&raceFigures=her2-2022&races=hispanic&wording=details&view=table");
    expect(response.status).toBe(200);
  });
});
