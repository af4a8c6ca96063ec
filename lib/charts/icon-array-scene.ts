/**
 * "Out of 100 people" as scenes: one icon array (the page's picture), and "Compare two subtypes" as
 * an image (two arrays with their headings and exact figures, and the caveat under them). The cells
 * come from `iconArrayCells`, the words from `lib/charts/compare`.
 */
import { type ExportSize, type FrameText, fillBox, framedScene, textBlock, wrapText } from "../scene/frame";
import { markerMark } from "../scene/marker";
import { STROKE, TEXT } from "../scene/text-styles";
import type { Drawing, Mark, Scene } from "../scene/types";
import { SUBTYPES } from "../subtypes";
import { subtypeColorVar } from "../theme";
import { type ComparePanel, iconArrayCells } from "./compare";
import { ICON_ARRAY } from "./layout";

const SIDE = ICON_ARRAY.columns * ICON_ARRAY.cell;

/**
 * `filled` circles in `color`, the rest hollow, in a SIDE × SIDE square; `data-filled` says how many.
 * The filled and the hollow circles each share their paint through a group, so a cell is its place
 * alone (two arrays of 100 cells are a large part of a page's HTML).
 */
export function iconArrayMark(filled: number, color: string): Mark {
  const cells = iconArrayCells(filled);
  const circles = (on: boolean): Mark[] => cells.filter((cell) => cell.on === on).map(({ cx, cy }) => ({ kind: "circle", cx, cy, r: ICON_ARRAY.radius }));
  return {
    kind: "group",
    data: { testid: "icon-array", filled: String(filled) },
    marks: [
      { kind: "group", style: { ...STROKE.icon, fill: color, stroke: color }, marks: circles(true) },
      { kind: "group", style: { ...STROKE.icon, fill: "none", stroke: "var(--muted)" }, marks: circles(false) },
    ],
  };
}

/** One array as a picture on a page: a fixed ratio, sized by the page's CSS. */
export function iconArrayScene(panel: Pick<ComparePanel, "filled" | "title" | "description">, color: string): Scene {
  return {
    title: panel.title,
    description: panel.description,
    roleDescription: "icon array",
    role: "img",
    width: SIDE,
    height: SIDE,
    viewBox: { width: SIDE, height: SIDE },
    marks: [iconArrayMark(panel.filled, color)],
  };
}

/** What the compare image needs beyond its frame. */
export interface IconArrayContent extends FrameText {
  kind: "icon-array";
  panels: readonly ComparePanel[];
  note: string;
}

const GAP = 48;
/** The arrays are drawn no larger than this (design px), so the captions stay near them. */
const MAX_GRID = 360;

/** Below this the hollow and filled circles blur together: the image shrinks the whole drawing instead. */
const MIN_GRID = 160;

/**
 * The arrays take the height the words leave, so on a wide slide the words keep their size instead
 * of the whole drawing shrinking until the captions are smaller than the source line.
 */
export function iconArrayImageScene(spec: IconArrayContent & { size: ExportSize }): Scene {
  return framedScene(spec, (box) => [
    fillBox(box, (width) => {
      const available = (box.height * width) / box.width;
      const words = compareDrawing(spec, width, 0).height;
      return compareDrawing(spec, width, Math.max(MIN_GRID, available - words));
    }),
  ]);
}

/** The two panels side by side at `width` design px, each array at most `gridMax` high, then the caveat across both. */
function compareDrawing(spec: IconArrayContent, width: number, gridMax: number): Drawing {
  const { panelHeading: heading, body } = TEXT;
  const panelWidth = (width - GAP) / 2;
  const grid = Math.min(panelWidth, MAX_GRID, gridMax);
  const x = (side: number) => side * (panelWidth + GAP);
  // Label and plain name on two lines: "hormone receptor-negative, HER2-positive" is as wide as a panel.
  const plains = spec.panels.map((panel, side) =>
    textBlock(wrapText(SUBTYPES[panel.subtype].plainName, panelWidth - 18, body.fontSize), x(side) + 18, heading.fontSize + 6, body.fontSize, TEXT.bodyMuted),
  );
  // Both arrays start below the longer plain name (two lines in a square's narrower panels), side by side to compare.
  const gridTop = heading.fontSize + 6 + Math.max(0, ...plains.map((plain) => plain.height)) + 12;
  const panels = spec.panels.map((panel, side) => {
    const subtype = SUBTYPES[panel.subtype];
    const color = subtypeColorVar(panel.subtype);
    const array: Mark = {
      kind: "viewport",
      x: x(side),
      y: gridTop,
      width: grid,
      height: grid,
      viewBox: { width: SIDE, height: SIDE },
      align: "start",
      marks: [iconArrayMark(panel.filled, color)],
    };
    const caption = textBlock(wrapText(`${panel.figure} — ${panel.caption}`, panelWidth, body.fontSize), x(side), gridTop + grid + 8, body.fontSize, body);
    const marks: Mark[] = [
      markerMark(subtype.marker, x(side) + 6, heading.fontSize * 0.65, 12, color),
      { kind: "text", x: x(side) + 18, y: heading.fontSize, text: subtype.label, style: heading },
      ...(plains[side] ? [plains[side].mark] : []),
      array,
      caption.mark,
    ];
    return { marks, height: gridTop + grid + 8 + caption.height };
  });
  const panelsHeight = Math.max(0, ...panels.map((p) => p.height));
  const note = textBlock(wrapText(spec.note, width, body.fontSize), 0, panelsHeight + 20, body.fontSize, TEXT.bodyMuted);
  return { height: panelsHeight + 20 + note.height, marks: [...panels.flatMap((p) => p.marks), note.mark] };
}
