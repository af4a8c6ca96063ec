/**
 * Every exported image, at every size, says where it comes from: "HER2 Atlas", the view's short
 * address on the public origin, and the citation, in a footer legible when projected. The rule:
 * on slide and square images (the projected sizes) nothing the frame prints (title, takeaway,
 * citation, site and address) is under 20 px, which on a 1600 px slide shown on a 1920 px projector
 * is 24 px. No text reaches outside the image.
 */
import { describe, expect, it } from "vitest";
import { type ChartSpec, chartImageScene } from "@/lib/charts/image-scene";
import { EXAMPLE_PATIENT, outcomesSearch } from "@/lib/charts/outcomes-state";
import { CHARTS } from "@/lib/charts/registry";
import type { ChartId } from "@/lib/charts/registry-content";
import { parseSurvivalState } from "@/lib/charts/survival-state";
import { parseChartRequest } from "@/lib/export/charts";
import { parseHer2Query } from "@/lib/her2/input";
import { parsePredictQuery } from "@/lib/predict/inputs";
import { shortAddress, wrapAddress } from "@/lib/scene/address";
import { ADDRESS_GLYPH_WIDTH, EXPORT_SIZES, type ExportSize, textWidth } from "@/lib/scene/frame";
import type { Mark, Scene } from "@/lib/scene/types";
import { placedText } from "./placed-text";

const ORIGIN = "https://her2.example.org";
const SIZES = Object.keys(EXPORT_SIZES) as ExportSize[];
const PROJECTED: readonly ExportSize[] = ["slide", "square"];

/** `null`: no public origin known. */
function spec(chart: string, query: string, origin: string | null = ORIGIN): ChartSpec {
  const request = parseChartRequest(`${chart}.svg`, new URLSearchParams(query), origin ?? undefined);
  if (!request.ok) throw new Error(`${chart}?${query}: ${request.error.message}`);
  return request.spec();
}

/** The frame's own text: the top-level text marks (a chart's text is inside its viewports and groups). */
function frameLines(scene: Scene): { text: string; size: number }[] {
  return scene.marks.flatMap((mark: Mark) =>
    mark.kind === "text-lines" ? mark.lines.map((line) => ({ text: line.text, size: mark.style?.fontSize ?? 0 })) : [],
  );
}

/** The address's lines as drawn: their text, the font size and where each starts. */
function addressLines(scene: Scene): { text: string; size: number; x: number }[] {
  const block = scene.marks.find((mark) => mark.kind === "text-lines" && mark.lines[0]?.text.startsWith("HER2 Atlas · "));
  if (block?.kind !== "text-lines") throw new Error("no address in the footer");
  return block.lines.map((line) => ({ text: line.text, size: block.style?.fontSize ?? 0, x: line.x as number }));
}

/** The footer's words read as one string, lines joined as a reader would (a wrapped address joined without a space). */
function footer(scene: Scene): { citation: string; address: string } {
  const lines = frameLines(scene).map((line) => line.text);
  const site = lines.findIndex((line) => line.startsWith("HER2 Atlas · "));
  const source = lines.findIndex((line) => line.startsWith("Source: "));
  return { citation: lines.slice(source, site).join(" "), address: lines.slice(site).join("") };
}

const EVERY_IMAGE = (Object.keys(CHARTS) as ChartId[]).flatMap((chart) => SIZES.map((size) => ({ chart, size })));

describe("every image's footer", () => {
  it.each(EVERY_IMAGE)("$chart at $size carries HER2 Atlas, the view's address and the citation", ({ chart, size }) => {
    const content = spec(chart, `size=${size}`);
    const scene = chartImageScene(content);
    const { citation, address } = footer(scene);
    // The outcomes image draws the example patient without one, and names that patient's view (the bare page is an empty form).
    const page = chart === "outcomes" ? `/outcomes${outcomesSearch(EXAMPLE_PATIENT)}` : CHARTS[chart].page;
    expect(address).toBe(`HER2 Atlas · her2.example.org${page}`);
    expect(citation).toBe(`Source: ${content.citation}`.replace(/\s+/g, " "));
  });

  it.each(EVERY_IMAGE.filter(({ size }) => PROJECTED.includes(size)))("$chart at $size prints the frame at 20 px or more", ({ chart, size }) => {
    const lines = frameLines(chartImageScene(spec(chart, `size=${size}`)));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line.size, line.text).toBeGreaterThanOrEqual(20);
  });

  it.each(EVERY_IMAGE)("$chart at $size keeps every text inside the image", ({ chart, size }) => {
    const scene = chartImageScene(spec(chart, `size=${size}`));
    const { width, height } = EXPORT_SIZES[size];
    for (const text of placedText(scene)) {
      expect(text.left, text.text).toBeGreaterThanOrEqual(0);
      expect(text.right, text.text).toBeLessThanOrEqual(width);
      expect(text.top, text.text).toBeGreaterThanOrEqual(0);
      expect(text.bottom, text.text).toBeLessThanOrEqual(height);
    }
  });
});

describe("the footer's address names the view shown", () => {
  it("carries a non-default view's options, in the page's own query, and the page reads the same view back", () => {
    const query = "measure=five-year-relative&stage=distant&compare=hr-pos-her2-pos,hr-neg-her2-neg";
    const { address } = footer(chartImageScene(spec("survival", query)));
    expect(address).toBe("HER2 Atlas · her2.example.org/survival?measure=five-year-relative&stage=distant&compare=hr-pos-her2-pos,hr-neg-her2-neg");
    const printed = new URL(`https://${address.replace("HER2 Atlas · ", "")}`);
    expect(parseSurvivalState(Object.fromEntries(printed.searchParams)).state).toEqual(
      parseSurvivalState(Object.fromEntries(new URLSearchParams(query))).state,
    );
  });

  it("leaves out what is the default, and what an image does not draw (the size, the theme)", () => {
    const { address } = footer(chartImageScene(spec("survival", "measure=four-year-cause-specific&stage=every&size=square&theme=dark")));
    expect(address).toBe("HER2 Atlas · her2.example.org/survival");
  });

  it("puts the chart's anchor after the query, where the page has several charts", () => {
    const { address } = footer(chartImageScene(spec("incidence-by-age", "races=hispanic,nh-black")));
    expect(address).toBe("HER2 Atlas · her2.example.org/prevalence?races=hispanic,nh-black#by-age");
  });

  it("carries a HER2 result as the page links it (the default dual-probe assay left out, a score spelled 3+), and the page reads the same case back", () => {
    const { address } = footer(chartImageScene(spec("testing", "ihc=2%2B&assay=dual&ratio=2.5&copies=5.1")));
    expect(address).toBe("HER2 Atlas · her2.example.org/testing?ihc=2%2B&ratio=2.5&copies=5.1");
    const printed = new URL(`https://${address.replace("HER2 Atlas · ", "")}`);
    expect(parseHer2Query(printed.searchParams)).toEqual(parseHer2Query(new URLSearchParams("ihc=2%2B&assay=dual&ratio=2.5&copies=5.1")));
    expect(footer(chartImageScene(spec("testing", "ihc=3"))).address).toBe("HER2 Atlas · her2.example.org/testing?ihc=3%2B");
  });

  it("carries a patient, wrapped only at the query's joints, and the lines joined are the link", () => {
    const patient = "age=67&screen=1&size=12&grade=2&nodes=0&er=1&pr=1&her2=0&ki67=0&generation=0&horm=1&traz=0&bis=1&radio=1&heartGy=6&smoker=1";
    const scene = chartImageScene(spec("outcomes", `${patient}&size=square`));
    const lines = frameLines(scene).map((line) => line.text);
    const first = lines.findIndex((line) => line.startsWith("HER2 Atlas · "));
    const addressLines = lines.slice(first);
    expect(addressLines.length).toBeGreaterThan(1);
    for (const line of addressLines.slice(1)) expect(line).toMatch(/^[&?#]/);
    const printed = new URL(`https://${addressLines.join("").replace("HER2 Atlas · ", "")}`);
    expect(printed.pathname).toBe("/outcomes");
    expect(parsePredictQuery(printed.searchParams)).toEqual(parsePredictQuery(new URLSearchParams(patient)));
  });

  // A filled patient is the longest address an image prints; its semibold digits, "=" and "&" run
  // wider than prose, so it is measured as the address (the reviewer's slide cut it at "&generation=3&ho").
  const LONG_PATIENT = "age=52&screen=1&size=22&grade=2&nodes=1&er=1&pr=1&her2=1&ki67=9&generation=3&horm=1&traz=1&bis=0&radio=1&heartGy=1&smoker=0";
  it.each(SIZES.flatMap((size) => ["https://her2.example.org", "http://localhost:3204"].map((origin) => ({ size, origin }))))(
    "keeps every line of a long outcomes address inside the frame at $size ($origin), the link whole",
    ({ size, origin }) => {
      const scene = chartImageScene(spec("outcomes", `${LONG_PATIENT}&size=${size}`, origin));
      const lines = addressLines(scene);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines)
        expect(line.x + textWidth(line.text, line.size, ADDRESS_GLYPH_WIDTH), line.text).toBeLessThanOrEqual(EXPORT_SIZES[size].width - line.x);
      expect(footer(scene).address).toBe(`HER2 Atlas · ${shortAddress(`/outcomes?${LONG_PATIENT}`, origin)}`);
    },
  );

  it("without a public origin, prints the view's path on the atlas", () => {
    const { address } = footer(chartImageScene(spec("trials", "endpoint=th3resa-pfs", null)));
    expect(address).toBe("HER2 Atlas · /trials?endpoint=th3resa-pfs");
  });

  it("names the origin in the image's cache key, so two forwarded hosts never share an image", () => {
    const key = (origin: string) => {
      const request = parseChartRequest("survival.svg", new URLSearchParams(), origin);
      return request.ok ? request.key : null;
    };
    expect(key("https://a.example")).not.toBe(key("https://b.example"));
  });
});

describe("shortAddress and wrapAddress", () => {
  it("prints the host without the scheme, a port kept, and list commas as commas", () => {
    expect(shortAddress("/survival?subtypes=a%2Cb", "http://localhost:3000")).toBe("localhost:3000/survival?subtypes=a,b");
    expect(shortAddress("/survival", "https://her2.example.org")).toBe("her2.example.org/survival");
  });

  it("never drops or changes a character, and breaks before ?, & and # or after a comma", () => {
    const address = "her2.example.org/prevalence?period=2018-2022&raceFigures=hr-pos-her2-pos&races=hispanic,nh-aian,nh-api,nh-black#by-age";
    for (const width of [8, 20, 40, 200]) {
      const lines = wrapAddress(address, width);
      expect(lines.join("")).toBe(address);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    }
    expect(wrapAddress(address, 40)).toEqual([
      "her2.example.org/prevalence",
      "?period=2018-2022",
      "&raceFigures=hr-pos-her2-pos",
      "&races=hispanic,nh-aian,nh-api,nh-black",
      "#by-age",
    ]);
  });
});
