/**
 * The treatments timeline as a standalone image. Positions come from the page's own layout
 * (lib/charts/therapies `layoutTimeline`), laid out at the image's width; the styling mirrors
 * app/treatments/treatments.css with the colours written inline.
 */
import { BANDS_HEADING, type SurvivalBand } from "../charts/therapies";
import { POPULATION_STYLES } from "../charts/therapy-style";
import { type ApprovalMark, layoutTimeline, TIMELINE_LAYOUT, type TimelineLayout } from "../charts/timeline-layout";
import type { TherapyRow } from "../datasets/schemas";
import { type DrugClass, HER2_POPULATION_LABELS, HER2_POPULATIONS } from "../datasets/therapy-dimensions";
import { type ColorMode, THEME_TOKENS } from "../theme";
import { type ExportTarget, escapeXml, fillBox, framedSvg, markerSvg } from "./frame";

export interface TimelineContent {
  kind: "timeline";
  title: string;
  takeaway: string;
  citation: string;
  approvals: readonly TherapyRow[];
  classes: readonly DrugClass[];
  bands: readonly SurvivalBand[];
}

const L = TIMELINE_LAYOUT;
/** As treatments.css: the dashed ring of an accelerated approval, and the bands' fill. */
const RING_DASH = "3 2";
const BAND_FILL_OPACITY = 0.3;
const BAND_SHADE_OPACITY = 0.06;
const LEGEND_ROW = 24;

export function timelineSvg(spec: TimelineContent & ExportTarget): string {
  return framedSvg(spec, (box) =>
    fillBox(box, (width) => {
      // The page explains markers beside its filters; an image has no filters, so it carries a key.
      const legend = legendSvg(width, spec.mode);
      const layout = layoutTimeline(spec.approvals, spec.bands, spec.classes, width);
      return {
        height: legend.height + layout.height,
        svg: `${legend.svg}<g transform="translate(0 ${legend.height})">${chartSvg(layout, width, spec.mode)}</g>`,
      };
    }),
  );
}

function chartSvg(layout: TimelineLayout, width: number, mode: ColorMode): string {
  const t = THEME_TOKENS[mode];
  const px = (pct: number) => round((pct / 100) * width);
  const ticks = layout.ticks.map(
    (tick) =>
      `<line x1="${px(tick.xPct)}" x2="${px(tick.xPct)}" y1="${layout.lanesTop}" y2="${layout.plotBottom}" stroke="${t.grid}"/>` +
      [layout.topAxisY, layout.bottomAxisY]
        .map((y) => `<text x="${px(tick.xPct)}" y="${y}" font-size="12" fill="${t.muted}" text-anchor="middle">${tick.year}</text>`)
        .join(""),
  );
  const shades = layout.bands.map(
    (placed) =>
      `<rect x="${px(placed.xPct)}" width="${px(placed.widthPct)}" y="${layout.lanesTop}" height="${placed.y - layout.lanesTop}" fill="${t.muted}" fill-opacity="${BAND_SHADE_OPACITY}"/>`,
  );
  const lanes = layout.lanes.map(
    (lane) =>
      `<line x1="0" x2="${width}" y1="${lane.top}" y2="${lane.top}" stroke="${t.border}"/>` +
      `<text x="0" y="${lane.headerY}" font-size="${L.laneHeaderFontPx}" font-weight="700" fill="${t.text}">${escapeXml(lane.label)}</text>` +
      (lane.emptyY === null
        ? ""
        : `<text x="0" y="${lane.emptyY}" font-size="13" font-style="italic" fill="${t.muted}">None for the HER2 populations chosen</text>`),
  );
  const bandHeader =
    layout.bandHeaderY === null
      ? ""
      : `<text x="0" y="${layout.bandHeaderY}" font-size="${L.laneHeaderFontPx}" font-weight="700" fill="${t.text}">${escapeXml(BANDS_HEADING)}</text>`;
  const marks = layout.marks.map((mark) => `<g transform="translate(${px(mark.xPct)} ${mark.y})" data-mark="approval">${markGlyph(mark, mode)}</g>`);
  const bands = layout.bands.map(
    (placed) =>
      `<g data-mark="band"><text x="${px(placed.labelXPct)}" y="${placed.labelY}" font-size="${L.bandFontPx}" text-anchor="${placed.labelAnchor}" fill="${t.text}">${escapeXml(placed.band.label)}</text>` +
      `<rect x="${px(placed.xPct)}" width="${px(placed.widthPct)}" y="${placed.y}" height="${L.bandHeight}" rx="2" fill="${t.muted}" fill-opacity="${BAND_FILL_OPACITY}" stroke="${t.muted}" stroke-width="1.5"/></g>`,
  );
  return [...ticks, ...shades, ...lanes, bandHeader, ...marks, ...bands].join("");
}

/** One approval centred on (0, 0), as ApprovalTimeline's MarkGlyph draws it (without the focus ring). */
function markGlyph(mark: ApprovalMark, mode: ColorMode): string {
  const t = THEME_TOKENS[mode];
  const ringHeight = L.markerSize + 2 * L.ringPadding;
  const ring = mark.accelerated ? acceleratedRing(-mark.halfWidth, -ringHeight / 2, 2 * mark.halfWidth, ringHeight, t.text) : "";
  const markers = mark.markers
    .map(({ population, dx }) => markerSvg(POPULATION_STYLES[population].marker, dx, 0, L.markerSize, POPULATION_STYLES[population].color[mode]))
    .join("");
  const labelX = mark.labelSide === "right" ? mark.halfWidth + L.labelGap : -(mark.halfWidth + L.labelGap);
  const anchor = mark.labelSide === "right" ? "start" : "end";
  const brand = `<text x="${labelX}" y="${L.labelBaselineDy}" font-size="${L.labelFontPx}" text-anchor="${anchor}" fill="${t.text}">${escapeXml(mark.label)}</text>`;
  const populations = `<text x="${labelX}" y="${L.populationBaselineDy}" font-size="${L.populationFontPx}" text-anchor="${anchor}" fill="${t.muted}">${escapeXml(mark.populationLabel)}</text>`;
  return `${ring}${markers}${brand}${populations}`;
}

function acceleratedRing(x: number, y: number, width: number, height: number, color: string): string {
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${height / 2}" fill="none" stroke="${color}" stroke-width="1.5" stroke-dasharray="${RING_DASH}"/>`;
}

/** The populations' markers, the accelerated-approval ring and a band, wrapped to the width. */
function legendSvg(width: number, mode: ColorMode): { svg: string; height: number } {
  const t = THEME_TOKENS[mode];
  const ring = L.markerSize + 2 * L.ringPadding;
  const items = [
    ...HER2_POPULATIONS.map((population) => ({
      text: HER2_POPULATION_LABELS[population],
      swatch: markerSvg(POPULATION_STYLES[population].marker, L.markerSize / 2, 0, L.markerSize, POPULATION_STYLES[population].color[mode]),
      swatchWidth: L.markerSize,
    })),
    { text: "Dashed ring: accelerated approval", swatch: acceleratedRing(0, -ring / 2, ring, ring, t.text), swatchWidth: ring },
    {
      text: "Band: years of diagnosis behind a survival figure",
      swatch: `<rect x="0" y="${-L.bandHeight / 2}" width="26" height="${L.bandHeight}" rx="2" fill="${t.muted}" fill-opacity="${BAND_FILL_OPACITY}" stroke="${t.muted}" stroke-width="1.5"/>`,
      swatchWidth: 26,
    },
  ];
  let [x, row] = [0, 0];
  const placed = items.map((item) => {
    const itemWidth = item.swatchWidth + 6 + item.text.length * L.labelFontPx * L.charWidthEm;
    if (x > 0 && x + itemWidth > width) [x, row] = [0, row + 1];
    const at = { x, y: row * LEGEND_ROW + LEGEND_ROW / 2 };
    x += itemWidth + 20;
    return `<g transform="translate(${round(at.x)} ${at.y})">${item.swatch}<text x="${item.swatchWidth + 6}" y="4.5" font-size="${L.labelFontPx}" fill="${t.text}">${escapeXml(item.text)}</text></g>`;
  });
  return { svg: placed.join(""), height: (row + 1) * LEGEND_ROW + 8 };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
