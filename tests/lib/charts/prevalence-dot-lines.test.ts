import { describe, expect, it } from "vitest";
import { DOT_LINE_LAYOUT } from "@/lib/charts/dot-line-layout";
import { type DotLineSeries, layoutDotLines } from "@/lib/charts/dot-lines";

const categories = ["a", "b", "c", "d"].map((id) => ({ id, tick: id }));
const point = (category: string, value: number | null) => ({ id: `s-${category}`, category, value, description: `${category}: ${value}` });
const series = (id: string, values: (number | null)[]): DotLineSeries => ({
  id,
  label: id,
  color: "red",
  marker: "circle",
  points: values.map((v, i) => ({ ...point(categories[i]!.id, v), id: `${id}-${i}` })),
});

describe("dot-and-line layout (width-independent)", () => {
  it("places categories in the middle of equal bands, as percentages of the width", () => {
    const layout = layoutDotLines([series("x", [1, 2, 3, 4])], { categories, domainMax: 4 });
    expect(layout.xTicks.map((t) => t.xPct)).toEqual([12.5, 37.5, 62.5, 87.5]);
    expect(layout.xTicks.map((t) => t.minor)).toEqual([false, true, false, true]);
    expect(layout.points.map((p) => p.y)).toEqual([
      layout.plotBottom - DOT_LINE_LAYOUT.plotHeight / 4,
      layout.plotBottom - DOT_LINE_LAYOUT.plotHeight / 2,
      layout.plotBottom - (DOT_LINE_LAYOUT.plotHeight * 3) / 4,
      layout.plotTop,
    ]);
    expect(layout.segments).toHaveLength(3);
  });

  it("never draws a missing value at zero or joins the line across it", () => {
    const layout = layoutDotLines([series("x", [1, null, 3, 4]), series("y", [2, 2, 2, 2])], { categories, domainMax: 4 });
    const missing = layout.points.filter((p) => p.missing);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.y).toBeGreaterThan(layout.plotBottom);
    expect(layout.lanes.map((l) => l.series.id)).toEqual(["x"]);
    expect(missing[0]!.y).toBe(layout.lanes[0]!.markY);
    // x: only c–d survives; y: all three joins.
    expect(layout.segments.map((s) => s.key)).toEqual(["x-2>x-3", "y-0>y-1", "y-1>y-2", "y-2>y-3"]);
    expect(layout.missingHeadingY).not.toBeNull();
    expect(layout.height).toBeGreaterThan(layout.lanes[0]!.markY);
  });

  it("orders points by series, then category, so the keyboard walks along each line", () => {
    const shuffled: DotLineSeries = { ...series("x", [1, 2, 3, 4]), points: [...series("x", [1, 2, 3, 4]).points].reverse() };
    const layout = layoutDotLines([shuffled], { categories, domainMax: 4 });
    expect(layout.points.map((p) => p.point.category)).toEqual(["a", "b", "c", "d"]);
    expect(layoutDotLines([series("x", [1, 2, 3, 4])], { categories, domainMax: 4 }).missingHeadingY).toBeNull();
  });
});
