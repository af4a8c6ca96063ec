/** Layout constants for every chart: one place for sizes, so charts stay consistent. */
export const BAR_LAYOUT = {
  /** Label line above each bar, then the bar itself (px). */
  labelHeight: 20,
  /** A second, plainer label line (e.g. the subtype's plain name) where a datum has one. */
  sublabelHeight: 16,
  barHeight: 22,
  rowGap: 12,
  groupHeaderHeight: 30,
  axisHeight: 24,
  /** Horizontal room, as percent of the chart width: bars end by 84% so the value label fits. */
  plotStartPct: 0,
  plotEndPct: 84,
  valueGapPct: 1,
} as const;

export const ICON_ARRAY = { columns: 10, rows: 10, cell: 22, radius: 8 } as const;
