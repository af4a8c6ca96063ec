/**
 * The chart type and strokes every scene uses, by role. One table for the page and the image, so a
 * label is the same size and colour in both; the page's stylesheet adds only interactive states.
 */
import type { MarkStyle } from "./types";

export const TEXT = {
  tick: { fill: "var(--muted)", fontSize: 12 },
  label: { fill: "var(--text)", fontSize: 14, fontWeight: 600 },
  sublabel: { fill: "var(--muted)", fontSize: 12 },
  groupLabel: { fill: "var(--text)", fontSize: 15, fontWeight: 700 },
  axisTitle: { fill: "var(--muted)", fontSize: 12 },
  value: { fill: "var(--text)", fontSize: 14, tabular: true },
  strongValue: { fill: "var(--text)", fontSize: 14, fontWeight: 700, tabular: true },
  /** A key entry, and the notes and lists around a plot in an image. */
  legend: { fill: "var(--text)", fontSize: 14 },
  note: { fill: "var(--muted)", fontSize: 13 },
  /** Panels and cells in an image (icon arrays, the subtype matrix): heading, body text, the headline figure. */
  panelHeading: { fill: "var(--text)", fontSize: 18, fontWeight: 700 },
  body: { fill: "var(--text)", fontSize: 15 },
  bodyMuted: { fill: "var(--muted)", fontSize: 15 },
  figure: { fill: "var(--text)", fontSize: 26, fontWeight: 700, tabular: true },
  unavailable: { fill: "var(--muted)", fontSize: 13, fontStyle: "italic" },
} as const satisfies Record<string, MarkStyle>;

export const STROKE = {
  grid: { stroke: "var(--grid)", strokeWidth: 1 },
  whisker: { stroke: "var(--text)", strokeWidth: 1.5 },
  /** Paint-free widths: the colour is the series' or subtype's own. */
  seriesLine: { strokeWidth: 2 },
  /** A missing value's hollow mark: dashed, so it never reads as a plotted dot. */
  hollow: { fill: "var(--bg)", strokeWidth: 2, dash: "2.5 2" },
  icon: { strokeWidth: 1.5 },
  cell: { stroke: "var(--border)", strokeWidth: 1 },
} as const satisfies Record<string, MarkStyle>;
