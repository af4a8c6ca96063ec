/**
 * Bar charts laid out for projection: five-year survival by stage as small multiples (one panel per
 * stage, side by side, each panel's marks in its own column), labels said once per line of panels,
 * text large enough on a slide, and a square whose chart takes its height.
 */
import { describe, expect, it } from "vitest";
import { chartImageScene } from "@/lib/charts/image-scene";
import { CHARTS } from "@/lib/charts/registry";
import { survivalBars, survivalViewRows } from "@/lib/charts/survival";
import { parseSurvivalState } from "@/lib/charts/survival-state";
import { datasets } from "@/lib/datasets";
import { parseChartRequest } from "@/lib/export/charts";
import { EXPORT_SIZES, type ExportSize } from "@/lib/scene/frame";
import type { Mark, Scene } from "@/lib/scene/types";
import { placedText } from "../scene/placed-text";
import { allMarks, datums, groups, texts } from "./scene-marks";

function image(chart: string, query: string): Scene {
  const request = parseChartRequest(`${chart}.svg`, new URLSearchParams(query), "https://her2.example.org");
  if (!request.ok) throw new Error(request.error.message);
  return chartImageScene(request.spec());
}

type Viewport = Extract<Mark, { kind: "viewport" }>;

/** Each line of panels (a viewport directly in the scene) and its panels, in image px. */
function panelsOf(scene: Scene): { name: string; left: number; right: number; top: number; line: Viewport; marks: readonly Mark[] }[] {
  const lines = scene.marks.filter((mark): mark is Viewport => mark.kind === "viewport");
  return lines.flatMap((line) => {
    const scale = Math.min((line.width as number) / line.viewBox.width, line.height / line.viewBox.height);
    return line.marks
      .filter((mark): mark is Viewport => mark.kind === "viewport" && mark.marks.some((m) => m.kind === "group" && m.data?.part === "panel"))
      .map((panel) => {
        const group = panel.marks[0];
        const name = group?.kind === "group" ? (group.data?.panel ?? "") : "";
        const left = (line.x as number) + (panel.x as number) * scale;
        return { name, left, right: left + (panel.width as number) * scale, top: line.y as number, line, marks: panel.marks };
      });
  });
}

const BY_STAGE = "measure=five-year-relative&stage=every";
const STAGE_NAMES = ["All stages", "Localized", "Regional", "Distant"];

describe("five-year survival by stage, as small multiples", () => {
  const bars = survivalBars(survivalViewRows(datasets.survival, parseSurvivalState(Object.fromEntries(new URLSearchParams(BY_STAGE))).state), "plain");

  it.each(["slide", "square", "og"] as ExportSize[])("at %s draws one panel per stage, side by side", (size) => {
    const panels = panelsOf(image("survival", `${BY_STAGE}&size=${size}`));
    expect(panels.map((panel) => panel.name)).toEqual(STAGE_NAMES);
    expect(new Set(panels.map((panel) => panel.top)).size).toBe(1);
    for (let i = 1; i < panels.length; i++) expect(panels[i]?.left).toBeGreaterThan(panels[i - 1]?.right ?? Number.POSITIVE_INFINITY);
  });

  it("puts each bar in its stage's panel, every bar once, with the page's value", () => {
    const scene = image("survival", BY_STAGE);
    for (const panel of panelsOf(scene)) {
      const ids = datums(panel.marks).map((datum) => datum.id);
      const expected = bars.filter((bar) => bar.group === panel.name);
      expect(ids).toEqual(expected.map((bar) => bar.id));
      expect(texts(panel.marks).filter((text) => /%$|^Not available$/.test(text) && !/^\d+%$/.test(text))).toEqual(
        expected.map((bar) => (bar.value === null ? "Not available" : bar.valueText)),
      );
    }
    expect(datums(scene.marks)).toHaveLength(bars.length);
  });

  it("keeps each panel's marks inside its column: nothing reaches the next panel", () => {
    for (const size of ["slide", "square"] as ExportSize[]) {
      const scene = image("survival", `${BY_STAGE}&size=${size}`);
      const panels = panelsOf(scene);
      const placed = placedText(scene);
      panels.forEach((panel, i) => {
        const next = panels[i + 1]?.left ?? EXPORT_SIZES[size].width;
        const own = new Set(texts(panel.marks));
        const inPanel = placed.filter((text) => own.has(text.text) && text.left >= panel.left - 1 && text.left < panel.right);
        expect(inPanel.length).toBeGreaterThan(0);
        for (const text of inPanel) expect(text.right, `${panel.name}: ${text.text}`).toBeLessThan(next);
        // A bar spans at most the panel's width.
        for (const mark of allMarks(panel.marks))
          if (mark.kind === "rect" && typeof mark.width === "string") expect(Number.parseFloat(mark.width)).toBeLessThanOrEqual(100);
      });
    }
  });

  it("names each row once per line of panels, and not again inside the panels", () => {
    const scene = image("survival", BY_STAGE);
    const rowLabels = groups(scene.marks).filter((group) => group.data?.part === "row-labels");
    expect(rowLabels).toHaveLength(1);
    const labels = [...new Set(bars.map((bar) => bar.label))];
    expect(texts(rowLabels[0]?.marks ?? []).filter((text) => labels.includes(text))).toEqual(labels);
    for (const panel of panelsOf(scene)) for (const label of labels) expect(texts(panel.marks)).not.toContain(label);
  });
});

/** The chart's vertical extent: its top-level viewports. */
function chartExtent(scene: Scene): { top: number; bottom: number } {
  const viewports = scene.marks.filter((mark): mark is Viewport => mark.kind === "viewport");
  return { top: Math.min(...viewports.map((v) => v.y as number)), bottom: Math.max(...viewports.map((v) => (v.y as number) + v.height)) };
}

/** Between the takeaway and the footer's rule: the room the frame leaves for the chart. */
function chartRoom(scene: Scene): { top: number; bottom: number } {
  const takeaway = scene.marks[1];
  const rule = scene.marks.find((mark) => mark.kind === "line");
  if (takeaway?.kind !== "text-lines" || rule?.kind !== "line") throw new Error("frame marks not found");
  const last = takeaway.lines[takeaway.lines.length - 1];
  return { top: (last?.y as number) ?? 0, bottom: rule.y1 as number };
}

const BAR_CHARTS = Object.values(CHARTS).filter((chart) => chart.content({}).kind === "bars");

describe("the square uses its space", () => {
  it.each(BAR_CHARTS.map((chart) => chart.id))("%s: the chart takes at least 85%% of the room between takeaway and footer", (chart) => {
    const scene = image(chart, "size=square");
    const extent = chartExtent(scene);
    const room = chartRoom(scene);
    expect((extent.bottom - extent.top) / (room.bottom - room.top)).toBeGreaterThanOrEqual(0.85);
  });
});

describe("bar charts on a slide are legible when projected", () => {
  // Charts whose groups share their rows (one label column): every word at 16 px or more (1% of the slide's width).
  const views = [
    ["survival", ""],
    ["survival", BY_STAGE],
    ["share-of-cases", ""],
    ["incidence-by-subtype", ""],
    ["incidence-by-race", ""],
    ["her2-low", ""],
  ] as const;
  it.each(views)("%s?%s", (chart, query) => {
    for (const text of placedText(image(chart, query))) expect(text.size, text.text).toBeGreaterThanOrEqual(16);
  });
});
