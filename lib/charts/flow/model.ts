/**
 * The flow diagram as data: its two orientations with their settings, and the placed boxes, routed
 * lines and labels that layoutFlow returns and the renderers draw.
 */
import type { NodeId, NodeKind } from "../../her2/graph";
import type { Point } from "./geometry";

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

/** One line of a wrapped label: centred on `x`, `y` is the baseline. */
export interface TextLine extends Point {
  text: string;
}

export interface PlacedNode {
  id: NodeId;
  kind: NodeKind;
  /** The node's words (graph.ts), carried with its box so that what draws a layout needs no graph. */
  label: string;
  plain: string;
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
