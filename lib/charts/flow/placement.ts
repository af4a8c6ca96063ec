/**
 * The last step of a layered drawing: x positions that pull every item toward its neighbours in the
 * rows above and below, keeping each row's order and gaps, within a width.
 */
import { mean, type RowItem, type Segment } from "./layered-graph";

export interface PlacementOptions<Id extends string> {
  /** Least free space between two neighbouring items of a row. */
  gap: (left: RowItem<Id>, right: RowItem<Id>) => number;
  /** How strongly an item holds the position its neighbours ask for (dummies: keep long edges straight). */
  weight: (item: RowItem<Id>) => number;
  /** Every row stays within this width, or within its own packed width if that is wider. */
  width: number;
  sweeps: number;
}

/**
 * x of every item's centre, from 0 to the returned width. Each sweep asks every item to sit at the
 * mean x of its neighbours in the row above (down) or below (up), then finds the closest positions
 * that keep the row's order, its gaps and the width: a weighted isotonic regression, solved exactly
 * by pooling adjacent violators and clamping to the bounds.
 */
export function placeItems<Id extends string>(
  rows: readonly RowItem<Id>[][],
  segments: readonly Segment[],
  { gap, weight, width: targetWidth, sweeps }: PlacementOptions<Id>,
): { x: Map<string, number>; width: number } {
  // Centre-to-centre distance from each row's first item, when packed tight.
  const offsets = rows.map((row) => {
    let offset = 0;
    return row.map((item, index) => {
      const left = row[index - 1];
      if (left) offset += left.width / 2 + gap(left, item) + item.width / 2;
      return offset;
    });
  });
  const packed = rows.map((row, r) =>
    row.length === 0 ? 0 : (offsets[r]?.[row.length - 1] ?? 0) + ((row[0]?.width ?? 0) + (row[row.length - 1]?.width ?? 0)) / 2,
  );
  const width = Math.max(targetWidth, ...packed);
  const x = new Map<string, number>();
  rows.forEach((row, r) => {
    // Start centred: a row with no neighbours to follow stays in the middle.
    const start = (width - (packed[r] ?? 0)) / 2 + (row[0]?.width ?? 0) / 2;
    for (const [index, item] of row.entries()) x.set(item.key, start + (offsets[r]?.[index] ?? 0));
  });
  const indices = rows.map((_, index) => index);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const down = sweep % 2 === 0;
    for (const r of down ? indices.slice(1) : indices.slice(0, -1).reverse()) {
      const row = rows[r] as RowItem<Id>[];
      const rowOffsets = offsets[r] as number[];
      const wanted = row.map((item) => {
        const neighbours = segments
          .filter((segment) => (down ? segment.lower === item.key : segment.upper === item.key))
          .map((segment) => x.get(down ? segment.upper : segment.lower) ?? 0);
        // With no neighbour on this side the item stays put, weakly.
        return neighbours.length > 0 ? { at: mean(neighbours), weight: weight(item) } : { at: x.get(item.key) ?? 0, weight: weight(item) / 4 };
      });
      // In offset-free coordinates the row must be non-decreasing and, to fit the width, between these bounds.
      const lowest = (row[0]?.width ?? 0) / 2;
      const highest = width - (row[row.length - 1]?.width ?? 0) / 2 - (rowOffsets[row.length - 1] ?? 0);
      const fitted = isotonic(
        wanted.map((w, index) => w.at - (rowOffsets[index] ?? 0)),
        wanted.map((w) => w.weight),
      ).map((value) => Math.min(highest, Math.max(lowest, value)));
      for (const [index, item] of row.entries()) x.set(item.key, (fitted[index] ?? 0) + (rowOffsets[index] ?? 0));
    }
  }
  return { x, width };
}

/** The non-decreasing sequence closest to `values` in weighted least squares (pool adjacent violators). */
export function isotonic(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: { total: number; weight: number; count: number }[] = [];
  values.forEach((value, index) => {
    const weight = weights[index] ?? 1;
    blocks.push({ total: value * weight, weight, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const previous = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (previous.total / previous.weight <= last.total / last.weight) break;
      blocks.splice(-2, 2, { total: previous.total + last.total, weight: previous.weight + last.weight, count: previous.count + last.count });
    }
  });
  return blocks.flatMap((block) => Array<number>(block.count).fill(block.total / block.weight));
}
