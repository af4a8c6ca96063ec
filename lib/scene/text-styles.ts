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
  unavailable: { fill: "var(--muted)", fontSize: 13, fontStyle: "italic" },
} as const satisfies Record<string, MarkStyle>;

export const STROKE = {
  grid: { stroke: "var(--grid)", strokeWidth: 1 },
  whisker: { stroke: "var(--text)", strokeWidth: 1.5 },
} as const satisfies Record<string, MarkStyle>;
