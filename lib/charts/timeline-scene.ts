/**
 * The approvals timeline on the page (laid out for the narrowest screen, x in percent so it
 * reflows), and the glyphs and key its image (timeline-image.ts) draws alike. Geometry comes from
 * `layoutTimeline`; this only turns it into marks.
 */

import type { TherapyRow } from "../datasets/schemas";
import { type DrugClass, HER2_POPULATION_LABELS, HER2_POPULATIONS, type Her2Population } from "../datasets/therapy-dimensions";
import { markerMark } from "../scene/marker";
import { STROKE, TEXT } from "../scene/text-styles";
import type { Drawing, Mark, MarkStyle, Scene } from "../scene/types";
import { pct } from "../scene/types";
import { BANDS_HEADING, isAcceleratedApproval, type SurvivalBand } from "./therapies";
import { POPULATION_STYLES, populationColorVar } from "./therapy-style";
import { type ApprovalMark, glyphHalfWidth, layoutTimeline, type PlacedBand, TIMELINE_LAYOUT, type TimelineLayout } from "./timeline-layout";
import type { Wording } from "./wording";

const L = TIMELINE_LAYOUT;
const RING_HEIGHT = L.markerSize + 2 * L.ringPadding;
const BAND_SWATCH_WIDTH = 26;

/** The timeline's own type and paint: sizes are the layout's, since it measures labels with them. */
const STYLE = {
  laneLabel: { fill: "var(--text)", fontSize: L.laneHeaderFontPx, fontWeight: 700 },
  laneRule: { stroke: "var(--border)", strokeWidth: 1 },
  brand: { fill: "var(--text)", fontSize: L.labelFontPx },
  populations: { fill: "var(--muted)", fontSize: L.populationFontPx },
  bandLabel: { fill: "var(--text)", fontSize: L.bandFontPx },
  // A transparent fill makes the whole ring the mark's hover target; the page strokes it on focus.
  focusRing: { fill: "transparent" },
  acceleratedRing: { fill: "none", stroke: "var(--text)", strokeWidth: 1.5, dash: "3 2" },
  jointOutline: { fill: "none", stroke: "var(--muted)", strokeWidth: 1 },
  bandBar: { fill: "var(--muted)", fillOpacity: 0.3, stroke: "var(--muted)", strokeWidth: 1.5 },
  bandShade: { fill: "var(--muted)", fillOpacity: 0.06 },
} as const satisfies Record<string, MarkStyle>;

export interface TimelineView {
  /** Short name of what is plotted, and a one-sentence summary for assistive tech. */
  title: string;
  summary: string;
  /** The approvals shown, oldest first, and the lanes to draw them in. */
  approvals: readonly TherapyRow[];
  classes: readonly DrugClass[];
  bands: readonly SurvivalBand[];
  /** How each approval is read aloud and in its tooltip; the marks themselves do not change. */
  wording?: Wording;
}

/** The page's timeline: laid out at the reference width, so it fits every screen without measuring. */
export function timelineScene(view: TimelineView): Scene {
  const layout = layoutTimeline(view.approvals, view.bands, view.classes, L.referenceWidth, view.wording);
  return { title: view.title, description: view.summary, roleDescription: "timeline", width: "100%", ...timelineDrawing(layout) };
}

/**
 * Axis, lanes, then the explorable marks: approvals in time order, then the bands, which is the
 * order the keyboard follows. Each band carries its shade through the lanes, so focusing the band
 * can deepen its shade.
 */
export function timelineDrawing(layout: TimelineLayout): Drawing {
  const ticks: Mark[] = layout.ticks.flatMap((tick) => [
    { kind: "line", x1: pct(tick.xPct), x2: pct(tick.xPct), y1: layout.lanesTop, y2: layout.plotBottom, style: STROKE.grid },
    ...[layout.topAxisY, layout.bottomAxisY].map(
      (y): Mark => ({ kind: "text", x: pct(tick.xPct), y, text: String(tick.year), style: { ...TEXT.tick, anchor: "middle" } }),
    ),
  ]);
  const lanes: Mark[] = layout.lanes.map((lane) => ({
    kind: "group",
    data: { testid: "timeline-lane", class: lane.drugClass },
    marks: [
      { kind: "line", x1: 0, x2: "100%", y1: lane.top, y2: lane.top, style: STYLE.laneRule },
      { kind: "text", x: 0, y: lane.headerY, text: lane.label, style: STYLE.laneLabel },
      ...(lane.emptyY === null ? [] : [{ kind: "text", x: 0, y: lane.emptyY, text: "None for the HER2 populations chosen", style: TEXT.unavailable } as const]),
    ],
  }));
  const bandHeader: Mark[] = layout.bandHeaderY === null ? [] : [{ kind: "text", x: 0, y: layout.bandHeaderY, text: BANDS_HEADING, style: STYLE.laneLabel }];
  return {
    height: layout.height,
    marks: [
      { kind: "group", decorative: true, marks: [...ticks, ...lanes, ...bandHeader] },
      ...layout.marks.map(approvalMark),
      ...layout.bands.map((placed) => bandMark(placed, layout.lanesTop)),
    ],
  };
}

/** One approval; a nested viewport carries its percentage x, so markers, rings and label offsets stay in px. */
function approvalMark(mark: ApprovalMark): Mark {
  return {
    kind: "group",
    datum: { id: mark.row.id, description: mark.description, tooltip: { leftPct: mark.xPct, top: mark.y + 18 } },
    data: { testid: "approval-mark" },
    className: "timeline-mark",
    marks: [{ kind: "viewport", x: pct(mark.xPct), y: mark.y, width: 1, height: 1, viewBox: { width: 1, height: 1 }, align: "start", marks: glyph(mark) }],
  };
}

/** An approval centred on (0, 0): focus ring, accelerated-approval ring, population markers, then brand and populations. */
function glyph(mark: ApprovalMark): Mark[] {
  const focus = { halfWidth: mark.halfWidth + L.focusRingGap, height: RING_HEIGHT + 2 * L.focusRingGap };
  const labelX = mark.labelSide === "right" ? mark.halfWidth + L.labelGap : -(mark.halfWidth + L.labelGap);
  const anchor = mark.labelSide === "right" ? "start" : "end";
  return [
    {
      kind: "rect",
      x: -focus.halfWidth,
      y: -focus.height / 2,
      width: 2 * focus.halfWidth,
      height: focus.height,
      rx: focus.height / 2,
      style: STYLE.focusRing,
      className: "timeline-focus-ring",
    },
    ...approvalMarkers(mark),
    { kind: "text", x: labelX, y: L.labelBaselineDy, text: mark.label, style: { ...STYLE.brand, anchor }, className: "timeline-label" },
    {
      kind: "group",
      data: { testid: "mark-population" },
      marks: [{ kind: "text", x: labelX, y: L.populationBaselineDy, text: mark.populationLabel, style: { ...STYLE.populations, anchor } }],
    },
  ];
}

/**
 * An approval's markers, one per population, centred on (0, 0): in one outline when it covers more
 * than one group (side by side, two markers otherwise read as two approvals), and in the dashed ring
 * if it was accelerated.
 */
export function approvalMarkers(mark: Pick<ApprovalMark, "markers" | "halfWidth" | "accelerated">): Mark[] {
  const ring: Mark[] = mark.accelerated
    ? [{ kind: "group", data: { testid: "accelerated-ring" }, marks: [acceleratedRing(-mark.halfWidth, 2 * mark.halfWidth)] }]
    : [];
  const outline: Mark[] =
    mark.markers.length > 1
      ? [{ kind: "group", data: { testid: "joint-outline" }, marks: [jointOutline(mark.halfWidth - L.ringPadding + JOINT_PADDING)] }]
      : [];
  return [
    ...outline,
    ...ring,
    ...mark.markers.map(({ population, dx }): Mark => ({ kind: "group", data: { population }, marks: [populationMarker(population, dx)] })),
  ];
}

const JOINT_PADDING = 2.5;
const JOINT_HEIGHT = L.markerSize + 2 * JOINT_PADDING;

/** The outline that makes one approval of several groups' markers, centred on (0, 0). */
function jointOutline(halfWidth: number): Mark {
  return { kind: "rect", x: -halfWidth, y: -JOINT_HEIGHT / 2, width: 2 * halfWidth, height: JOINT_HEIGHT, rx: JOINT_HEIGHT / 2, style: STYLE.jointOutline };
}

export function populationMarker(population: Her2Population, x: number): Mark {
  return markerMark(POPULATION_STYLES[population].marker, x, 0, L.markerSize, populationColorVar(population));
}

/** The dashed ring of an accelerated approval, centred vertically on 0. */
function acceleratedRing(x: number, width: number): Mark {
  return { kind: "rect", x, y: -RING_HEIGHT / 2, width, height: RING_HEIGHT, rx: RING_HEIGHT / 2, style: STYLE.acceleratedRing };
}

export function bandBar(x: number | `${number}%`, y: number, width: number | `${number}%`): Mark {
  return { kind: "rect", x, y, width, height: L.bandHeight, rx: 2, style: STYLE.bandBar, className: "timeline-band-bar" };
}

/** A survival band: its shade through the lanes above (under the pointer's notice), its label and its bar. */
function bandMark(placed: PlacedBand, lanesTop: number): Mark {
  const x = pct(placed.xPct);
  const width = pct(placed.widthPct);
  return {
    kind: "group",
    datum: { id: placed.band.id, description: placed.description, tooltip: { leftPct: placed.xPct, top: placed.y + L.bandHeight + 6 } },
    data: { testid: "survival-band" },
    className: "timeline-band",
    marks: [
      {
        kind: "group",
        decorative: true,
        marks: [{ kind: "rect", x, y: lanesTop, width, height: placed.y - lanesTop, style: STYLE.bandShade, className: "timeline-band-shade" }],
      },
      {
        kind: "text",
        x: pct(placed.labelXPct),
        y: placed.labelY,
        text: placed.band.label,
        style: { ...STYLE.bandLabel, anchor: placed.labelAnchor },
        className: "timeline-band-label",
      },
      bandBar(x, placed.y, width),
    ],
  };
}

// ── The key ─────────────────────────────────────────────────────────────────────────────────────

/** A key entry: a swatch `width` wide centred vertically on y = 0, and what it means. */
export interface KeyItem {
  text: string;
  width: number;
  height: number;
  marks: readonly Mark[];
}

const RING_ITEM: KeyItem = { text: "Dashed ring: accelerated approval", width: RING_HEIGHT, height: RING_HEIGHT, marks: [acceleratedRing(0, RING_HEIGHT)] };
const BAND_ITEM: KeyItem = {
  text: "Band: years of diagnosis behind a survival figure",
  width: BAND_SWATCH_WIDTH,
  height: L.bandHeight,
  marks: [bandBar(0, -L.bandHeight / 2, BAND_SWATCH_WIDTH)],
};
const JOINT_SWATCH = glyphHalfWidth(2) - L.ringPadding + JOINT_PADDING;
const JOINT_ITEM: KeyItem = {
  text: "Outline: one approval for both groups",
  width: 2 * JOINT_SWATCH,
  height: JOINT_HEIGHT,
  marks: [
    { kind: "viewport", x: JOINT_SWATCH, y: 0, width: 1, height: 1, viewBox: { width: 1, height: 1 }, align: "start", marks: [jointOutline(JOINT_SWATCH)] },
  ],
};

/**
 * The key for the approvals shown: what they draw and nothing else. `populations` adds each group's
 * marker first (for an image or embed: the page names them beside its filters); a group whose every
 * approval shown is for HR-positive disease only says so (her2-therapies.md §3 caveat 6: HER2-ultralow).
 */
export function timelineKey(approvals: readonly TherapyRow[], { populations }: { populations: boolean }): KeyItem[] {
  const shown = HER2_POPULATIONS.filter((population) => approvals.some((row) => row.populations.includes(population)));
  const hrPositiveOnly = (population: Her2Population) =>
    approvals.filter((row) => row.populations.includes(population)).every((row) => /^HR-positive only\b/.test(row.populationNote ?? ""));
  const markers = shown.map((population) => ({
    text: `${HER2_POPULATION_LABELS[population]}${hrPositiveOnly(population) ? " (HR-positive only)" : ""}`,
    width: L.markerSize,
    height: L.markerSize,
    marks: [populationMarker(population, L.markerSize / 2)],
  }));
  return [
    ...(populations ? markers : []),
    ...(approvals.some(isAcceleratedApproval) ? [RING_ITEM] : []),
    ...(approvals.some((row) => row.populations.length > 1) ? [JOINT_ITEM] : []),
    BAND_ITEM,
  ];
}
