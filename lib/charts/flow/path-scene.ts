/**
 * One case's way through the HER2 flow, large: the steps it went through in reading order (left to
 * right, row by row), each decision with the answer that led on, ending in the result. A slide
 * shows this instead of the whole diagram shrunk until nothing can be read. Words are the graph's
 * own labels and the diagram's condition labels; paint is the diagram's style table.
 */
import { shortCondition } from "../../her2/edge-labels";
import { edgeBetween, type NodeId, type NodeKind, nodeById } from "../../her2/graph";
import { wrapText } from "../../her2/wrap-text";
import type { Drawing, Mark, MarkStyle } from "../../scene/types";
import { round } from "./geometry";
import { FLOW_LAYOUT } from "./model";
import { FLOW_STYLES } from "./scene";

/** Design px: the frame scales the drawing to its box, so these are proportions more than sizes. */
export const PATH_LAYOUT = {
  fontSize: 17,
  lineHeight: 22,
  paddingX: 12,
  paddingY: 12,
  /** Room for the answer line under a decision's label. */
  answerGap: 6,
  /** Between boxes in a row (an arrow), and between rows (the line that turns back). */
  gapX: 40,
  gapY: 34,
  arrowHead: 8,
  /** A row holds at most this many steps, and no box is narrower than minBoxWidth; longer paths wrap into rows. */
  maxPerRow: 5,
  minBoxWidth: 150,
  /** Average glyph width as a share of the font size: the diagram's own (the same face), enough to wrap without measuring. */
  charWidthEm: FLOW_LAYOUT.wide.charWidthEm,
} as const;

export interface PathStep {
  id: NodeId;
  kind: NodeKind;
  label: string;
  /** The condition of the edge taken out of this step; null where the flow always goes on (or at the end). */
  answer: string | null;
}

/** The case's steps, each with the answer that led to the next; the last is the result. */
export function pathSteps(path: readonly NodeId[]): PathStep[] {
  return path.map((id, i) => {
    const next = path[i + 1];
    const edge = next === undefined ? undefined : edgeBetween(id, next);
    if (next !== undefined && !edge) throw new Error(`The path goes from ${id} to ${next}, which no edge of the graph joins.`);
    const { kind, label } = nodeById(id);
    return { id, kind, label, answer: edge ? shortCondition(edge) : null };
  });
}

/** How many steps a row holds at `width`: as many as fit, shared out evenly so the last row is not a stub. */
export function stepsPerRow(count: number, width: number): number {
  const L = PATH_LAYOUT;
  const fit = Math.max(1, Math.min(L.maxPerRow, Math.floor((width + L.gapX) / (L.minBoxWidth + L.gapX))));
  return Math.ceil(count / Math.max(1, Math.ceil(count / fit)));
}

export interface PlacedStep extends PathStep {
  x: number;
  y: number;
  width: number;
  height: number;
  row: number;
  /** The label wrapped to the box, and the answer under it (none where the flow always goes on). */
  lines: string[];
  answerLines: string[];
}

/** Every step's box at `width` design px: equal widths, each row as tall as its tallest box. */
export function placeSteps(steps: readonly PathStep[], width: number): { steps: PlacedStep[]; height: number } {
  const perRow = stepsPerRow(steps.length, width);
  const rows = Array.from({ length: Math.ceil(steps.length / perRow) }, (_, row) => steps.slice(row * perRow, (row + 1) * perRow));
  return placeRows(rows, width, perRow);
}

/** Rows of steps in `columns` equal columns across `width` design px, each row as tall as its tallest box. */
export function placeRows(rows: readonly (readonly PathStep[])[], width: number, columns: number): { steps: PlacedStep[]; height: number } {
  const L = PATH_LAYOUT;
  const boxWidth = (width - (columns - 1) * L.gapX) / columns;
  const maxChars = Math.max(6, Math.floor((boxWidth - 2 * L.paddingX) / (L.fontSize * L.charWidthEm)));
  const contentHeight = (lines: number, answers: number) => (lines + answers) * L.lineHeight + (answers > 0 ? L.answerGap : 0) + 2 * L.paddingY;
  let top = 0;
  const placed = rows.flatMap((row, rowIndex) => {
    const wrapped = row.map((step) => ({
      step,
      lines: wrapText(step.label, maxChars),
      answerLines: step.answer === null ? [] : wrapText(`→ ${step.answer}`, maxChars),
    }));
    const height = Math.max(...wrapped.map((w) => contentHeight(w.lines.length, w.answerLines.length)));
    const y = top;
    top += height + L.gapY;
    return wrapped.map(
      ({ step, lines, answerLines }, column): PlacedStep => ({
        ...step,
        x: round(column * (boxWidth + L.gapX)),
        y,
        width: round(boxWidth),
        height,
        row: rowIndex,
        lines,
        answerLines,
      }),
    );
  });
  return { steps: placed, height: top - L.gapY };
}

const ARROW: MarkStyle = FLOW_STYLES.edge.path;
const HEAD: MarkStyle = { fill: FLOW_STYLES.edge.path.stroke };

/** An arrowhead pointing right (dx = 1) or down (dy = 1) with its tip at (x, y). */
function head(x: number, y: number, direction: "right" | "down"): Mark {
  const s = PATH_LAYOUT.arrowHead;
  const d =
    direction === "right" ? `M${x},${y}L${x - s * 1.4},${y - s}L${x - s * 1.4},${y + s}Z` : `M${x},${y}L${x - s},${y - s * 1.4}L${x + s},${y - s * 1.4}Z`;
  return { kind: "path", d, style: HEAD };
}

/** The line from one step to the next: straight across a row, or down, back and down to the next row. */
export function connector(from: PlacedStep, to: PlacedStep): Mark[] {
  const s = PATH_LAYOUT.arrowHead * 1.4;
  if (from.row === to.row) {
    const y = round(from.y + from.height / 2);
    return [{ kind: "path", d: `M${from.x + from.width},${y}H${round(to.x - s)}`, style: ARROW, className: "flow-edge" }, head(to.x, y, "right")];
  }
  const fromX = round(from.x + from.width / 2);
  const toX = round(to.x + to.width / 2);
  const middle = round(from.y + from.height + PATH_LAYOUT.gapY / 2);
  return [
    { kind: "path", d: `M${fromX},${from.y + from.height}V${middle}H${toX}V${round(to.y - s)}`, style: ARROW, className: "flow-edge" },
    head(toX, to.y, "down"),
  ];
}

export function stepMark(step: PlacedStep, last: boolean): Mark {
  const L = PATH_LAYOUT;
  const style: MarkStyle = { ...FLOW_STYLES.box[step.kind], ...FLOW_STYLES.boxState.path, ...(last ? FLOW_STYLES.boxState.current : {}) };
  const text: MarkStyle = { ...FLOW_STYLES.nodeText, fontSize: L.fontSize, ...(last ? { fontWeight: 700 } : {}) };
  const answered = step.answerLines.length > 0;
  const textHeight = (step.lines.length + step.answerLines.length) * L.lineHeight + (answered ? L.answerGap : 0);
  // Centred in the box: rows share a height, so a short label sits in the middle of a tall box.
  const firstBaseline = step.y + (step.height - textHeight) / 2 + L.lineHeight * 0.75;
  const centre = round(step.x + step.width / 2);
  const line = (gap: number) => (text: string, i: number) => ({ x: centre, y: round(firstBaseline + i * L.lineHeight + gap), text });
  const marks: Mark[] = [
    {
      kind: "rect",
      x: step.x,
      y: step.y,
      width: step.width,
      height: step.height,
      rx: step.kind === "category" ? Math.min(24, step.height / 2) : 6,
      style,
      className: "flow-box",
    },
    { kind: "text-lines", lines: step.lines.map(line(0)), style: text },
  ];
  if (answered) {
    const answers = step.answerLines.map((text, i) => line(L.answerGap)(text, step.lines.length + i));
    marks.push({
      kind: "text-lines",
      lines: answers,
      style: { ...FLOW_STYLES.label.pathText, fontSize: L.fontSize, fontWeight: 700 },
      className: "flow-answer",
    });
  }
  return { kind: "group", className: "flow-node", data: { node: step.id, "on-path": "true" }, marks };
}

/** The path drawn at `width` design px: lines first, boxes on top. */
export function flowPathDrawing(path: readonly NodeId[], width: number): Drawing & { width: number } {
  const { steps, height } = placeSteps(pathSteps(path), width);
  const lines = steps.slice(1).flatMap((step, i) => connector(steps[i] as PlacedStep, step));
  return {
    width,
    height,
    marks: [
      { kind: "group", decorative: true, marks: lines },
      { kind: "group", marks: steps.map((step, i) => stepMark(step, i === steps.length - 1)) },
    ],
  };
}
