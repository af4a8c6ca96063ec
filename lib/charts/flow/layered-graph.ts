/**
 * The generic steps of a layered ("Sugiyama") drawing of a directed acyclic graph: rows from
 * longest paths with a cap on nodes per row, dummy items where an edge spans several rows,
 * barycentre sweeps that reduce edge crossings, and x positions that pull every item toward its
 * neighbours without overlaps. Pure and deterministic: ties always fall back to the given order.
 */

export interface GraphEdge<Id extends string> {
  from: Id;
  to: Id;
}

/** One slot in a row: a real node, or a dummy that carries a long edge through the row. */
export interface RowItem<Id extends string> {
  key: string;
  node: Id | null;
  row: number;
  width: number;
}

/** A piece of line between two adjacent rows, by item key; edges sharing a trunk share its segments. */
export interface Segment {
  upper: string;
  lower: string;
}

export interface ProperGraph<Id extends string> {
  rows: RowItem<Id>[][];
  segments: Segment[];
  /** For each edge, the keys of the items it passes through, source first. */
  chains: string[][];
}

/** Edges of a longest path from a source, per node; every edge ends deeper than it starts. Throws on a cycle. */
export function longestPathDepths<Id extends string>(nodes: readonly Id[], edges: readonly GraphEdge<Id>[]): Map<Id, number> {
  const indegree = new Map<Id, number>(nodes.map((id) => [id, 0]));
  for (const edge of edges) indegree.set(edge.to, (indegree.get(edge.to) ?? 0) + 1);
  const depth = new Map<Id, number>();
  const ready = nodes.filter((id) => indegree.get(id) === 0);
  for (const id of ready) depth.set(id, 0);
  // Kahn's algorithm: `ready` grows while it is read, in the given node order.
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i] as Id;
    for (const edge of edges) {
      if (edge.from !== id) continue;
      depth.set(edge.to, Math.max(depth.get(edge.to) ?? 0, (depth.get(id) ?? 0) + 1));
      const left = (indegree.get(edge.to) ?? 0) - 1;
      indegree.set(edge.to, left);
      if (left === 0) ready.push(edge.to);
    }
  }
  if (ready.length !== nodes.length) throw new Error("The graph has a cycle; a layered layout needs a directed acyclic graph.");
  return depth;
}

/**
 * Rows: each node goes to the first row below all its predecessors that still has room, taking
 * nodes by depth, then by `rank`. Without a cap this is the longest-path layering.
 */
export function assignRows<Id extends string>(
  nodes: readonly Id[],
  edges: readonly GraphEdge<Id>[],
  maxPerRow: number,
  rank: ReadonlyMap<Id, number>,
): Map<Id, number> {
  const depth = longestPathDepths(nodes, edges);
  const byDepth = [...nodes].sort((a, b) => (depth.get(a) ?? 0) - (depth.get(b) ?? 0) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const rowOf = new Map<Id, number>();
  const filled: number[] = [];
  for (const id of byDepth) {
    let row = 0;
    for (const edge of edges) if (edge.to === id) row = Math.max(row, (rowOf.get(edge.from) ?? 0) + 1);
    while ((filled[row] ?? 0) >= maxPerRow) row += 1;
    rowOf.set(id, row);
    filled[row] = (filled[row] ?? 0) + 1;
  }
  return rowOf;
}

/**
 * Splits every edge that spans more than one row into segments through dummy items, so each
 * segment joins adjacent rows. Long edges share dummies where they run side by side (edge
 * concentration): edges from one node share a trunk until they branch, and edges into one node
 * merge into one lane, so a row never fills up with parallel lines. Items start in `rank` order.
 */
export function properGraph<Id extends string>(
  rowOf: ReadonlyMap<Id, number>,
  edges: readonly GraphEdge<Id>[],
  rank: ReadonlyMap<Id, number>,
  widthOf: (id: Id) => number,
  dummyWidth: number,
): ProperGraph<Id> {
  const items = new Map<string, RowItem<Id> & { rank: number }>(
    [...rowOf].map(([id, row]) => [id, { key: id, node: id, row, width: widthOf(id), rank: rank.get(id) ?? 0 }]),
  );
  const passes = (edge: GraphEdge<Id>, row: number) => (rowOf.get(edge.from) ?? 0) < row && row < (rowOf.get(edge.to) ?? 0);
  const dummyFor = (edge: GraphEdge<Id>, row: number): RowItem<Id> & { rank: number } => {
    const shares = (end: "from" | "to") => edges.some((other) => other !== edge && other[end] === edge[end] && passes(other, row));
    const [key, sortRank] = shares("from")
      ? [`${edge.from}>*#${row}`, (rank.get(edge.from) ?? 0) + 0.5]
      : shares("to")
        ? [`*>${edge.to}#${row}`, (rank.get(edge.to) ?? 0) - 0.5]
        : [`${edge.from}>${edge.to}#${row}`, (rank.get(edge.from) ?? 0) + 0.5];
    return items.get(key) ?? { key, node: null, row, width: dummyWidth, rank: sortRank };
  };
  const segments = new Map<string, Segment>();
  const chains = edges.map((edge) => {
    const chain: string[] = [edge.from];
    for (let row = (rowOf.get(edge.from) ?? 0) + 1; row < (rowOf.get(edge.to) ?? 0); row++) {
      const dummy = dummyFor(edge, row);
      items.set(dummy.key, dummy);
      chain.push(dummy.key);
    }
    chain.push(edge.to);
    for (let i = 1; i < chain.length; i++) {
      const [upper, lower] = [chain[i - 1] as string, chain[i] as string];
      segments.set(`${upper}|${lower}`, { upper, lower });
    }
    return chain;
  });
  const all = [...items.values()];
  const rowCount = Math.max(0, ...all.map((item) => item.row + 1));
  const rows = Array.from({ length: rowCount }, (_, row) =>
    all
      .filter((item) => item.row === row)
      .sort((a, b) => a.rank - b.rank)
      .map(({ rank: _rank, ...item }) => item),
  );
  return { rows, segments: [...segments.values()], chains };
}

/** Pairs of segments between the same two rows whose ends are in opposite order. */
function countCrossings<Id extends string>(rows: readonly RowItem<Id>[][], segments: readonly Segment[]): number {
  const position = positions(rows);
  const rowOfKey = new Map(rows.flatMap((row, index) => row.map((item) => [item.key, index] as const)));
  let crossings = 0;
  for (let r = 0; r + 1 < rows.length; r++) {
    const between = segments.filter((segment) => rowOfKey.get(segment.upper) === r);
    for (let i = 0; i < between.length; i++) {
      for (let j = i + 1; j < between.length; j++) {
        const a = between[i] as Segment;
        const b = between[j] as Segment;
        const upper = (position.get(a.upper) ?? 0) - (position.get(b.upper) ?? 0);
        const lower = (position.get(a.lower) ?? 0) - (position.get(b.lower) ?? 0);
        if (upper * lower < 0) crossings += 1;
      }
    }
  }
  return crossings;
}

/**
 * Siblings keep their given order (by `rank`) wherever the sweeps put them: a reader expects "ISH
 * group 1" left of "ISH group 2" more than one crossing fewer. Items with the same non-null
 * `group` in a row are siblings.
 */
export interface SiblingOrder<Id extends string> {
  group: (item: RowItem<Id>) => string | null;
  rank: (item: RowItem<Id>) => number;
}

/**
 * Barycentre ordering: sweeps alternate down (sort each row by the mean position of its items'
 * neighbours above) and up (below), each followed by swaps of neighbouring items that remove
 * crossings. The order with the fewest crossings seen is kept.
 */
export function orderRows<Id extends string>(
  rows: readonly RowItem<Id>[][],
  segments: readonly Segment[],
  sweeps: number,
  siblings: SiblingOrder<Id>,
): { rows: RowItem<Id>[][]; crossings: number } {
  const above = neighbourKeys(segments, "lower", "upper");
  const below = neighbourKeys(segments, "upper", "lower");
  let current = rows.map((row) => [...row]);
  let best = { rows: current, crossings: countCrossings(current, segments) };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const down = sweep % 2 === 0;
    current = current.map((row) => [...row]);
    const indices = current.map((_, index) => index);
    for (const r of down ? indices.slice(1) : indices.slice(0, -1).reverse()) {
      const position = positions(current);
      const row = current[r] as RowItem<Id>[];
      const barycentre = new Map(
        row.map((item, index) => {
          const neighbours = ((down ? above : below).get(item.key) ?? []).map((key) => position.get(key) ?? 0);
          return [item.key, neighbours.length > 0 ? mean(neighbours) : index] as const;
        }),
      );
      // Array.prototype.sort is stable, so equal barycentres keep their order.
      row.sort((a, b) => (barycentre.get(a.key) ?? 0) - (barycentre.get(b.key) ?? 0));
    }
    transpose(current, above, below, siblings);
    for (const row of current) keepSiblingOrder(row, siblings);
    const crossings = countCrossings(current, segments);
    if (crossings < best.crossings) best = { rows: current, crossings };
  }
  return best;
}

/** Swaps neighbours in a row while that removes crossings with the rows above and below. */
function transpose<Id extends string>(
  rows: RowItem<Id>[][],
  above: ReadonlyMap<string, string[]>,
  below: ReadonlyMap<string, string[]>,
  siblings: SiblingOrder<Id>,
) {
  // Crossings among the edges of `left` and `right` when `left` sits to the left.
  const between = (left: string, right: string, position: ReadonlyMap<string, number>) =>
    [above, below].reduce((sum, neighbours) => {
      let crossings = sum;
      for (const a of neighbours.get(left) ?? []) {
        for (const b of neighbours.get(right) ?? []) if ((position.get(a) ?? 0) > (position.get(b) ?? 0)) crossings += 1;
      }
      return crossings;
    }, 0);
  // One map for all passes, kept current on each swap: rebuilding it per pair was most of the layout's time.
  const position = positions(rows);
  for (let improved = true, pass = 0; improved && pass < rows.length * 4; pass++) {
    improved = false;
    for (const row of rows) {
      for (let i = 0; i + 1 < row.length; i++) {
        const left = row[i] as RowItem<Id>;
        const right = row[i + 1] as RowItem<Id>;
        const group = siblings.group(left);
        if (group !== null && group === siblings.group(right)) continue;
        if (between(right.key, left.key, position) < between(left.key, right.key, position)) {
          row[i] = right;
          row[i + 1] = left;
          position.set(right.key, i);
          position.set(left.key, i + 1);
          improved = true;
        }
      }
    }
  }
}

/** Each sibling group keeps the slots it holds, filled in rank order. */
function keepSiblingOrder<Id extends string>(row: RowItem<Id>[], { group, rank }: SiblingOrder<Id>) {
  const slots = new Map<string, number[]>();
  row.forEach((item, index) => {
    const key = group(item);
    if (key !== null) slots.set(key, [...(slots.get(key) ?? []), index]);
  });
  for (const indices of slots.values()) {
    const ordered = indices.map((index) => row[index] as RowItem<Id>).sort((a, b) => rank(a) - rank(b));
    indices.forEach((index, i) => {
      row[index] = ordered[i] as RowItem<Id>;
    });
  }
}

function neighbourKeys(segments: readonly Segment[], from: "upper" | "lower", to: "upper" | "lower"): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  for (const segment of segments) neighbours.set(segment[from], [...(neighbours.get(segment[from]) ?? []), segment[to]]);
  return neighbours;
}

function positions<Id extends string>(rows: readonly RowItem<Id>[][]): Map<string, number> {
  return new Map(rows.flatMap((row) => row.map((item, index) => [item.key, index] as const)));
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
