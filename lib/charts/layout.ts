/** Layout constants for every chart: one place for sizes, so charts stay consistent. */
/** Where a bar's label starts, right of its marker. */
export const LABEL_X = 18;

export const BAR_LAYOUT = {
  /** Label line above each bar, then the bar itself (px). */
  labelHeight: 20,
  /** A second, plainer label line (e.g. the subtype's plain name) where a datum has one. */
  sublabelHeight: 16,
  barHeight: 22,
  rowGap: 12,
  groupHeaderHeight: 30,
  /** A group header's further lines, where it wraps. */
  groupLineHeight: 19,
  /**
   * The chart's width on the narrowest phone (320 px, less the page's margins): a page's headers and
   * plain names wrap to fit it, since the SVG has no width of its own until it is drawn, and clips.
   */
  narrowestWidth: 288,
  axisHeight: 24,
  /** Horizontal room, as percent of the chart width: bars end by 84% so the value label fits. */
  plotStartPct: 0,
  plotEndPct: 84,
  valueGapPct: 1,
} as const;

export const ICON_ARRAY = { columns: 10, rows: 10, cell: 22, radius: 8 } as const;

/** A bar chart in an image: small multiples laid out in design px (lib/charts/bars-image.ts). */
export const BAR_PANELS = {
  /** A short chart grows to fill its box, but to at most this much more than the size's text scale. */
  maxGrowth: 1.4,
  /** The narrowest a panel is laid out: the longest bar's value ("100.0%") reaches into the gap, not the next panel. */
  minWidth: 160,
  gap: 32,
  labelGap: 12,
  /** A plain name may wrap to lines this wide when a narrower label column lets the text be larger. */
  sublabelWrap: 170,
  /** Room for a panel's heading (its stage); a chart of one unnamed group has none. */
  headerHeight: 28,
  /** Wider than this, a panel's axis has the page's five ticks; narrower, three. */
  fullAxisWidth: 320,
} as const;

/** The Kaplan–Meier chart (lib/charts/trial-scene.ts). */
export const TRIAL_LAYOUT = {
  plotTop: 18,
  /** Space either side of the time axis, as a share of the width, so the end labels stay inside. */
  padPct: 2.5,
  /** The page's curves are drawn 1000 units across, stretched to the column. */
  pageCurveWidth: 1000,
  atRiskLine: 17,
  censorHalf: 3,
  /**
   * Censor ticks closer than this share of the width are drawn once: an adjuvant trial censors
   * thousands of patients, whose ticks would otherwise bury the curve on a phone.
   */
  censorSpacing: 0.004,
  dotRadius: 4,
} as const;
