/**
 * The page and the exported image draw the same scene: for the same view, every explorable mark
 * (by its data id) has the same shapes, the same geometry and the same words in both. Only the
 * colour differs in form (a theme variable on the page, its value in the file). A bar chart's image
 * says each row's label once, left of its bars (bars-image.ts): there a bar's own shapes (the bar,
 * its interval, its value) and their lengths across must match the page's, and the labels the page
 * prints above its bars must be the image's row labels, in the same order.
 */
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { EMBEDS } from "@/components/embed/embeds";
import { chartSvg } from "@/lib/export/chart-svg";
import { parseChartRequest } from "@/lib/export/charts";

type Geometry = "all" | "across" | "none";

/** The attributes compared: every one, only those placing a shape across (a bar's length), or none. */
const GEOMETRY: Record<Geometry, readonly string[]> = {
  all: ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "cx", "cy", "r", "d"],
  across: ["x", "width", "x1", "x2"],
  none: [],
};

const LABEL_CLASSES = ["chart-label", "chart-sublabel"];

/** A bar's label and its marker (the shape drawn before the label). */
function isBarLabel(shape: Element, shapes: readonly Element[]): boolean {
  if (LABEL_CLASSES.some((name) => shape.classList.contains(name))) return true;
  const next = shapes[shapes.indexOf(shape) + 1];
  return next?.classList.contains("chart-label") === true;
}

/** What a mark is made of, colours left out: its shapes with their geometry, and its words; `withoutLabels` leaves bar labels out. */
function marksOf(root: ParentNode, key: string, geometry: Geometry, withoutLabels = false): Map<string, string[]> {
  const marks = new Map<string, string[]>();
  for (const mark of root.querySelectorAll(`[${key}]`)) {
    const shapes = shapesIn(mark);
    const parts = shapes
      .filter((shape) => !(withoutLabels && isBarLabel(shape, shapes)))
      .map((shape) => {
        const attributes = GEOMETRY[geometry]
          .map((name) => shape.getAttribute(name))
          .filter((value) => value !== null)
          .join(" ");
        // A label's lines may break differently in another layout: its words are what must match
        // (its lines read apart, a space between them: the spaces are collapsed, not the breaks).
        const words = (shape.textContent ?? "").replace(/\s+/g, " ").trim();
        return shape.tagName === "text" ? `text ${words}` : `${shape.tagName} ${attributes}`.trim();
      });
    marks.set(mark.getAttribute(key) ?? "", parts);
  }
  return marks;
}

const SHAPES = new Set(["rect", "line", "circle", "path", "text"]);

/** In drawing order (a selector list is not walked in document order by every DOM). */
function shapesIn(element: Element): Element[] {
  return [...element.children].flatMap((child) => (SHAPES.has(child.tagName) ? [child] : shapesIn(child)));
}

function imageSvg(chart: string, query: string): Document {
  const request = parseChartRequest(`${chart}.svg`, new URLSearchParams(query));
  if (!request.ok) throw new Error(request.error.message);
  return new DOMParser().parseFromString(chartSvg(request.spec()), "image/svg+xml");
}

function pageFigure(embed: keyof typeof EMBEDS, query: string): HTMLElement {
  return render(EMBEDS[embed](Object.fromEntries(new URLSearchParams(query))).chart as ReactElement).container;
}

/** The words of the texts `selector` finds, in order, each once (the page repeats a stage's subtypes). */
function wordsIn(root: ParentNode, selector: string): string[] {
  return [...new Set([...root.querySelectorAll(selector)].map((text) => text.textContent ?? ""))];
}

describe("page and image draw the same marks", () => {
  // Each embed draws its page's chart; the image of the same view must carry the same marks. The
  // bars stand in rows of the image's own height (and survival by stage in small multiples), so a
  // bar is compared across only; the diagram's wide layout moves its nodes, so only shapes and words.
  it.each([
    { name: "survival bars, four-year", embed: "survival", chart: "survival", query: "" },
    { name: "survival bars, details wording", embed: "survival", chart: "survival", query: "wording=details" },
    { name: "survival bars, five-year by stage", embed: "survival", chart: "survival", query: "measure=five-year-relative" },
    { name: "share-of-cases bars", embed: "prevalence", chart: "share-of-cases", query: "" },
    { name: "incidence by subtype, the earlier edition", embed: "incidence-by-subtype", chart: "incidence-by-subtype", query: "period=2016-2020" },
    { name: "incidence by race, triple-negative", embed: "incidence-by-race", chart: "incidence-by-race", query: "raceFigures=triple-negative" },
    { name: "HER2-low share", embed: "her2-low", chart: "her2-low", query: "" },
  ] as const)("$name", ({ embed, chart, query }) => {
    const [page, image] = [pageFigure(embed, query), imageSvg(chart, query)];
    const bars = marksOf(page, "data-id", "across", true);
    expect(bars.size).toBeGreaterThan(0);
    expect(marksOf(image, "data-id", "across")).toEqual(bars);
    const rowLabels = image.querySelector('[data-part="row-labels"]');
    // The image keeps no page-only class names: every text of its label column is a label.
    expect(rowLabels && wordsIn(rowLabels, "text")).toEqual(wordsIn(page, LABEL_CLASSES.map((name) => `text.${name}`).join(",")));
  });

  // The timeline's image names each drug once, in a row of its own (lib/charts/timeline-image.ts), so
  // approvals stand elsewhere and carry no labels; each one's markers, outline and ring must be the page's.
  it("the approvals timeline, filtered", () => {
    const query = "class=antibody-drug-conjugate,tyrosine-kinase-inhibitor";
    const glyphs = (root: ParentNode) =>
      new Map(
        [...root.querySelectorAll('[data-testid="approval-mark"]')].map((mark) => [
          mark.getAttribute("data-id"),
          // In drawing order: a selector list is not walked in document order by every DOM.
          [...mark.querySelectorAll("*")]
            .filter((part) => part.matches('[data-population], [data-testid="accelerated-ring"], [data-testid="joint-outline"]'))
            .flatMap((part) => [
              part.getAttribute("data-population") ?? part.getAttribute("data-testid"),
              ...shapesIn(part).map((shape) => `${shape.tagName} ${GEOMETRY.all.map((name) => shape.getAttribute(name) ?? "").join(" ")}`),
            ]),
        ]),
      );
    const page = glyphs(pageFigure("treatments", query));
    expect(page.size).toBe(12);
    expect(glyphs(imageSvg("treatments", query))).toEqual(page);
  });

  // A case's wide images draw its path alone, large (lib/charts/flow/path-scene.ts): the square draws the diagram.
  it("the decision flow with a case, on the square", () => {
    const query = "ihc=2%2B&ratio=2.5&copies=5.1";
    const page = marksOf(pageFigure("testing", query), "data-node", "none");
    expect(page.size).toBeGreaterThan(0);
    expect(marksOf(imageSvg("testing", `${query}&size=square`), "data-node", "none")).toEqual(page);
  });
});
