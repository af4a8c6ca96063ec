/**
 * Where a frame puts its takeaway: above the chart, or beside it on a wide image. The trial curves
 * ask for beside: above it, a three-line takeaway on a 16:9 slide left the curves 150 px tall, and
 * the whole drawing shrank until its axis labels were about 12 px on a projected slide.
 */
import { describe, expect, it } from "vitest";
import { chartImageScene } from "@/lib/charts/image-scene";
import { parseChartRequest } from "@/lib/export/charts";
import { type ChartBox, EXPORT_SIZES, type ExportSize, framedScene, glyphWidthFor, type TakeawayPlacement, textWidth } from "@/lib/scene/frame";
import type { Mark } from "@/lib/scene/types";
import { ENDPOINT_IDS } from "@/lib/trials/data";
import { placedText } from "./placed-text";

const TAKEAWAY =
  "Hazard ratio 0.68 (95% confidence interval 0.55–0.83) for death, pertuzumab + trastuzumab + docetaxel against placebo + trastuzumab + docetaxel: a 32% lower rate of death.";

/** The box the frame leaves for the chart, and the takeaway's lines as drawn. */
function layout(size: ExportSize, placement: TakeawayPlacement) {
  let box: ChartBox | undefined;
  const scene = framedScene(
    { title: "A title", takeaway: TAKEAWAY, citation: "A source.", address: "/trials", size },
    (given) => {
      box = given;
      return [];
    },
    placement,
  );
  const takeaway = scene.marks[1] as Extract<Mark, { kind: "text-lines" }>;
  if (!box || takeaway.kind !== "text-lines") throw new Error("no chart box or takeaway");
  return { box, takeaway };
}

describe("the takeaway's place in an image", () => {
  it.each(["slide", "og"] as const)("on a wide image (%s), beside puts it in a column left of the chart, which starts level with it", (size) => {
    const { box, takeaway } = layout(size, "beside");
    const fontSize = takeaway.style?.fontSize ?? 0;
    for (const line of takeaway.lines) expect(Number(line.x) + textWidth(line.text, fontSize, glyphWidthFor()), line.text).toBeLessThan(box.x);
    // The chart's box starts at the takeaway's top (its first baseline is one font size below).
    expect(box.y).toBeCloseTo(Number(takeaway.lines[0]?.y) - fontSize, 6);
    expect(box.x + box.width).toBe(EXPORT_SIZES[size].width - 56);
    expect(box.wide).toBe(false);
    // Taller than the same chart gets under the takeaway.
    expect(box.height).toBeGreaterThan(layout(size, "above").box.height);
  });

  it("on a square image, beside is above: a column beside the chart would leave it too narrow", () => {
    expect(layout("square", "beside")).toEqual(layout("square", "above"));
  });
});

describe("a trial's curves on a 16:9 slide are legible when projected", () => {
  // As for the bar charts: every word at 16 px or more (1% of the slide's width). Above the chart, the
  // takeaway left the curves so little height that their axis labels were drawn at about 12 px.
  it.each(ENDPOINT_IDS)("%s", (endpoint) => {
    const request = parseChartRequest("trials.svg", new URLSearchParams({ endpoint, size: "slide" }));
    if (!request.ok) throw new Error(endpoint);
    for (const text of placedText(chartImageScene(request.spec()))) expect(text.size, text.text).toBeGreaterThanOrEqual(16);
  });
});

describe("a trial image's key", () => {
  // Under the takeaway where it fits, above the curves where it does not: never both, never neither.
  it.each(ENDPOINT_IDS.flatMap((endpoint) => (["slide", "square", "og"] as const).map((size) => [endpoint, size] as const)))(
    "%s at %s: each arm's label twice, once in the key and once over its numbers at risk",
    (endpoint, size) => {
      const request = parseChartRequest("trials.svg", new URLSearchParams({ endpoint, size }));
      if (!request.ok) throw new Error(endpoint);
      const spec = request.spec();
      if (spec.kind !== "trial") throw new Error("not a trial");
      const texts = placedText(chartImageScene(spec)).map((text) => text.text);
      for (const arm of spec.view.arms)
        expect(
          texts.filter((text) => text === arm.label),
          arm.label,
        ).toHaveLength(2);
    },
  );
});
