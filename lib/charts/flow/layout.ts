/**
 * Where every box, line and condition label of the HER2 flow diagram goes, computed from the graph
 * of reference her2-testing.md §3.2–3.3 (nothing is placed by hand). Rows follow the longest path
 * from ENTRY_NODE, so every edge points down; long edges pass through dummy slots, rows are ordered
 * to reduce crossings, and boxes are pulled toward their neighbours. Two orientations: "wide" for
 * desktop (many boxes per row) and "tall" for phones (at most two per row, so the text stays legible).
 */

import { shortCondition } from "../../her2/edge-labels";
import { ENTRY_NODE, edgesFrom, her2Edges, her2Nodes, type NodeId, nodeById } from "../../her2/graph";
import { wrapText } from "../../her2/wrap-text";
import { type Box, grow, overlaps, type Point, pathData, polyline, round, segmentMeetsBox } from "./geometry";
import { gapsUsedMoreThanOnce, placeLabel } from "./labels";
import { assignRows, orderRows, properGraph, type RowItem } from "./layered-graph";
import { FLOW_LAYOUT, type FlowLayout, type FlowLayoutSettings, type FlowOrientation, type PlacedNode, type RoutedEdge } from "./model";
import { placeItems } from "./placement";

export { overlaps, type Point, pathData } from "./geometry";
export * from "./model";

/** How many times a crowded gap between rows may grow by a line of labels. */
const MAX_GAP_ROUNDS = 4;

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
  const rowOfKey = new Map(rows.flatMap((row, r) => row.map((item) => [item.key, r] as const)));
  const width = placed.width + 2 * settings.margin;
  const sharedGaps = gapsUsedMoreThanOnce(proper.chains);

  /** The boxes, lines and labels with these gaps between rows; and the gaps where a label found no room. */
  const draw = (gapBelow: (row: number) => number) => {
    const bands = rowBands(rows, sizes, gapBelow, settings);
    const nodes: PlacedNode[] = rows.flatMap((row, r) =>
      row.flatMap((item) => (item.node === null ? [] : [placeNode(item.node, r, xOf(item.key), bands[r] as Band, sizes, settings)])),
    );
    const boxes = new Map(nodes.map((node) => [node.id, node]));
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
      const points = [{ x: ports.out[index] ?? 0, y: source.y + source.height }, ...through, { x: ports.in[index] ?? 0, y: target.y }];
      return { from: edge.from, to: edge.to, points, path: pathData(points) };
    });

    const lastBand = bands[bands.length - 1] as Band;
    const height = lastBand.top + lastBand.height + settings.margin;
    const taken: Box[] = nodes.map((node) => grow(node, settings.labelClearance));
    const lines = routes.map((route) => polyline(route.points));
    const crowded = new Set<number>();
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
      else if (text !== null) {
        // Room is made in the first gap the label could have taken, as it is tried first.
        const gap = chain.findIndex((_key, g) => g + 1 < chain.length && ownGap(g));
        if (gap >= 0) crowded.add(rowOfKey.get(chain[gap] ?? "") ?? 0);
      }
      return { ...route, label: label && { ...label, overLines: clearLabel === null } };
    });
    return { layout: { orientation, width: round(width), height: round(height), rowCount: rows.length, crossings, nodes, edges }, crowded };
  };

  // Every gap between rows starts with room for one line of labels; a gap where a condition found no
  // room gets another line, as long as that lets more conditions be drawn (for a few rounds at most).
  const extraLines = new Map<number, number>();
  const gapBelow = (row: number) => settings.rowGap + (extraLines.get(row) ?? 0) * (settings.labelHeight + 2 * settings.labelClearance);
  const labelled = (layout: FlowLayout) => layout.edges.filter((edge) => edge.label).length;
  let drawn = draw(gapBelow);
  for (let round = 0; round < MAX_GAP_ROUNDS && drawn.crowded.size > 0; round++) {
    for (const row of drawn.crowded) extraLines.set(row, (extraLines.get(row) ?? 0) + 1);
    const next = draw(gapBelow);
    if (labelled(next.layout) <= labelled(drawn.layout)) break;
    drawn = next;
  }
  return drawn.layout;
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
function rowBands(
  rows: readonly RowItem<NodeId>[][],
  sizes: ReadonlyMap<NodeId, NodeSize>,
  gapBelow: (row: number) => number,
  settings: FlowLayoutSettings,
): Band[] {
  let top = settings.margin;
  return rows.map((row, r) => {
    const height = Math.max(0, ...row.map((item) => (item.node === null ? 0 : (sizes.get(item.node)?.height ?? 0))));
    const band = { top, height };
    top += height + gapBelow(r);
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
  const { kind, label, plain } = nodeById(id);
  return { id, kind, label, plain, row, x: round(centre - size.width / 2), y: round(y), width: size.width, height: size.height, lines };
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
