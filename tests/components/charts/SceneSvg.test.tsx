/**
 * SceneSvg draws a chart's marks as markup (lib/scene/svg's pageMarksToSvg), which React neither
 * sends as elements nor hydrates; SceneElements draws the flow diagram's as React elements it can
 * give handlers to.
 * Both must be the same SVG: the same elements, attributes, classes and keyboard order.
 */
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SceneElements } from "@/components/charts/SceneElements";
import { SceneSvg } from "@/components/charts/SceneSvg";
import { chartImageScene } from "@/lib/charts/image-scene";
import { CHART_IDS } from "@/lib/charts/registry";
import { parseChartRequest } from "@/lib/export/charts";
import type { Scene } from "@/lib/scene/types";

function sceneOf(chart: string): Scene {
  const request = parseChartRequest(`${chart}.svg`, new URLSearchParams());
  if (!request.ok) throw new Error(request.error.message);
  return chartImageScene(request.spec());
}

/** The DOM a render made, its ids (each render's own useId) made alike. */
function withoutIds(container: HTMLElement): string {
  return container.innerHTML.replace(/_r_\w+_/g, "ID");
}

/** No handlers added: the React path with nothing a client would give it. */
const asElements = () => undefined;

describe("SceneSvg", () => {
  it.each(CHART_IDS)("draws the %s chart's marks as markup that is the SVG its React elements make", (chart) => {
    const scene = sceneOf(chart);
    const asMarkup = render(<SceneSvg scene={scene} />).container;
    const asReact = render(<SceneElements scene={scene} groupProps={asElements} />).container;
    expect(asMarkup.querySelectorAll("svg *").length).toBeGreaterThan(scene.marks.length);
    expect(withoutIds(asMarkup)).toBe(withoutIds(asReact));
  });

  it("numbers the explorable marks in drawing order, the first the chart's one Tab stop", () => {
    const { container } = render(<SceneSvg scene={sceneOf("survival")} />);
    const marks = [...container.querySelectorAll("[data-mark-index]")];
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.map((mark) => mark.getAttribute("data-mark-index"))).toEqual(marks.map((_, index) => String(index)));
    expect(marks.map((mark) => mark.getAttribute("tabindex"))).toEqual(marks.map((_, index) => (index === 0 ? "0" : "-1")));
    for (const mark of marks) {
      expect(mark.getAttribute("role")).toBe("graphics-symbol");
      expect(mark.getAttribute("aria-label")).toBeTruthy();
      expect(mark.classList.contains("chart-mark")).toBe(true);
    }
  });

  it("writes markup found in the data as text: no mark's words or attributes become elements", () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const scene: Scene = {
      ...sceneOf("survival"),
      title: hostile,
      marks: [
        { kind: "text", x: 0, y: 0, text: hostile },
        { kind: "group", data: { note: hostile }, marks: [{ kind: "text-lines", lines: [{ x: 0, y: 0, text: hostile }] }] },
      ],
    };
    const { container } = render(<SceneSvg scene={scene} />);
    expect(container.querySelectorAll("img, script")).toHaveLength(0);
    expect([...container.querySelectorAll("text")].map((text) => text.textContent)).toEqual([hostile, hostile]);
    expect(container.querySelector("g")?.getAttribute("data-note")).toBe(hostile);
  });

  it("reads a wrapped label's lines as words apart, and draws each line at its own position alone", () => {
    const lines = [
      { x: 10, y: 20, text: "already spread to distant organs when" },
      { x: 10, y: 36, text: "first found" },
      { x: 10, y: 52, text: "(AJCC)" },
    ];
    const anchors = ["start", "middle", "end"] as const;
    const scene: Scene = {
      ...sceneOf("survival"),
      marks: anchors.map((anchor) => ({ kind: "text-lines", lines, style: { anchor } })),
    };
    for (const container of [render(<SceneSvg scene={scene} />).container, render(<SceneElements scene={scene} groupProps={asElements} />).container]) {
      const texts = [...container.querySelectorAll("text")];
      expect(texts.map((text) => text.textContent)).toEqual(anchors.map(() => "already spread to distant organs when first found (AJCC)"));
      for (const text of texts) {
        // Every character is in a tspan placed on its own: a space left in a line's chunk (a bare
        // text node between tspans, or a line's trailing space) would move a centred or end-anchored line.
        expect([...text.childNodes].every((node) => node.nodeName === "tspan")).toBe(true);
        const spans = [...text.querySelectorAll("tspan")];
        expect(spans.every((span) => span.hasAttribute("x") && span.hasAttribute("y"))).toBe(true);
        const drawn = spans.filter((span) => span.textContent?.trim());
        expect(drawn.map((span) => [Number(span.getAttribute("x")), Number(span.getAttribute("y")), span.textContent])).toEqual(
          lines.map((line) => [line.x, line.y, line.text]),
        );
      }
    }
  });

  it("names the chart by its own title and description, escaped as text", () => {
    const scene: Scene = { ...sceneOf("survival"), title: 'Survival <5% & "rising"', description: "A < B" };
    const { container } = render(<SceneSvg scene={scene} />);
    const names = (container.querySelector("svg")?.getAttribute("aria-labelledby") ?? "").split(" ");
    expect(names.map((id) => container.ownerDocument.getElementById(id)?.textContent)).toEqual(['Survival <5% & "rising"', "A < B"]);
  });
});
