/**
 * Bar charts in an image: the page's bars and words, laid out for a projected picture. Labels stand
 * left of their bars (a wide image has width to spare, not height), the chart grows to fill its box
 * (a square's height too, not only its width), and grouped bars (five-year survival by stage) become
 * small multiples: one panel per group, every panel the same width and axis, each row's label said
 * once at the left of a line of panels rather than again in every panel.
 */
import { type ChartBox, type ExportSize, type FrameText, fitInBox, framedScene, textWidth, wrapText } from "../scene/frame";
import { TEXT } from "../scene/text-styles";
import type { Mark, Scene } from "../scene/types";
import { type BarDatum, layoutBars } from "./bars";
import { type BarSceneOptions, barLabelMarks, barMark, tickMarks } from "./bars-scene";
import { BAR_LAYOUT, BAR_PANELS, LABEL_X } from "./layout";

export interface BarGroup {
  label: string | undefined;
  bars: BarDatum[];
}

/** Consecutive bars sharing a `group`, in order, each bar without its group. */
function groupBars(bars: readonly BarDatum[]): BarGroup[] {
  const groups: BarGroup[] = [];
  for (const bar of bars) {
    const last = groups[groups.length - 1];
    if (last && last.label === bar.group) last.bars.push({ ...bar, group: undefined });
    else groups.push({ label: bar.group, bars: [{ ...bar, group: undefined }] });
  }
  return groups;
}

/** Whether every group (one, or several) has the same rows in the same order, so one label column can name them all. */
function sharesRows(groups: readonly BarGroup[]): boolean {
  const rowsOf = (group: BarGroup) => group.bars.map((bar) => `${bar.label}\n${bar.sublabel ?? ""}`).join("\n\n");
  const [first, ...rest] = groups;
  return first !== undefined && rest.every((group) => rowsOf(group) === rowsOf(first));
}

/**
 * Bars in an image, in lines of panels (one panel per group; one group is one panel). Where every
 * group has the same rows, a line has one label column then its panels; where not (median age:
 * subtypes, then each subtype by race) every panel has its own. The number of panels per line is
 * the one that lets the text be largest: on a slide, side by side; on a square too when the rows
 * are many (a line of four short panels beats two lines of two).
 */
export function barPanels(bars: readonly BarDatum[], options: BarSceneOptions, box: ChartBox): Mark[] {
  // A view whose selection matches no figure (the four-year survival of "unknown" alone) draws no
  // panels: its takeaway says so and why, as the page does.
  if (bars.length === 0) return [];
  const groups = groupBars(bars);
  const shared = sharesRows(groups);
  const all = groups.flatMap((group) => group.bars);
  const rowCount = Math.max(...groups.map((group) => group.bars.length));
  const headerHeight = groups.some((group) => group.label) ? BAR_PANELS.headerHeight : 0;
  // Plain names on one line each, or wrapped to a narrower column: whichever lets the text be larger.
  const { labelWidth, blockHeight, sublabelLines, columns, lines, scale } = [Number.POSITIVE_INFINITY, BAR_PANELS.sublabelWrap]
    .map((wrapAt) => {
      const column = labelColumn(all, wrapAt);
      const lineHeight = headerHeight + rowCount * (column.blockHeight + BAR_LAYOUT.rowGap) + BAR_LAYOUT.axisHeight;
      return { ...column, ...bestGrid(groups.length, { labelWidth: column.labelWidth, shared, lineHeight }, box) };
    })
    .reduce((best, layout) => (layout.scale > best.scale ? layout : best));
  const rowHeight = blockHeight + BAR_LAYOUT.rowGap;
  const baseLine = headerHeight + rowCount * rowHeight + BAR_LAYOUT.axisHeight;
  // Height the text scale leaves over (a square's, under one line of panels) spreads the rows apart, up to twice as far.
  const spare = box.height / scale - lines * baseLine - (lines - 1) * BAR_PANELS.gap;
  const pitch = rowHeight + Math.max(0, Math.min(spare / (lines * rowCount), rowHeight));
  const rowTop = (i: number) => i * pitch + (pitch - rowHeight) / 2;
  const plotHeight = rowCount * pitch;
  const lineHeight = headerHeight + plotHeight + BAR_LAYOUT.axisHeight;
  const width = box.width / scale;
  const panelWidth = (width - (shared ? labelWidth : columns * labelWidth) - (columns - 1) * BAR_PANELS.gap) / columns;

  // A panel and a label column are each a viewport at 1:1, so a panel's percentages are of its own width.
  const column = (x: number, columnWidth: number, part: Record<string, string>, marks: Mark[]): Mark => {
    const viewBox = { width: columnWidth, height: plotHeight + BAR_LAYOUT.axisHeight };
    return { kind: "viewport", x, y: headerHeight, ...viewBox, viewBox, align: "start", marks: [{ kind: "group", data: part, marks }] };
  };
  const labels = (x: number, rows: readonly BarDatum[]) =>
    column(
      x,
      labelWidth,
      { part: "row-labels" },
      rows.flatMap((bar, i) => {
        // Every label is centred on its bar, however many lines its plain name takes.
        const named = sublabelLines(bar);
        const top = rowTop(i) + (blockHeight - BAR_LAYOUT.labelHeight - named.length * BAR_LAYOUT.sublabelHeight) / 2;
        return barLabelMarks(bar, top + BAR_LAYOUT.labelHeight - 6, { y: top + BAR_LAYOUT.labelHeight + BAR_LAYOUT.sublabelHeight - 5, lines: named });
      }),
    );
  const panel = (group: BarGroup, index: number): Mark[] => {
    const left = shared ? labelWidth + index * (panelWidth + BAR_PANELS.gap) : index * (labelWidth + panelWidth + BAR_PANELS.gap);
    const x = shared ? left : left + labelWidth;
    // A narrow panel has room for three ticks (0, the middle, the top); its values are printed anyway.
    const layout = layoutBars(group.bars, { domainMax: options.domainMax, tickCount: panelWidth < BAR_PANELS.fullAxisWidth ? 2 : 5 });
    const barY = (i: number) => rowTop(i) + (blockHeight - BAR_LAYOUT.barHeight) / 2;
    const marks = [tickMarks(layout.ticks, plotHeight, options), ...layout.bars.map((bar, i) => barMark({ ...bar, barY: barY(i) }, false))];
    const heading: Mark[] = group.label ? [{ kind: "text", x: left, y: headerHeight - 10, text: group.label, style: TEXT.groupLabel }] : [];
    return [...heading, ...(shared ? [] : [labels(left, group.bars)]), column(x, panelWidth, { part: "panel", panel: group.label ?? "" }, marks)];
  };

  return Array.from({ length: lines }, (_, line) => {
    const inLine = groups.slice(line * columns, (line + 1) * columns);
    const y = box.y + line * (lineHeight + BAR_PANELS.gap) * scale;
    const shown = [...(shared ? [labels(0, groups[0]?.bars ?? [])] : []), ...inLine.flatMap((group, index) => panel(group, index))];
    return fitInBox({ x: box.x, y, width: box.width, height: lineHeight * scale }, { width, height: lineHeight, marks: shown });
  });
}

/** A label column: its width, the height of a row's label block, and each row's plain name in lines no wider than `wrapAt`. */
function labelColumn(rows: readonly BarDatum[], wrapAt: number) {
  const sublabelLines = (bar: BarDatum) =>
    bar.sublabel ? (Number.isFinite(wrapAt) ? wrapText(bar.sublabel, wrapAt, TEXT.sublabel.fontSize) : [bar.sublabel]) : [];
  const most = Math.max(...rows.map((bar) => sublabelLines(bar).length));
  const widest = Math.max(
    ...rows.flatMap((bar) => [textWidth(bar.label, TEXT.label.fontSize), ...sublabelLines(bar).map((line) => textWidth(line, TEXT.sublabel.fontSize))]),
  );
  return {
    labelWidth: BAR_PANELS.labelGap + LABEL_X + widest,
    blockHeight: Math.max(BAR_LAYOUT.labelHeight + most * BAR_LAYOUT.sublabelHeight, BAR_LAYOUT.barHeight),
    sublabelLines,
  };
}

/** The number of panels per line at which the text is largest (more per line when equal). */
function bestGrid(
  count: number,
  size: { labelWidth: number; shared: boolean; lineHeight: number },
  box: ChartBox,
): { columns: number; lines: number; scale: number } {
  return Array.from({ length: count }, (_, i) => {
    const columns = i + 1;
    const lines = Math.ceil(count / columns);
    const width = (size.shared ? size.labelWidth : columns * size.labelWidth) + columns * BAR_PANELS.minWidth + (columns - 1) * BAR_PANELS.gap;
    const height = lines * size.lineHeight + (lines - 1) * BAR_PANELS.gap;
    return { columns, lines, scale: Math.min(box.width / width, box.height / height, box.scale * BAR_PANELS.maxGrowth) };
  }).reduce((best, grid) => (grid.scale >= best.scale ? grid : best));
}

/** What a bar chart's image needs beyond its frame. */
export interface BarChartContent extends BarSceneOptions {
  kind: "bars";
  bars: readonly BarDatum[];
}

export function barImageScene(spec: FrameText & { size: ExportSize; origin?: string } & BarChartContent): Scene {
  return framedScene(spec, (box) => barPanels(spec.bars, spec, box));
}
