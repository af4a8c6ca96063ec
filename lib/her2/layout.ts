/**
 * Where every box, line and condition label of the HER2 flow diagram goes, computed from the graph
 * of reference her2-testing.md §3.2–3.3 (nothing is placed by hand). Rows follow the longest path
 * from ENTRY_NODE, so every edge points down; long edges pass through dummy slots, rows are ordered
 * to reduce crossings, and boxes are pulled toward their neighbours. Two orientations: "wide" for
 * desktop (many boxes per row) and "tall" for phones (at most two per row, so the text stays legible).
 */

import { shortCondition } from "./edge-labels";
import { ENTRY_NODE, edgesFrom, her2Edges, her2Nodes, nodeById, type NodeId, type NodeKind } from "./graph";
import { assignRows, orderRows, placeItems, properGraph, type RowItem } from "./layered-graph";
import { wrapText } from "./wrap-text";

export const FLOW_ORIENTATIONS = ["wide", "tall"] as const;
export type FlowOrientation = (typeof FLOW_ORIENTATIONS)[number];

export interface FlowLayoutSettings {
  /** The drawing's width, unless its fullest row needs more. */
  targetWidth: number;
  /** Most boxes in one row; a fuller layer continues in the next row. */
  maxNodesPerRow: number;
  boxMinWidth: number;
  boxMaxWidth: number;
  fontSize: number;
  lineHeight: number;
  /**
   * Average glyph width as a share of the font size. Deliberately generous (labels are rich in
   * capitals and digits), so text wrapped by character count fits its box without measuring the DOM.
   */
  charWidthEm: number;
  paddingX: number;
  paddingY: number;
  /** Free space between two boxes, and beside a line passing through a row. */
  nodeGap: number;
  dummyGap: number;
  dummyWidth: number;
  /** Vertical space between rows: room for the curves and one line of condition labels. */
  rowGap: number;
  margin: number;
  labelFontSize: number;
  labelPaddingX: number;
  labelHeight: number;
  /** Keeps labels this far from boxes and from each other. */
  labelClearance: number;
  orderingSweeps: number;
  placementSweeps: number;
}

const SHARED_SETTINGS = {
  boxMinWidth: 72,
  fontSize: 13,
  lineHeight: 16,
  charWidthEm: 0.58,
  paddingX: 8,
  paddingY: 7,
  nodeGap: 18,
  dummyGap: 8,
  dummyWidth: 4,
  rowGap: 46,
  margin: 6,
  labelFontSize: 11,
  labelPaddingX: 4,
  labelHeight: 16,
  labelClearance: 2,
  orderingSweeps: 24,
  placementSweeps: 40,
} satisfies Partial<FlowLayoutSettings>;

export const FLOW_LAYOUT: Record<FlowOrientation, FlowLayoutSettings> = {
  wide: { ...SHARED_SETTINGS, targetWidth: 840, maxNodesPerRow: 5, boxMaxWidth: 150 },
  tall: { ...SHARED_SETTINGS, targetWidth: 380, maxNodesPerRow: 2, boxMaxWidth: 140 },
};

export interface Point {
  x: number;
  y: number;
}

/** One line of a wrapped label: centred on `x`, `y` is the baseline. */
export interface TextLine extends Point {
  text: string;
}

export interface PlacedNode {
  id: NodeId;
  kind: NodeKind;
  row: number;
  /** Top-left corner and size of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: TextLine[];
}

export interface EdgeLabel {
  text: string;
  /** Top-left corner and size of the label's background; the text is centred in it. */
  x: number;
  y: number;
  width: number;
  height: number;
  baseline: number;
  /** No spot clear of other lines was found: the label sits over them (drawn see-through). */
  overLines: boolean;
}

export interface RoutedEdge {
  from: NodeId;
  to: NodeId;
  /** From the source box's bottom to the target box's top, through each row the edge crosses. */
  points: Point[];
  /** SVG path data: straight through rows, an S-curve across each gap between rows. */
  path: string;
  /** Null where the edge is taken "always", or where no label position clears every box and label. */
  label: EdgeLabel | null;
}

export interface FlowLayout {
  orientation: FlowOrientation;
  width: number;
  height: number;
  rowCount: number;
  /** Edge crossings between adjacent rows after ordering. */
  crossings: number;
  nodes: PlacedNode[];
  edges: RoutedEdge[];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function layoutFlow(orientation: FlowOrientation, settings: FlowLayoutSettings = FLOW_LAYOUT[orientation]): FlowLayout {
  const ids = her2Nodes.map((node) => node.id);
  const rank = preorderRank();
  const sizes = new Map(ids.map((id) => [id, measureNode(id, settings)]));
  const rowOf = assignRows(ids, her2Edges, settings.maxNodesPerRow, rank);
  const proper = properGraph(rowOf, her2Edges, rank, (id) => sizes.get(id)?.width ?? 0, settings.dummyWidth);
  const { rows, crossings } = orderRows(proper.rows, proper.segments, settings.orderingSweeps, {
    // Boxes with the same parents read in the graph's edge order: IHC 3+ … 0, groups 1 … 5.
    group: (item) => (item.node === null ? null : parentsOf(item.node)),
    rank: (item) => (item.node === null ? 0 : (rank.get(item.node) ?? 0)),
  });
  const placed = placeItems(rows, proper.segments, {
    gap: (left, right) => (left.node !== null && right.node !== null ? settings.nodeGap : settings.dummyGap),
    // A dummy holds its place harder than a box: long edges stay straight.
    weight: (item) => (item.node === null ? 2 : 1),
    width: settings.targetWidth - 2 * settings.margin,
    sweeps: settings.placementSweeps,
  });
  const xOf = (key: string) => (placed.x.get(key) ?? 0) + settings.margin;
  const bands = rowBands(rows, sizes, settings);

  const nodes: PlacedNode[] = rows.flatMap((row, r) =>
    row.flatMap((item) => (item.node === null ? [] : [placeNode(item.node, r, xOf(item.key), bands[r] as Band, sizes, settings)])),
  );
  const boxes = new Map(nodes.map((node) => [node.id, node]));
  const rowOfKey = new Map(rows.flatMap((row, r) => row.map((item) => [item.key, r] as const)));

  const ports = edgePorts(proper.chains, boxes, xOf);
  const routes = her2Edges.map((edge, index) => {
    const chain = proper.chains[index] ?? [];
    const through = chain.slice(1, -1).flatMap((key) => {
      const band = bands[rowOfKey.get(key) ?? 0] as Band;
      return [
        { x: xOf(key), y: band.top },
        { x: xOf(key), y: band.top + band.height },
      ];
    });
    const source = boxes.get(edge.from) as PlacedNode;
    const target = boxes.get(edge.to) as PlacedNode;
    const points = [
      { x: ports.out[index] ?? 0, y: source.y + source.height },
      ...through,
      { x: ports.in[index] ?? 0, y: target.y },
    ];
    return { from: edge.from, to: edge.to, points, path: pathData(points) };
  });

  const width = placed.width + 2 * settings.margin;
  const lastBand = bands[bands.length - 1] as Band;
  const height = lastBand.top + lastBand.height + settings.margin;
  const taken: Box[] = nodes.map((node) => grow(node, settings.labelClearance));
  const sharedGaps = gapsUsedMoreThanOnce(proper.chains);
  const lines = routes.map((route) => polyline(route.points));
  const edges: RoutedEdge[] = routes.map((route, index) => {
    const chain = proper.chains[index] ?? [];
    const text = shortCondition(her2Edges[index] as (typeof her2Edges)[number]);
    const free = (box: Box) => !taken.some((other) => overlaps(box, other));
    // Best: a spot where only the edge's own line passes under the label.
    const clear = (box: Box) =>
      free(box) && !lines.some((line, other) => other !== index && line.some((point, i) => i > 0 && segmentMeetsBox(line[i - 1] as Point, point, box)));
    // A label on a trunk several edges share would name only one of them.
    const ownGap = (gap: number) => !sharedGaps.has(`${chain[gap]}|${chain[gap + 1]}`);
    const clearLabel = placeLabel(text, route.points, ownGap, clear, width, settings);
    const label = clearLabel ?? placeLabel(text, route.points, ownGap, free, width, settings);
    if (label) taken.push(grow(label, settings.labelClearance));
    return { ...route, label: label && { ...label, overLines: clearLabel === null } };
  });

  return { orientation, width: round(width), height: round(height), rowCount: rows.length, crossings, nodes, edges };
}

/** Depth-first order from the entry, following each node's edges in graph order: siblings stay together. */
function preorderRank(): Map<NodeId, number> {
  const rank = new Map<NodeId, number>();
  const visit = (id: NodeId) => {
    if (rank.has(id)) return;
    rank.set(id, rank.size);
    for (const edge of edgesFrom(id)) visit(edge.to);
  };
  visit(ENTRY_NODE);
  for (const node of her2Nodes) visit(node.id);
  return rank;
}

function parentsOf(id: NodeId): string {
  return her2Edges
    .filter((edge) => edge.to === id)
    .map((edge) => edge.from)
    .join(" ");
}

interface NodeSize {
  width: number;
  height: number;
  lines: string[];
}

function measureNode(id: NodeId, settings: FlowLayoutSettings): NodeSize {
  const charWidth = settings.fontSize * settings.charWidthEm;
  const maxChars = Math.floor((settings.boxMaxWidth - 2 * settings.paddingX) / charWidth);
  const lines = wrapText(nodeById(id).label, maxChars);
  const longest = Math.max(...lines.map((line) => line.length));
  const width = Math.min(settings.boxMaxWidth, Math.max(settings.boxMinWidth, Math.ceil(longest * charWidth + 2 * settings.paddingX)));
  return { width, height: lines.length * settings.lineHeight + 2 * settings.paddingY, lines };
}

interface Band {
  top: number;
  height: number;
}

/** Each row is as tall as its tallest box; boxes are centred in it. */
function rowBands(rows: readonly RowItem<NodeId>[][], sizes: ReadonlyMap<NodeId, NodeSize>, settings: FlowLayoutSettings): Band[] {
  let top = settings.margin;
  return rows.map((row) => {
    const height = Math.max(0, ...row.map((item) => (item.node === null ? 0 : (sizes.get(item.node)?.height ?? 0))));
    const band = { top, height };
    top += height + settings.rowGap;
    return band;
  });
}

function placeNode(id: NodeId, row: number, centre: number, band: Band, sizes: ReadonlyMap<NodeId, NodeSize>, settings: FlowLayoutSettings): PlacedNode {
  const size = sizes.get(id) as NodeSize;
  const y = band.top + (band.height - size.height) / 2;
  const lines = size.lines.map((text, index) => ({
    text,
    x: round(centre),
    // Centre each line in its line box; 0.35 em drops the baseline to optical centre.
    y: round(y + settings.paddingY + (index + 0.5) * settings.lineHeight + 0.35 * settings.fontSize),
  }));
  return { id, kind: nodeById(id).kind, row, x: round(centre - size.width / 2), y: round(y), width: size.width, height: size.height, lines };
}

/**
 * Where each edge leaves its source and enters its target: spread along the box's bottom (or top)
 * edge in the left-to-right order of where the edges go next, so fanned-out lines do not cross at
 * the box. Edges that share their next item (a trunk) share a port.
 */
function edgePorts(chains: readonly string[][], boxes: ReadonlyMap<NodeId, PlacedNode>, xOf: (key: string) => number) {
  const portsAt = (end: "from" | "to") => {
    const neighbours = new Map<NodeId, string[]>();
    const neighbourOf = her2Edges.map((edge, index) => {
      const chain = chains[index] ?? [];
      const next = (end === "from" ? chain[1] : chain[chain.length - 2]) ?? "";
      const list = neighbours.get(edge[end]) ?? [];
      if (!list.includes(next)) list.push(next);
      neighbours.set(edge[end], list);
      return next;
    });
    return her2Edges.map((edge, index) => {
      const box = boxes.get(edge[end]) as PlacedNode;
      const list = [...(neighbours.get(edge[end]) ?? [])].sort((a, b) => xOf(a) - xOf(b));
      return round(box.x + (box.width * (list.indexOf(neighbourOf[index] ?? "") + 1)) / (list.length + 1));
    });
  };
  return { out: portsAt("from"), in: portsAt("to") };
}

/** Vertical runs stay straight; a change of x becomes an S-curve with vertical ends. */
export function pathData(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  let previous = first;
  let data = `M${round(first.x)},${round(first.y)}`;
  for (const point of rest) {
    if (point.x === previous.x) data += `V${round(point.y)}`;
    else {
      const middle = round((previous.y + point.y) / 2);
      data += `C${round(previous.x)},${middle} ${round(point.x)},${middle} ${round(point.x)},${round(point.y)}`;
    }
    previous = point;
  }
  return data;
}

function gapsUsedMoreThanOnce(chains: readonly string[][]): Set<string> {
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
function placeLabel(
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

/** A point on the S-curve `pathData` draws from `start` to `end` (vertical tangents at both ends). */
function curvePoint(start: Point, end: Point, t: number): Point {
  const middle = (start.y + end.y) / 2;
  const u = 1 - t;
  return {
    x: start.x + (end.x - start.x) * (3 * t * t - 2 * t * t * t),
    y: u * u * u * start.y + 3 * u * t * (u + t) * middle + t * t * t * end.y,
  };
}

/** An edge as straight pieces: each S-curve sampled finely, for hit tests. */
function polyline(points: readonly Point[]): Point[] {
  const [first, ...rest] = points;
  if (!first) return [];
  const line = [first];
  let previous = first;
  for (const point of rest) {
    if (point.x === previous.x) line.push(point);
    else for (let step = 1; step <= CURVE_SAMPLES; step++) line.push(curvePoint(previous, point, step / CURVE_SAMPLES));
    previous = point;
  }
  return line;
}

const CURVE_SAMPLES = 16;

/** Whether the segment from `a` to `b` touches the box (Liang–Barsky clipping). */
function segmentMeetsBox(a: Point, b: Point, box: Box): boolean {
  let [enter, leave] = [0, 1];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) enter = Math.max(enter, r);
      else leave = Math.min(leave, r);
      if (enter > leave) return false;
    }
  }
  return true;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
