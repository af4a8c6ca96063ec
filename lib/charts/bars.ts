/**
 * Horizontal bar layout in chart-width percentages and pixel heights. Nothing depends on the pixel
 * width, so the server-rendered SVG is already final: no re-layout, no shift when it hydrates,
 * and it reflows down to 320 px with crisp text.
 */

import { BOLD_GLYPH_WIDTH, wrapText } from "../scene/frame";
import { TEXT } from "../scene/text-styles";
import { type Marker, SUBTYPES, type SubtypeCategoryId } from "../subtypes";
import { subtypeColorVar } from "../theme";
import { BAR_LAYOUT, LABEL_X } from "./layout";
import { linearScale } from "./linear";
import type { Wording } from "./wording";

export interface BarDatum {
  id: string;
  /** Text above the bar (e.g. "HR−/HER2+"), and an optional plainer second part. */
  label: string;
  sublabel?: string;
  value: number | null;
  /** The value as printed, with its unit ("82.7%"). */
  valueText: string;
  /** A CSS colour (usually a subtype's CSS variable) and a non-colour marker. */
  color: string;
  marker: Marker;
  ci?: { lower: number; upper: number } | null;
  unavailableReason?: string;
  /** Rows sharing a group are drawn under one header (e.g. a stage). */
  group?: string;
  /** One sentence read aloud and shown in the tooltip. */
  description: string;
  highlight?: boolean;
}

export interface BarSublabel {
  y: number;
  lines: readonly string[];
}

export interface PlacedBar {
  datum: BarDatum;
  labelY: number;
  /** The plain name's lines (one, unless the layout wraps them) and the first one's baseline; null without one. */
  sublabel: BarSublabel | null;
  barY: number;
  widthPct: number;
  valueXPct: number;
  ci: { lowerPct: number; upperPct: number } | null;
}

export interface BarLayoutResult {
  height: number;
  bars: PlacedBar[];
  /** Each group's header: its lines (one, unless the layout wraps them) and the first one's baseline. */
  groups: { lines: string[]; y: number }[];
  ticks: { value: number; xPct: number }[];
  axisY: number;
}

/** The layout's options: its scale, and the width its headers and sublabels wrap to (none: one line each). */
export interface BarLayoutOptions {
  domainMax: number;
  tickCount?: number;
  wrapWidth?: number;
}

export function layoutBars(data: readonly BarDatum[], options: BarLayoutOptions): BarLayoutResult {
  const { labelHeight, sublabelHeight, barHeight, rowGap, groupHeaderHeight, groupLineHeight, axisHeight, plotStartPct, plotEndPct, valueGapPct } = BAR_LAYOUT;
  const x = linearScale([0, options.domainMax], [plotStartPct, plotEndPct]);
  const { wrapWidth } = options;
  const wrap = (text: string, indent: number, fontSize: number, glyphWidth?: number) =>
    wrapWidth === undefined ? [text] : wrapText(text, wrapWidth - indent, fontSize, glyphWidth);
  const bars: PlacedBar[] = [];
  const groups: BarLayoutResult["groups"] = [];
  let y = 0;
  let currentGroup: string | undefined;
  for (const datum of data) {
    if (datum.group !== undefined && datum.group !== currentGroup) {
      currentGroup = datum.group;
      const lines = wrap(datum.group, 0, TEXT.groupLabel.fontSize, BOLD_GLYPH_WIDTH);
      const extra = (lines.length - 1) * groupLineHeight;
      groups.push({ lines, y: y + groupHeaderHeight - 10 });
      y += groupHeaderHeight + extra;
    }
    const widthPct = datum.value === null ? 0 : x(datum.value) - plotStartPct;
    const ciUpper = datum.ci ? x(datum.ci.upper) : 0;
    const sublabelLines = datum.sublabel ? wrap(datum.sublabel, LABEL_X, TEXT.sublabel.fontSize) : [];
    const labelBlock = labelHeight + sublabelLines.length * sublabelHeight;
    bars.push({
      datum,
      labelY: y + labelHeight - 6,
      sublabel: datum.sublabel ? { y: y + labelHeight + sublabelHeight - 5, lines: sublabelLines } : null,
      barY: y + labelBlock,
      widthPct,
      valueXPct: Math.max(plotStartPct + widthPct, ciUpper) + valueGapPct,
      ci: datum.ci ? { lowerPct: x(datum.ci.lower), upperPct: ciUpper } : null,
    });
    y += labelBlock + barHeight + rowGap;
  }
  return {
    height: y + axisHeight,
    bars,
    groups,
    ticks: x.ticks(options.tickCount ?? 5).map((value) => ({ value, xPct: x(value) })),
    axisY: y,
  };
}

/**
 * A bar for one subtype's figure: label, plain name (in plain wording), colour and marker from the
 * subtype config. Each dataset supplies how its value is printed and described.
 */
export function subtypeBarDatum(
  row: { id: string; subtype: SubtypeCategoryId; value: number | null; unavailableReason?: string },
  wording: Wording,
  text: Pick<BarDatum, "valueText" | "description">,
  extra: Partial<BarDatum> = {},
): BarDatum {
  const subtype = SUBTYPES[row.subtype];
  return {
    id: row.id,
    label: subtype.label,
    sublabel: wording === "plain" ? subtype.plainName : undefined,
    value: row.value,
    color: subtypeColorVar(row.subtype),
    marker: subtype.marker,
    unavailableReason: row.unavailableReason,
    ...text,
    ...extra,
  };
}
