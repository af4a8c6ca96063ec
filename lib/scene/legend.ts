/** An image's key: one entry per series (a swatch, then its label), flowing onto more rows when the width runs out. */
import { textWidth } from "./frame";
import { TEXT } from "./text-styles";
import type { Drawing, Mark } from "./types";

export const LEGEND_ROW = 24;

export interface LegendEntry {
  label: string;
  /** The swatch's width, and its marks drawn with its left edge at x and its middle at y. */
  swatchWidth: number;
  swatch: (x: number, y: number) => Mark[];
}

/** How wide an entry draws: its swatch, the gap, then its label. */
export function legendEntryWidth(entry: LegendEntry): number {
  return entry.swatchWidth + 8 + textWidth(entry.label, TEXT.legend.fontSize);
}

export function legendDrawing(entries: readonly LegendEntry[], width: number, rowHeight = LEGEND_ROW): Drawing {
  let x = 0;
  let row = 0;
  const marks = entries.flatMap((entry): Mark[] => {
    const itemWidth = legendEntryWidth(entry) + 24;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const y = row * rowHeight + rowHeight / 2;
    const item: Mark[] = [...entry.swatch(x, y), { kind: "text", x: x + entry.swatchWidth + 8, y: y + 5, text: entry.label, style: TEXT.legend }];
    x += itemWidth;
    return item;
  });
  if (entries.length === 0) return { height: 0, marks: [] };
  return { height: (row + 1) * rowHeight, marks: [{ kind: "group", data: { legend: "true" }, marks }] };
}
