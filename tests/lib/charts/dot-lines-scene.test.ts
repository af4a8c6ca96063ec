// @vitest-environment node
import { describe, expect, it } from "vitest";
import { DOT_LINE_LAYOUT } from "@/lib/charts/dot-line-layout";
import type { DotLineSeries } from "@/lib/charts/dot-lines";
import { dotLineImageScene, dotLineScene } from "@/lib/charts/dot-lines-scene";
import { ageView } from "@/lib/charts/prevalence-views";
import { datasets } from "@/lib/datasets";
import { EXPORT_SIZES } from "@/lib/scene/frame";
import type { Mark } from "@/lib/scene/types";
import { allMarks, datums, groups, texts } from "./scene-marks";

const categories = [
  { id: "20-24", tick: "20" },
  { id: "25-29", tick: "25" },
  { id: "30-34", tick: "30" },
];
const series: DotLineSeries[] = [
  {
    id: "a",
    label: "Group A",
    color: "var(--race-hispanic)",
    marker: "circle",
    points: [
      { id: "a1", category: "20-24", value: 0.3, description: "A 20–24: 0.3" },
      { id: "a2", category: "25-29", value: 2.0, description: "A 25–29: 2.0" },
      { id: "a3", category: "30-34", value: 4.3, description: "A 30–34: 4.3" },
    ],
  },
  {
    id: "b",
    label: "Group B",
    color: "var(--race-nh-aian)",
    marker: "diamond",
    points: [
      { id: "b1", category: "20-24", value: 1.1, description: "B 20–24: 1.1" },
      { id: "b2", category: "25-29", value: null, unavailableReason: "Suppressed", description: "B 25–29: not available. Suppressed" },
      { id: "b3", category: "30-34", value: 5.1, description: "B 30–34: 5.1" },
    ],
  },
];
const figure = { series, categories, domainMax: 10, yLabel: "Up: rate", xLabel: "Across: age", missingLabel: "Not available:" };
const scene = dotLineScene({ ...figure, title: "Rates by age", summary: "Rates rise with age." });
const dots = groups(scene.marks).filter((g) => g.datum);
const lines = allMarks(scene.marks).filter((m): m is Extract<Mark, { kind: "line" }> => m.kind === "line" && m.className === "dot-line");

describe("dotLineScene", () => {
  it("has one explorable mark per value, in series then category order, named by its description", () => {
    expect(datums(scene.marks).map((d) => [d.id, d.description])).toEqual(series.flatMap((s) => s.points.map((p) => [p.id, p.description])));
    expect(scene.width).toBe("100%");
    expect(scene.roleDescription).toBe("line chart");
  });

  it("draws a missing value as a dashed hollow mark under the axis, never on the plot, with no marker", () => {
    const missing = dots.filter((g) => g.data?.missing === "true");
    expect(missing.map((g) => g.datum?.id)).toEqual(["b2"]);
    const hollow = missing[0]!.marks.find((m) => m.className === "dot-missing");
    if (hollow?.kind !== "circle") throw new Error("no hollow circle");
    expect(hollow.style?.dash).toBeDefined();
    expect(hollow.style?.stroke).toBe("var(--race-nh-aian)");
    // Below the plot's bottom (the zero line), under the strip's heading.
    expect(hollow.cy).toBeGreaterThan(DOT_LINE_LAYOUT.topPadding + DOT_LINE_LAYOUT.plotHeight);
    expect(missing[0]!.marks.some((m) => m.kind === "viewport")).toBe(false);
    expect(texts(scene.marks)).toContain("Not available:");
  });

  it("joins only neighbouring reported values: the gap stays a gap", () => {
    // a1–a2, a2–a3; b1 and b3 are not neighbours, and b2 is missing.
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.style?.stroke === "var(--race-hispanic)")).toBe(true);
  });

  it("places marks by share of the width, so the page's SVG reflows without a new layout", () => {
    const rings = dots.map((g) => g.marks[0]);
    expect(rings.map((r) => (r?.kind === "circle" ? r.cx : null))).toEqual([
      "16.666666666666668%",
      "50%",
      "83.33333333333334%",
      "16.666666666666668%",
      "50%",
      "83.33333333333334%",
    ]);
  });
});

describe("dotLineImageScene", () => {
  const view = ageView(datasets.prevalence, { races: ["hispanic", "nh-aian"], wording: "plain" });
  const content = { kind: "dot-lines" as const, ...view, citation: "SEER" };

  it.each(Object.keys(EXPORT_SIZES) as (keyof typeof EXPORT_SIZES)[])("at %s draws the page's marks, with a legend, inside the image", (size) => {
    const image = dotLineImageScene({ ...content, size });
    const page = dotLineScene({ ...view, summary: view.takeaway });
    expect(datums(image.marks).map((d) => d.id)).toEqual(datums(page.marks).map((d) => d.id));
    expect(datums(image.marks).map((d) => d.description)).toEqual(datums(page.marks).map((d) => d.description));
    const legend = groups(image.marks).find((g) => g.data?.legend === "true");
    expect(texts(legend?.marks ?? [])).toEqual(["Hispanic", "NH AIAN"]);
    expect(texts(image.marks)).toEqual(expect.arrayContaining([view.yLabel, view.missingLabel]));
    // The chart's box lies inside the image, and the drawing fills its width at full scale without overflowing its height.
    const { width, height } = EXPORT_SIZES[size];
    const box = image.marks.find((m) => m.kind === "viewport");
    if (box?.kind !== "viewport" || typeof box.x !== "number" || typeof box.y !== "number") throw new Error("no chart box");
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(box.viewBox.height * (box.width / box.viewBox.width)).toBeLessThanOrEqual(box.height + 0.5);
  });
});
