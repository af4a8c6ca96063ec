/**
 * The /subtypes 2×2 matrix as a standalone image: HR status down, HER2 status across, each cell with
 * its subtype's marker, label, plain name and share of new cases, drawn as the page's table is
 * (lib/charts/subtype-matrix), and the page's note on cases of unknown status under it.
 */
import { cellShare, MATRIX_HER2, type MatrixCell, type Status } from "../charts/subtype-matrix";
import { SUBTYPES } from "../subtypes";
import { type ColorMode, THEME_TOKENS } from "../theme";
import { type ExportTarget, escapeXml, fillBox, framedSvg, markerSvg, textBlock, wrapText } from "./frame";

export interface MatrixContent {
  kind: "matrix";
  title: string;
  takeaway: string;
  citation: string;
  rows: readonly { hr: Status; receptors: string; cells: readonly MatrixCell[] }[];
  note: string;
}

/** Beyond this (design px) the cells are mostly empty space, so the grid stops growing. */
const MAX_WIDTH = 860;
const GAP = 8;
const PAD = 14;
const HEADING = 18;
const BODY = 15;
const FIGURE = 26;
/** The coloured top edge, as thick as the page's 6 px cell border. */
const EDGE = 6;
const line = (size: number) => Math.round(size * 1.3);

export function matrixSvg(spec: MatrixContent & ExportTarget): string {
  return framedSvg(spec, (box) => fillBox(box, (width) => drawing(spec, Math.min(width, MAX_WIDTH), spec.mode)));
}

/** A cell's contents at `width`, drawn from (0, 0), and how tall they are. */
function cellBody(cell: MatrixCell, width: number, mode: ColorMode): { svg: string; height: number } {
  const t = THEME_TOKENS[mode];
  const subtype = SUBTYPES[cell.subtype];
  const label =
    markerSvg(subtype.marker, 7, HEADING * 0.65, 14, subtype.color[mode]) +
    `<text x="22" y="${HEADING}" font-size="${HEADING}" font-weight="700" fill="${t.text}">${escapeXml(subtype.label)}</text>`;
  const plain = textBlock(wrapText(subtype.plainName, width, BODY), 0, line(HEADING) + 2, BODY, `fill="${t.muted}"`);
  const shareY = line(HEADING) + 2 + plain.height + 10;
  const share = cellShare(cell);
  // The figure is the cell's news, so it is drawn large; the words after it stay body size.
  const figure = share.figure ? `<tspan font-size="${FIGURE}" font-weight="700">${escapeXml(share.figure)}</tspan>` : "";
  const shareText = `<text x="0" y="${shareY + FIGURE}" font-size="${BODY}" fill="${t.text}" data-share="${escapeXml(share.figure + share.rest)}">${figure}${escapeXml(share.rest)}</text>`;
  return { svg: label + plain.svg + shareText, height: shareY + line(FIGURE) };
}

function drawing(spec: MatrixContent, width: number, mode: ColorMode): { height: number; svg: string } {
  const t = THEME_TOKENS[mode];
  // The row headings ("HR-positive", "ER+ and/or PR+") need less room than the subtype cells.
  const headWidth = Math.round(Math.max(130, Math.min(200, width * 0.22)));
  const cellWidth = (width - headWidth - 2 * GAP) / 2;
  const inner = cellWidth - 2 * PAD;
  const headHeight = line(HEADING) + 2 * PAD;
  const columnX = (i: number) => headWidth + GAP + i * (cellWidth + GAP);

  const columnHeads = MATRIX_HER2.map(
    (her2, i) =>
      `<rect x="${columnX(i)}" y="0" width="${cellWidth}" height="${headHeight}" fill="${t.surface}" stroke="${t.border}"/>` +
      `<text x="${columnX(i) + cellWidth / 2}" y="${PAD + HEADING}" font-size="${HEADING}" font-weight="700" text-anchor="middle" fill="${t.text}">HER2-${her2}</text>`,
  ).join("");

  let y = headHeight + GAP;
  const rows = spec.rows.map((row) => {
    const bodies = row.cells.map((cell) => ({ cell, body: cellBody(cell, inner, mode) }));
    const receptors = textBlock(wrapText(row.receptors, headWidth - 2 * PAD, BODY), PAD, line(HEADING) + 2, BODY, `fill="${t.muted}"`);
    const rowHeight = Math.max(...bodies.map(({ body }) => body.height), line(HEADING) + 2 + receptors.height) + 2 * PAD + EDGE;
    // Row headings sit in the middle of their row, as the page's table cells do (vertical-align: middle).
    const headOffset = (rowHeight - (line(HEADING) + 2 + receptors.height)) / 2;
    const head =
      `<rect x="0" y="${y}" width="${headWidth}" height="${rowHeight}" fill="${t.surface}" stroke="${t.border}"/>` +
      `<g transform="translate(0 ${y + headOffset})"><text x="${PAD}" y="${HEADING}" font-size="${HEADING}" font-weight="700" fill="${t.text}">HR-${row.hr}</text>${receptors.svg}</g>`;
    const cells = bodies
      .map(({ cell, body }, i) => {
        const x = columnX(i);
        const color = SUBTYPES[cell.subtype].color[mode];
        return (
          `<g data-mark="cell" data-subtype="${cell.subtype}">` +
          `<rect x="${x}" y="${y}" width="${cellWidth}" height="${rowHeight}" fill="none" stroke="${t.border}"/>` +
          `<rect x="${x}" y="${y}" width="${cellWidth}" height="${EDGE}" fill="${color}"/>` +
          `<g transform="translate(${x + PAD} ${y + EDGE + PAD})">${body.svg}</g></g>`
        );
      })
      .join("");
    y += rowHeight + GAP;
    return head + cells;
  });

  const note = textBlock(wrapText(spec.note, width, BODY), 0, y + 8, BODY, `fill="${t.muted}"`);
  return { height: y + 8 + note.height, svg: columnHeads + rows.join("") + note.svg };
}
