// @vitest-environment node
import { describe, expect, it } from "vitest";
import { CHARTS } from "@/lib/charts/registry";
import { approvalsShown, chartLabel, survivalBands, TIMELINE_TITLE } from "@/lib/charts/therapies";
import { parseTreatmentsState, TREATMENTS_DEFAULTS } from "@/lib/charts/therapies-state";
import { timelineImageScene } from "@/lib/charts/timeline-image";
import { glyphHalfWidth } from "@/lib/charts/timeline-layout";
import { timelineKey, timelineScene } from "@/lib/charts/timeline-scene";
import { datasets } from "@/lib/datasets";
import { shownSurvival } from "@/lib/datasets/queries";
import { DRUG_CLASS_LABELS, DRUG_CLASSES } from "@/lib/datasets/therapy-dimensions";
import { EXPORT_SIZES, type ExportSize } from "@/lib/scene/frame";
import type { Mark } from "@/lib/scene/types";
import { placedText } from "../scene/placed-text";
import { allMarks, datums, groups, texts } from "./scene-marks";

const approvals = approvalsShown(datasets.therapies, TREATMENTS_DEFAULTS);
const bands = survivalBands(shownSurvival(datasets.survival));
const frame = { title: TIMELINE_TITLE, takeaway: "T.", citation: "C.", address: "/treatments" };
const image = (size: ExportSize, shown = approvals) => timelineImageScene({ ...frame, kind: "timeline", size, approvals: shown, classes: DRUG_CLASSES, bands });
const SIZES = Object.keys(EXPORT_SIZES) as ExportSize[];

type Viewport = Extract<Mark, { kind: "viewport" }>;
/** Each approval's centre in the chart's own px: the 1 px viewport that places its markers. */
function approvalCentres(marks: readonly Mark[]): Map<string, { x: number; y: number; halfWidth: number }> {
  const centres = new Map<string, { x: number; y: number; halfWidth: number }>();
  for (const group of groups(marks)) {
    const place = group.marks[0];
    if (group.data?.testid !== "approval-mark" || !group.datum || place?.kind !== "viewport") continue;
    const row = approvals.find((r) => r.id === group.datum?.id);
    centres.set(group.datum.id, { x: place.x as number, y: place.y as number, halfWidth: glyphHalfWidth(row?.populations.length ?? 1) });
  }
  return centres;
}

describe("timelineImageScene (the image: one row per drug)", () => {
  it.each(SIZES)("%s: fits its size and carries the page's marks, in the page's order, and the key", (size) => {
    const scene = image(size);
    expect([scene.width, scene.height]).toEqual([EXPORT_SIZES[size].width, EXPORT_SIZES[size].height]);
    const box = allMarks(scene.marks).find((mark): mark is Viewport => mark.kind === "viewport");
    expect(Number(box?.y) + Number(box?.height)).toBeLessThanOrEqual(EXPORT_SIZES[size].height);
    expect(datums(scene.marks).map((datum) => datum.id)).toEqual(
      datums(timelineScene({ title: "", summary: "", approvals, classes: DRUG_CLASSES, bands }).marks).map((d) => d.id),
    );
    for (const item of timelineKey(approvals, { populations: true })) expect(texts(scene.marks)).toContain(item.text);
  });

  it("names each drug once and each class once; its approvals sit on the drug's row", () => {
    const scene = image("slide");
    const printed = texts(scene.marks);
    for (const drug of new Set(approvals.map(chartLabel)))
      expect(
        printed.filter((text) => text === drug),
        drug,
      ).toHaveLength(1);
    for (const drugClass of DRUG_CLASSES) {
      const count = approvals.filter((row) => row.class === drugClass).length;
      const [first, ...rest] = `${DRUG_CLASS_LABELS[drugClass].label}: ${count} approvals`.split(" ");
      expect(
        printed.some((line) => line.startsWith(first ?? "")),
        drugClass,
      ).toBe(true);
      expect(printed.join(" ")).toContain(rest.join(" "));
    }
    const centres = approvalCentres(scene.marks);
    // Herceptin's two approvals (1998, 2006) are far apart: one line, one y.
    const herceptin = approvals.filter((row) => chartLabel(row) === "Herceptin").map((row) => centres.get(row.id)?.y);
    expect(herceptin).toHaveLength(2);
    expect(new Set(herceptin).size).toBe(1);
    // Earlier approvals sit left of later ones.
    const byDate = [...approvals].sort((a, b) => a.approvalDate.localeCompare(b.approvalDate));
    for (const [a, b] of byDate.slice(1).map((row, i) => [byDate[i], row] as const))
      if (a && b && a.approvalDate < b.approvalDate) expect(centres.get(a.id)?.x ?? 0).toBeLessThan(centres.get(b.id)?.x ?? 0);
  });

  it.each(SIZES)("%s: no two approvals overlap, those of one day included", (size) => {
    const centres = [...approvalCentres(image(size).marks).values()];
    for (const [i, a] of centres.entries())
      for (const b of centres.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= a.halfWidth + b.halfWidth || Math.abs(a.y - b.y) >= 20;
        expect(apart, JSON.stringify([a, b])).toBe(true);
      }
    const sameDay = approvals.filter((row) => row.approvalDate === "2026-05-15").map((row) => approvalCentres(image(size).marks).get(row.id));
    expect(sameDay).toHaveLength(2);
    expect(sameDay[0]?.y).not.toBe(sameDay[1]?.y);
  });

  it("on a slide, names the drugs and bands at 14 px or more (the page's layout printed them at 5–9 px), and the years nearly so", () => {
    // The real frame: its four-line takeaway and three-line citation leave the chart its least room.
    const content = CHARTS.treatments.content({});
    if (content.kind !== "timeline") throw new Error("not the timeline");
    const placed = placedText(timelineImageScene({ ...content, size: "slide" }));
    const names = new Set([...approvals.map(chartLabel), ...bands.map((band) => band.label)]);
    const labels = placed.filter((text) => names.has(text.text));
    expect(labels.length).toBe(names.size);
    for (const text of labels) expect(text.size, text.text).toBeGreaterThanOrEqual(14);
    // The axis is read on a timeline, not glanced at: its years are near the labels' size.
    const years = placed.filter((text) => /^\d{4}$/.test(text.text));
    expect(years.length).toBeGreaterThan(4);
    for (const year of years) expect(year.size, year.text).toBeGreaterThanOrEqual(12.5);
  });

  it("keys only what the view draws: the populations shown, a ring or outline only where one is drawn", () => {
    const lowOnly = approvalsShown(datasets.therapies, parseTreatmentsState({ population: "her2-low,her2-ultralow" }).state);
    const keyed = texts(image("slide", lowOnly).marks);
    expect(keyed).toEqual(expect.arrayContaining(["HER2-low", "HER2-ultralow (HR-positive only)", "Outline: one approval for both groups"]));
    for (const absent of ["HER2-positive, early stage", "HER2-positive, metastatic", "Dashed ring: accelerated approval"]) expect(keyed).not.toContain(absent);
    const outlines = groups(image("slide", lowOnly).marks).filter((group) => group.data?.testid === "joint-outline");
    expect(outlines).toHaveLength(lowOnly.filter((row) => row.populations.length > 1).length);
    expect(outlines.length).toBeGreaterThan(0);
  });

  it("counts each class's approvals in words", () => {
    const printed = texts(image("slide").marks).join(" ");
    expect(printed).toContain("Tyrosine kinase inhibitors: 3 approvals");
  });

  it("says so in a class the filters leave empty", () => {
    const lowOnly = approvalsShown(datasets.therapies, parseTreatmentsState({ population: "her2-low" }).state);
    expect(texts(image("slide", lowOnly).marks)).toContain("None for the HER2 populations chosen");
  });
});
