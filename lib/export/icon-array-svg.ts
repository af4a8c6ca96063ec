/**
 * "Compare two subtypes" as a standalone image: the page's two icon arrays (lib/charts/compare),
 * each with its heading and exact figure, and the caveat under them.
 */
import { type ComparePanel, iconArrayCells } from "../charts/compare";
import { ICON_ARRAY } from "../charts/layout";
import { SUBTYPES } from "../subtypes";
import { type ColorMode, THEME_TOKENS } from "../theme";
import { type ExportTarget, escapeXml, fillBox, framedSvg, markerSvg, textBlock, wrapText } from "./frame";

export interface IconArrayContent {
  kind: "icon-array";
  title: string;
  takeaway: string;
  citation: string;
  panels: readonly ComparePanel[];
  note: string;
}

const GAP = 48;
/** The arrays are drawn no larger than this (design px), so the captions stay near them. */
const MAX_GRID = 360;
const HEADING = 18;
const BODY = 15;

export function iconArraySvg(spec: IconArrayContent & ExportTarget): string {
  return framedSvg(spec, (box) => fillBox(box, (width) => drawing(spec, width, spec.mode)));
}

function drawing(spec: IconArrayContent, width: number, mode: ColorMode): { height: number; svg: string } {
  const t = THEME_TOKENS[mode];
  const panelWidth = (width - GAP) / 2;
  const grid = Math.min(panelWidth, MAX_GRID);
  const panels = spec.panels.map((panel, side) => {
    const x = side * (panelWidth + GAP);
    const subtype = SUBTYPES[panel.subtype];
    const color = subtype.color[mode];
    // Label and plain name on two lines: "hormone receptor-negative, HER2-positive" is as wide as a panel.
    const heading =
      markerSvg(subtype.marker, x + 6, HEADING * 0.65, 12, color) +
      `<text x="${x + 18}" y="${HEADING}" font-size="${HEADING}" font-weight="700" fill="${t.text}">${escapeXml(subtype.label)}</text>` +
      textBlock(wrapText(subtype.plainName, panelWidth - 18, BODY), x + 18, HEADING + 6, BODY, `fill="${t.muted}"`).svg;
    const gridTop = HEADING + 6 + Math.round(BODY * 1.3) + 12;
    const cellScale = grid / (ICON_ARRAY.columns * ICON_ARRAY.cell);
    const circles = iconArrayCells(panel.filled)
      .map(
        ({ cx, cy, on }) =>
          `<circle cx="${cx}" cy="${cy}" r="${ICON_ARRAY.radius}" fill="${on ? color : "none"}" stroke="${on ? color : t.muted}" stroke-width="1.5"/>`,
      )
      .join("");
    const array = `<g transform="translate(${x} ${gridTop}) scale(${cellScale})" data-mark="icon-array" data-filled="${panel.filled}">${circles}</g>`;
    const caption = textBlock(wrapText(`${panel.figure} — ${panel.caption}`, panelWidth, BODY), x, gridTop + grid + 8, BODY, `fill="${t.text}"`);
    return { svg: heading + array + caption.svg, height: gridTop + grid + 8 + caption.height };
  });
  const panelsHeight = Math.max(0, ...panels.map((p) => p.height));
  const note = textBlock(wrapText(spec.note, width, BODY), 0, panelsHeight + 20, BODY, `fill="${t.muted}"`);
  return { height: panelsHeight + 20 + note.height, svg: panels.map((p) => p.svg).join("") + note.svg };
}
