/**
 * The HER2 testing flow as a standalone image: the page's computed layout (lib/her2/layout), with a
 * case's path highlighted as FlowDiagram does. Styling mirrors app/flow-diagram.css, with the
 * colours inline from lib/theme and lib/her2/flow-style.
 */

import { type FlowLayout, layoutFlow, type PlacedNode } from "../charts/flow/layout";
import { FLOW_COLORS } from "../charts/flow/style";
import type { NodeId } from "../her2/graph";
import { type ColorMode, THEME_TOKENS } from "../theme";
import { type ExportTarget, escapeXml, fitInBox, framedSvg } from "./frame";

export interface FlowContent {
  kind: "flow";
  title: string;
  takeaway: string;
  citation: string;
  /** The case's path from the start node; empty for the diagram alone. */
  path: readonly NodeId[];
}

/** The graph is fixed, so its layout is computed once; the wide one suits both image shapes. */
let wideLayout: FlowLayout | null = null;

export function flowSvg(spec: FlowContent & ExportTarget): string {
  wideLayout ??= layoutFlow("wide");
  const layout = wideLayout;
  return framedSvg(spec, (box) => fitInBox(box, { width: layout.width, height: layout.height, svg: diagramSvg(layout, spec.path, spec.mode) }, "center"));
}

function diagramSvg(layout: FlowLayout, path: readonly NodeId[], mode: ColorMode): string {
  const t = THEME_TOKENS[mode];
  const f = FLOW_COLORS[mode];
  const onPathEdge = new Set(path.slice(1).map((to, i) => `${path[i]}>${to}`));
  const onPathNode = new Set(path);
  const current = path.at(-1);
  const hasPath = path.length > 0;
  const key = (edge: { from: NodeId; to: NodeId }) => `${edge.from}>${edge.to}`;
  // Path edges last, so they are drawn on top; with a case on screen the others step back.
  const edges = [...layout.edges]
    .sort((a, b) => Number(onPathEdge.has(key(a))) - Number(onPathEdge.has(key(b))))
    .map((edge) =>
      onPathEdge.has(key(edge))
        ? `<path d="${edge.path}" fill="none" stroke="${f.path}" stroke-width="3.5" data-on-path="true"/>`
        : `<path d="${edge.path}" fill="none" stroke="${hasPath ? f.faint : t.muted}" stroke-width="1.25"/>`,
    );
  const labels = layout.edges.flatMap(({ label, ...edge }) =>
    label
      ? [
          `<rect x="${label.x}" y="${label.y}" width="${label.width}" height="${label.height}" rx="3" fill="${t.bg}"${label.overLines ? ' fill-opacity="0.75"' : ""}/>` +
            `<text x="${label.x + label.width / 2}" y="${label.baseline}" font-size="11" text-anchor="middle" fill="${onPathEdge.has(key(edge)) ? t.text : t.muted}">${escapeXml(label.text)}</text>`,
        ]
      : [],
  );
  const nodes = layout.nodes.map((node) => nodeSvg(node, onPathNode.has(node.id), node.id === current, mode));
  return [...edges, ...labels, ...nodes].join("");
}

/** A box styled by its kind, then by whether the case passes through it (testing.css's order). */
function nodeSvg(node: PlacedNode, onPath: boolean, current: boolean, mode: ColorMode): string {
  const t = THEME_TOKENS[mode];
  const f = FLOW_COLORS[mode];
  const byKind: Record<PlacedNode["kind"], { fill: string; stroke: string; width: number }> = {
    start: { fill: t.bg, stroke: t.text, width: 1.5 },
    decision: { fill: t.bg, stroke: t.text, width: 1.5 },
    step: { fill: t.surface, stroke: t.muted, width: 1.25 },
    action: { fill: t.surface, stroke: t.muted, width: 1.25 },
    pending: { fill: t.surface, stroke: f.pending, width: 1.75 },
    status: { fill: t.surface, stroke: t.text, width: 2.5 },
    category: { fill: f["category-fill"], stroke: t.muted, width: 1.25 },
  };
  const style = onPath ? { fill: f["path-fill"], stroke: f.path, width: current ? 5 : 3 } : byKind[node.kind];
  const dash = node.kind === "pending" ? ' stroke-dasharray="5 3"' : "";
  const rx = node.kind === "category" ? node.height / 2 : 5;
  const text = node.lines.map((line) => `<tspan x="${line.x}" y="${line.y}">${escapeXml(line.text)}</tspan>`).join("");
  return (
    `<g data-node="${node.id}"${onPath ? ' data-on-path="true"' : ""}>` +
    `<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="${rx}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${style.width}"${dash}/>` +
    `<text font-size="13" text-anchor="middle" fill="${t.text}">${text}</text></g>`
  );
}
