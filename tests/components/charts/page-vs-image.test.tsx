/**
 * The page and the exported image draw the same scene: for the same view, every explorable mark
 * (by its data id) has the same shapes, the same geometry and the same words in both. Only the
 * colour differs in form (a theme variable on the page, its value in the file).
 */
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { EMBEDS } from "@/components/embed/embeds";
import { chartSvg } from "@/lib/export/chart-svg";
import { parseChartRequest } from "@/lib/export/charts";

/** What a mark is made of, colours left out: its shapes with their geometry, and its words. */
function marksOf(root: ParentNode, key: string, geometry: boolean): Map<string, string[]> {
  const marks = new Map<string, string[]>();
  for (const mark of root.querySelectorAll(`[${key}]`)) {
    const parts = shapesIn(mark).map((shape) => {
      const attributes = ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "cx", "cy", "r", "d"]
        .map((name) => shape.getAttribute(name))
        .filter((value) => value !== null)
        .join(" ");
      // A label's lines may break differently in another layout: its words are what must match.
      const words = [...shape.childNodes].map((line) => line.textContent).join(" ");
      return shape.tagName === "text" ? `text ${words}` : geometry ? `${shape.tagName} ${attributes}` : shape.tagName;
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

function imageMarks(chart: string, query: string, key: string, geometry: boolean): Map<string, string[]> {
  const request = parseChartRequest(`${chart}.svg`, new URLSearchParams(query));
  if (!request.ok) throw new Error(request.error.message);
  const svg = new DOMParser().parseFromString(chartSvg(request.spec()), "image/svg+xml");
  return marksOf(svg, key, geometry);
}

function pageMarks(figure: ReactElement, key: string, geometry: boolean): Map<string, string[]> {
  const { container } = render(figure);
  return marksOf(container, key, geometry);
}

describe("page and image draw the same marks", () => {
  // Each embed draws its page's chart; the image of the same view must carry the same marks. Where
  // the image lays groups out as small multiples (survival by stage) or the diagram in its wide
  // layout, each mark keeps its shapes and words but not its place, so only those are compared. A
  // case's slide draws its path alone, large (lib/charts/flow/path-scene): the square draws the diagram.
  it.each([
    { name: "survival bars, four-year", embed: "survival", chart: "survival", query: "", key: "data-id", geometry: true, imageSize: "slide" },
    {
      name: "survival bars, details wording",
      embed: "survival",
      chart: "survival",
      query: "wording=details",
      key: "data-id",
      geometry: true,
      imageSize: "slide",
    },
    {
      name: "survival bars, five-year by stage",
      embed: "survival",
      chart: "survival",
      query: "measure=five-year-relative",
      key: "data-id",
      geometry: false,
      imageSize: "slide",
    },
    { name: "share-of-cases bars", embed: "prevalence", chart: "share-of-cases", query: "", key: "data-id", geometry: true, imageSize: "slide" },
    {
      name: "the decision flow with a case",
      embed: "testing",
      chart: "testing",
      query: "ihc=2%2B&ratio=2.5&copies=5.1",
      key: "data-node",
      geometry: false,
      imageSize: "square",
    },
  ] as const)("$name", ({ embed, chart, query, key, geometry, imageSize }) => {
    const page = pageMarks(EMBEDS[embed](Object.fromEntries(new URLSearchParams(query))).chart as ReactElement, key, geometry);
    const image = imageMarks(chart, `${query}&size=${imageSize}`, key, geometry);
    expect(page.size).toBeGreaterThan(0);
    expect(image).toEqual(page);
  });
});
