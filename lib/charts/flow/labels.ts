/** Where an edge's condition label goes: on a gap of its own, clear of boxes, labels and lines. */
import { type Box, curvePoint, type Point, round } from "./geometry";
import type { EdgeLabel, FlowLayoutSettings } from "./model";

/** The gaps between rows that more than one edge runs through: a label there would be ambiguous. */
export function gapsUsedMoreThanOnce(chains: readonly string[][]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const chain of chains) {
    for (let i = 0; i + 1 < chain.length; i++) {
      const gap = `${chain[i]}|${chain[i + 1]}`;
      if (seen.has(gap)) shared.add(gap);
      seen.add(gap);
    }
  }
  return shared;
}

/**
 * A label goes on the first gap between rows that is the edge's own, at the middle of its S-curve
 * or, failing that, a little before or after, wherever it stays inside the drawing and is `clear`
 * (of boxes, other labels and other lines). Gap g runs from point 2g to point 2g + 1.
 */
export function placeLabel(
  text: string | null,
  points: readonly Point[],
  ownGap: (gap: number) => boolean,
  clear: (box: Box) => boolean,
  width: number,
  settings: FlowLayoutSettings,
): Omit<EdgeLabel, "overLines"> | null {
  if (text === null) return null;
  const labelWidth = Math.ceil(text.length * settings.labelFontSize * settings.charWidthEm + 2 * settings.labelPaddingX);
  for (let i = 0; i + 1 < points.length; i += 2) {
    if (!ownGap(i / 2)) continue;
    for (const t of LABEL_POSITIONS) {
      const at = curvePoint(points[i] as Point, points[i + 1] as Point, t);
      const box = {
        x: round(at.x - labelWidth / 2),
        y: round(at.y - settings.labelHeight / 2),
        width: labelWidth,
        height: settings.labelHeight,
      };
      if (box.x >= 0 && box.x + box.width <= width && clear(box)) {
        return { text, ...box, baseline: round(box.y + settings.labelHeight / 2 + 0.35 * settings.labelFontSize) };
      }
    }
  }
  return null;
}

/** Where along a gap's S-curve a label may go, best first. */
const LABEL_POSITIONS = [0.5, 0.35, 0.65, 0.2, 0.8];
