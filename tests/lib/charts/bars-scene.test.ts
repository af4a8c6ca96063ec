// A page's bar chart keeps every word inside the chart on the narrowest phone (320 px): an SVG clips
// what runs past its edge, so a group header's period or a stage's plain name would be cut mid-word.
import { describe, expect, it } from "vitest";
import type { BarDatum } from "@/lib/charts/bars";
import { barScene } from "@/lib/charts/bars-scene";
import { BAR_LAYOUT } from "@/lib/charts/layout";
import { PREVALENCE_DEFAULTS } from "@/lib/charts/prevalence-state";
import { her2LowView, incidenceView, medianAgeView, raceView, shareView } from "@/lib/charts/prevalence-views";
import { survivalBars, survivalViewRows } from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import { WORDINGS } from "@/lib/charts/wording";
import { datasets } from "@/lib/datasets";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { STAGES, SURVIVAL_MEASURES } from "@/lib/datasets/survival-dimensions";
import { BOLD_GLYPH_WIDTH, textWidth } from "@/lib/scene/frame";
import type { Mark } from "@/lib/scene/types";
import { stageBars } from "@/lib/subtype-page/figures";
import { SUBTYPE_IDS } from "@/lib/subtypes";

const { prevalence, survival } = datasets;

const pageCharts: [string, BarDatum[]][] = WORDINGS.flatMap((wording) => [
  ...[shareView, medianAgeView, her2LowView].map((view): [string, BarDatum[]] => [`${view.name} ${wording}`, view(prevalence, { wording }).bars]),
  [`incidence ${wording}`, incidenceView(prevalence, { ...PREVALENCE_DEFAULTS, wording }).bars],
  [`race ${wording}`, raceView(prevalence, { ...PREVALENCE_DEFAULTS, wording }).bars],
  ...SURVIVAL_MEASURES.flatMap((measure) =>
    [null, ...STAGES.filter((stage) => stage !== "stage-iv")].map((stage): [string, BarDatum[]] => [
      `survival ${measure} ${stage} ${wording}`,
      survivalBars(survivalViewRows(survival, { ...SURVIVAL_DEFAULTS, measure, stage }), wording),
    ]),
  ),
  // A subtype page's chart: every stage figure of the subtype (all of its rows, a superset of the page's).
  ...SUBTYPE_IDS.map((id): [string, BarDatum[]] => [
    `stages of ${id} ${wording}`,
    stageBars(
      survival.filter((row): row is SubtypeSurvivalRow => row.subtype === id),
      wording,
    ),
  ]),
]);

/** Every text mark of a scene, flattened, with where each line starts. */
function texts(marks: readonly Mark[]): { x: number; text: string; fontSize: number; bold: boolean }[] {
  return marks.flatMap((mark) => {
    if (mark.kind === "group") return texts(mark.marks);
    const style = { fontSize: mark.style?.fontSize ?? 0, bold: (mark.style?.fontWeight ?? 400) >= 600 };
    if (mark.kind === "text" && typeof mark.x === "number") return [{ x: mark.x, text: mark.text, ...style }];
    if (mark.kind === "text-lines") return mark.lines.flatMap((line) => (typeof line.x === "number" ? [{ x: line.x, text: line.text, ...style }] : []));
    return [];
  });
}

describe("the page's bar charts at the narrowest chart width", () => {
  it.each(pageCharts)("%s: every label, sublabel and group header line fits", (_, bars) => {
    const scene = barScene({ title: "", summary: "", bars }, { domainMax: 100 });
    for (const line of texts(scene.marks)) {
      const width = line.x + textWidth(line.text, line.fontSize, line.bold ? BOLD_GLYPH_WIDTH : undefined);
      expect(width, line.text).toBeLessThanOrEqual(BAR_LAYOUT.narrowestWidth);
    }
  });

  it("wraps the HER2-low chart's long header, period and all, rather than cutting it at the edge", () => {
    const scene = barScene({ title: "", summary: "", bars: her2LowView(prevalence, { wording: "plain" }).bars }, { domainMax: 100 });
    const lines = texts(scene.marks).map((line) => line.text);
    const last = lines.findIndex((line) => line.endsWith("2010–2019"));
    expect(last).toBeGreaterThan(0);
    expect(`${lines[last - 1]} ${lines[last]}`).toBe("National Cancer Database (US), 2010–2019");
  });
});
