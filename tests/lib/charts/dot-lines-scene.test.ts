// @vitest-environment node
import { describe, expect, it } from "vitest";
import { DOT_LINE_LAYOUT } from "@/lib/charts/dot-line-layout";
import { dotLineImageScene, dotLineScene } from "@/lib/charts/dot-lines-scene";
import { ageView } from "@/lib/charts/prevalence-views";
import { datasets } from "@/lib/datasets";
import { EXPORT_SIZES } from "@/lib/scene/frame";
import type { Mark } from "@/lib/scene/types";
import { RATES_BY_AGE } from "./dot-line-fixture";
import { allMarks, datums, groups, texts } from "./scene-marks";

const { series } = RATES_BY_AGE;
const scene = dotLineScene(RATES_BY_AGE);
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
  const content = { kind: "dot-lines" as const, ...view, citation: "SEER", address: "/prevalence#by-age" };

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
    if (box?.kind !== "viewport" || typeof box.x !== "number" || typeof box.y !== "number" || typeof box.width !== "number") throw new Error("no chart box");
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(box.viewBox.height * (box.width / box.viewBox.width)).toBeLessThanOrEqual(box.height + 0.5);
  });
});
