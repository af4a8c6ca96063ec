/** Layout constants for the dot-and-line chart (rates across ordered categories such as age groups). */
export const DOT_LINE_LAYOUT = {
  /** Room above the plot for the top gridline's label, which sits just above its line (px). */
  topPadding: 18,
  plotHeight: 240,
  /** Category labels under the plot (px). */
  tickLabelHeight: 26,
  /** The strip listing missing values: a heading, then one lane per series that has any (px). */
  missingHeadingHeight: 30,
  laneLabelHeight: 14,
  laneHeight: 34,
  /** Horizontal room, as percent of the chart width; categories sit in the middle of equal bands. */
  plotStartPct: 0,
  plotEndPct: 100,
  markerSize: 9,
  /** Radius of a missing value's hollow mark, and of the invisible hit area and focus ring (px). */
  missingRadius: 5.5,
  hitRadius: 10,
} as const;
