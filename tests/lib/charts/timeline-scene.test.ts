// @vitest-environment node
import { describe, expect, it } from "vitest";
import { approvalsShown, survivalBands, TIMELINE_TITLE } from "@/lib/charts/therapies";
import { parseTreatmentsState, TREATMENTS_DEFAULTS } from "@/lib/charts/therapies-state";
import { layoutTimeline } from "@/lib/charts/timeline-layout";
import { timelineScene } from "@/lib/charts/timeline-scene";
import { datasets } from "@/lib/datasets";
import { DRUG_CLASSES } from "@/lib/datasets/therapy-dimensions";
import type { Mark } from "@/lib/scene/types";

const approvals = approvalsShown(datasets.therapies, TREATMENTS_DEFAULTS);
const bands = survivalBands(datasets.survival);
const view = { title: TIMELINE_TITLE, summary: "Summary.", approvals, classes: DRUG_CLASSES, bands };

/** Every mark, depth first. */
function flatten(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((mark) => (mark.kind === "group" || mark.kind === "viewport" ? [mark, ...flatten(mark.marks)] : [mark]));
}
const explorable = (marks: readonly Mark[]) => flatten(marks).flatMap((mark) => (mark.kind === "group" && mark.datum ? [mark] : []));
const texts = (marks: readonly Mark[]) => flatten(marks).flatMap((mark) => (mark.kind === "text" ? [mark.text] : []));

describe("timelineScene (the page)", () => {
  const scene = timelineScene(view);
  const layout = layoutTimeline(approvals, bands, DRUG_CLASSES);

  it("has one explorable mark per approval, oldest first, then one per band, each named by its description", () => {
    const marks = explorable(scene.marks);
    expect(marks.map((m) => m.datum?.id)).toEqual([...approvals.map((row) => row.id), ...bands.map((band) => band.id)]);
    expect(marks.map((m) => m.datum?.description)).toEqual([...layout.marks.map((m) => m.description), ...layout.bands.map((b) => b.description)]);
    expect(marks.map((m) => m.data?.testid)).toEqual([...approvals.map(() => "approval-mark"), ...bands.map(() => "survival-band")]);
  });

  it("is laid out for the narrowest screen and places each approval at its date as a share of the width", () => {
    expect(scene.width).toBe("100%");
    expect(scene.height).toBe(layout.height);
    const places = explorable(scene.marks)
      .slice(0, approvals.length)
      .map((mark) => (mark.marks[0]?.kind === "viewport" ? mark.marks[0].x : null));
    expect(places).toEqual(layout.marks.map((m) => `${m.xPct}%`));
  });

  it("writes each approval's brand and populations, each lane's name and the bands' labels", () => {
    const words = texts(scene.marks);
    for (const mark of layout.marks) expect(words).toContain(mark.populationLabel);
    for (const lane of layout.lanes) expect(words).toContain(lane.label);
    for (const band of bands) expect(words).toContain(band.label);
    expect(words).toContain("Enhertu + Perjeta");
  });

  it("says so in a lane the filters leave empty, rather than drawing nothing", () => {
    const { state } = parseTreatmentsState({ population: "her2-low" });
    const empty = timelineScene({ ...view, approvals: approvalsShown(datasets.therapies, state), classes: state.classes });
    expect(texts(empty.marks)).toContain("None for the HER2 populations chosen");
    expect(texts(scene.marks)).not.toContain("None for the HER2 populations chosen");
  });

  it("reads the plain wording aloud when asked, with the same marks", () => {
    const plain = timelineScene({ ...view, wording: "plain" });
    const accelerated = explorable(plain.marks).find((m) => m.datum?.id === "approval-2013-09-30-perjeta-7");
    expect(accelerated?.datum?.description).toMatch(/An accelerated approval: /);
    expect(explorable(plain.marks).map((m) => m.datum?.id)).toEqual(explorable(scene.marks).map((m) => m.datum?.id));
  });
});
