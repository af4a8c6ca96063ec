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
function marksOf(root: ParentNode): Map<string, string[]> {
  const marks = new Map<string, string[]>();
  for (const mark of root.querySelectorAll("[data-id]")) {
    const parts = shapesIn(mark).map((shape) => {
      const geometry = ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "cx", "cy", "r", "d"]
        .map((name) => shape.getAttribute(name))
        .filter((value) => value !== null)
        .join(" ");
      return shape.tagName === "text" ? `text ${shape.textContent}` : `${shape.tagName} ${geometry}`;
    });
    marks.set(mark.getAttribute("data-id") ?? "", parts);
  }
  return marks;
}

const SHAPES = new Set(["rect", "line", "circle", "path", "text"]);

/** In drawing order (a selector list is not walked in document order by every DOM). */
function shapesIn(element: Element): Element[] {
  return [...element.children].flatMap((child) => (SHAPES.has(child.tagName) ? [child] : shapesIn(child)));
}

function imageMarks(chart: string, query: string): Map<string, string[]> {
  const request = parseChartRequest(`${chart}.svg`, new URLSearchParams(query));
  if (!request.ok) throw new Error(request.error.message);
  const svg = new DOMParser().parseFromString(chartSvg(request.spec()), "image/svg+xml");
  return marksOf(svg);
}

function pageMarks(figure: ReactElement): Map<string, string[]> {
  const { container } = render(figure);
  return marksOf(container);
}

describe("page and image draw the same marks", () => {
  it.each([
    { name: "survival, four-year", query: "" },
    { name: "survival, plain words", query: "wording=plain" },
  ])("$name", ({ query }) => {
    const page = pageMarks(EMBEDS.survival(Object.fromEntries(new URLSearchParams(query))).chart as ReactElement);
    const image = imageMarks("survival", query);
    expect(page.size).toBeGreaterThan(0);
    expect(image).toEqual(page);
  });
});
