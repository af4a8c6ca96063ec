/**
 * Layout constants for the approvals timeline. x is a percentage of the chart width and y is in
 * pixels, so the server-rendered SVG is final at any width. Text cannot be measured on the server,
 * so labels are placed for the narrowest chart (a 320 px screen less the page padding) with a
 * generous average character width: what fits there fits at every wider size.
 */
export const TIMELINE_LAYOUT = {
  /** The narrowest chart the layout must fit without collisions (px). */
  referenceWidth: 288,
  /** Average glyph width as a share of the font size; generous for system-ui, bold included. */
  charWidthEm: 0.62,
  /** Horizontal room, as percent of the chart width, so edge markers and year labels are not clipped. */
  plotStartPct: 2,
  plotEndPct: 98,
  /** Years between labelled ticks. */
  tickEveryYears: 5,
  /** Year labels above the lanes and under the bands (px). */
  axisHeight: 22,
  /** Each lane: a header with the class name, then one row per stacked line of marks (px). */
  laneHeaderHeight: 26,
  laneHeaderFontPx: 14,
  /** Tall enough for a label's two lines: the brand, then the populations under it. */
  rowHeight: 36,
  laneGap: 8,
  /** A population marker, and the distance between the centres of two markers on one approval (px). */
  markerSize: 10,
  markerSpacing: 13,
  /** Room around a mark's markers for the accelerated-approval ring and the focus ring (px). */
  ringPadding: 5,
  /** The focus ring sits this far outside the accelerated-approval ring, so both stay visible together (px). */
  focusRingGap: 3,
  labelGap: 5,
  labelFontPx: 13,
  /** Baselines of the brand line and the population line, from the marker's centre (px). */
  labelBaselineDy: -2,
  populationFontPx: 11,
  populationBaselineDy: 11,
  /** The least horizontal space between two marks that share a row, at the reference width (px). */
  minMarkGap: 8,
  /** The survival bands: a section header, then per band a label line and the band itself (px). */
  bandHeaderHeight: 30,
  bandLabelHeight: 17,
  bandHeight: 12,
  bandGap: 8,
  bandFontPx: 12,
} as const;
