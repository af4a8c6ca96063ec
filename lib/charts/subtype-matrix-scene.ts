/**
 * The /subtypes 2×2 matrix as an image: HR status down, HER2 status across, each cell with its
 * subtype's marker, label, plain name and share of new cases, and the note on cases of unknown
 * status under it. Its words are the page table's (`matrixView`), so the two cannot drift; the page
 * keeps an HTML table, which wraps at any width and links each subtype to its page.
 */
import { type ExportSize, type FrameText, fillBox, framedScene, textBlock, wrapText } from "../scene/frame";
import { markerMark } from "../scene/marker";
import { STROKE, TEXT } from "../scene/text-styles";
import type { Drawing, Mark, Scene } from "../scene/types";
import { SUBTYPES } from "../subtypes";
import { subtypeColorVar } from "../theme";
import type { MatrixView } from "./subtype-matrix";

/** What the matrix image needs beyond its frame. */
export interface MatrixContent extends FrameText, MatrixView {
  kind: "matrix";
}

/** Beyond this (design px) the cells are mostly empty space, so the grid stops growing. */
const MAX_WIDTH = 860;
const GAP = 8;
const PAD = 14;
/** The coloured top edge, as thick as the page's 6 px cell border. */
const EDGE = 6;
const { panelHeading: HEADING, body: BODY, bodyMuted: MUTED, figure: FIGURE } = TEXT;
const line = (size: number) => Math.round(size * 1.3);

export function matrixImageScene(spec: MatrixContent & { size: ExportSize }): Scene {
  return framedScene(spec, (box) => [fillBox(box, (width) => matrixDrawing(spec, Math.min(width, MAX_WIDTH)))]);
}

type Cell = MatrixView["rows"][number]["cells"][number];

/** A cell's contents at (x, y), `width` wide, and how tall they are. */
function cellBody(cell: Cell, x: number, y: number, width: number): Drawing {
  const plain = textBlock(wrapText(cell.plain, width, BODY.fontSize), x, y + line(HEADING.fontSize) + 2, BODY.fontSize, MUTED);
  const shareY = y + line(HEADING.fontSize) + 2 + plain.height + 10;
  // The figure is the cell's news, so it is drawn large, with the words after it on a line of their own.
  const share: Mark[] = cell.share.figure
    ? [
        { kind: "text", x, y: shareY + FIGURE.fontSize, text: cell.share.figure, style: FIGURE },
        { kind: "text", x, y: shareY + line(FIGURE.fontSize) + BODY.fontSize, text: cell.share.rest.trim(), style: BODY },
      ]
    : [{ kind: "text", x, y: shareY + BODY.fontSize, text: cell.share.rest, style: TEXT.unavailable }];
  const marks: Mark[] = [
    markerMark(SUBTYPES[cell.subtype].marker, x + 7, y + HEADING.fontSize * 0.65, 14, subtypeColorVar(cell.subtype)),
    { kind: "text", x: x + 22, y: y + HEADING.fontSize, text: cell.label, style: HEADING },
    plain.mark,
    ...share,
  ];
  const shareHeight = cell.share.figure ? line(FIGURE.fontSize) + line(BODY.fontSize) : line(BODY.fontSize);
  return { marks, height: shareY - y + shareHeight };
}

function matrixDrawing(view: MatrixView, width: number): Drawing {
  // The row headings ("HR-positive", "ER+ and/or PR+") need less room than the subtype cells.
  const headWidth = Math.round(Math.max(130, Math.min(200, width * 0.22)));
  const cellWidth = (width - headWidth - 2 * GAP) / 2;
  const inner = cellWidth - 2 * PAD;
  const headHeight = line(HEADING.fontSize) + 2 * PAD;
  const columnX = (i: number) => headWidth + GAP + i * (cellWidth + GAP);
  const surface = (x: number, y: number, w: number, h: number): Mark => ({
    kind: "rect",
    x,
    y,
    width: w,
    height: h,
    style: { ...STROKE.cell, fill: "var(--surface)" },
  });

  const marks: Mark[] = view.columns.flatMap((text, i): Mark[] => [
    surface(columnX(i), 0, cellWidth, headHeight),
    { kind: "text", x: columnX(i) + cellWidth / 2, y: PAD + HEADING.fontSize, text, style: { ...HEADING, anchor: "middle" } },
  ]);
  let y = headHeight + GAP;
  for (const row of view.rows) {
    const bodies = row.cells.map((cell, i) => ({ cell, x: columnX(i), body: cellBody(cell, columnX(i) + PAD, y + EDGE + PAD, inner) }));
    const receptorLines = wrapText(row.receptors, headWidth - 2 * PAD, BODY.fontSize);
    const headContent = line(HEADING.fontSize) + 2 + receptorLines.length * line(BODY.fontSize);
    const rowHeight = Math.max(...bodies.map(({ body }) => body.height), headContent) + 2 * PAD + EDGE;
    // Row headings sit in the middle of their row, as the page's table cells do (vertical-align: middle).
    const headY = y + (rowHeight - headContent) / 2;
    marks.push(
      surface(0, y, headWidth, rowHeight),
      { kind: "text", x: PAD, y: headY + HEADING.fontSize, text: row.heading, style: HEADING },
      textBlock(receptorLines, PAD, headY + line(HEADING.fontSize) + 2, BODY.fontSize, MUTED).mark,
      ...bodies.map(
        ({ cell, x, body }): Mark => ({
          kind: "group",
          data: { mark: "cell", subtype: cell.subtype, share: cell.share.figure + cell.share.rest },
          marks: [
            { kind: "rect", x, y, width: cellWidth, height: rowHeight, style: { ...STROKE.cell, fill: "none" } },
            { kind: "rect", x, y, width: cellWidth, height: EDGE, style: { fill: subtypeColorVar(cell.subtype) } },
            ...body.marks,
          ],
        }),
      ),
    );
    y += rowHeight + GAP;
  }
  const note = textBlock(wrapText(view.note, width, BODY.fontSize), 0, y + 8, BODY.fontSize, MUTED);
  return { height: y + 8 + note.height, marks: [...marks, note.mark] };
}
