/**
 * Pieces the curve charts share (the trials' Kaplan–Meier curves, PREDICT's 15 years): the
 * percentage gridlines, and a time step a keyboard or pointer explores.
 */
import { STROKE, TEXT } from "../scene/text-styles";
import { type Mark, type MarkDatum, pct } from "../scene/types";

const SHARES = [0, 0.25, 0.5, 0.75, 1] as const;

/** A line at 0, 25, 50, 75 and 100 %, each labelled above its left end; `y` places a share (0–1). */
export function percentGrid(y: (share: number) => number): Mark[] {
  return SHARES.flatMap((share): Mark[] => [
    { kind: "line", x1: 0, x2: "100%", y1: y(share), y2: y(share), style: STROKE.grid },
    { kind: "text", x: 0, y: y(share) - 4, text: `${share * 100}%`, style: TEXT.tick },
  ]);
}

export interface TimeStop {
  datum: MarkDatum;
  data: Readonly<Record<string, string>>;
  /** Where the step is across, and half the width of the column that hovers it (shares of the width). */
  xPct: number;
  halfWidthPct: number;
  plot: { top: number; height: number };
  /** Marks on the curves at this time (dots), shown with the guide. */
  marks?: readonly Mark[];
}

/** An invisible column to hover, and a guide line (with any dots) that CSS shows only while the step is active. */
export function timeStopMark({ datum, data, xPct, halfWidthPct, plot, marks = [] }: TimeStop): Mark {
  return {
    kind: "group",
    datum,
    data,
    className: "km-stop",
    marks: [
      {
        kind: "rect",
        x: pct(Math.max(0, xPct - halfWidthPct)),
        y: plot.top,
        width: pct(2 * halfWidthPct),
        height: plot.height,
        style: { fill: "transparent" },
      },
      { kind: "line", x1: pct(xPct), x2: pct(xPct), y1: plot.top, y2: plot.top + plot.height, style: STROKE.whisker, className: "km-guide" },
      ...marks,
    ],
  };
}
