/**
 * One patient's PREDICT outcomes as scenes: stacked bars at 5, 10 and 15 years (who is alive with
 * surgery alone, what each treatment adds, who died of breast cancer or of other causes), the 100
 * women of the icon array, and the 15-year curves; and the image, which frames the bars.
 */
import { formatNumber } from "../format";
import { type ExportSize, type FrameText, fillBox, framedScene } from "../scene/frame";
import { legendDrawing } from "../scene/legend";
import { STROKE, TEXT } from "../scene/text-styles";
import { type Drawing, type Mark, pct, type Scene } from "../scene/types";
import { iconArrayCells } from "./compare";
import { percentGrid, timeStopMark } from "./curve-marks";
import { ICON_ARRAY } from "./layout";
import { outcomeColorVar } from "./outcome-style";
import { type OutcomesView, wholeWomen } from "./outcomes-view";

const ROW = { label: 18, bar: 30, gap: 22 } as const;
/** An image's bars grow to fill its box, up to this (design px). */
const MAX_IMAGE_BAR = 110;
const percent = (value: number) => `${formatNumber(value, 1)}%`;
/** A count on a coloured segment: the page's background colour, which the segment colours contrast with in either theme. */
const SEGMENT_COUNT = { ...TEXT.strongValue, fill: "var(--bg)", anchor: "middle" } as const;

/** The bars' title: the scene's accessible name, and the heading the page prints above them. */
export const OUTCOME_BARS_TITLE = "Who is alive, and who died, 5, 10 and 15 years after surgery";

export function outcomeBarsScene(view: OutcomesView): Scene {
  return {
    title: OUTCOME_BARS_TITLE,
    description: view.headline,
    roleDescription: "stacked bar chart",
    width: "100%",
    ...outcomeBarsDrawing(view, 0),
  };
}

/** A segment this wide (percent of the bar) or wider carries its count in an image. */
const MIN_COUNTED_SEGMENT = 6;

/**
 * One row per year: its label, then a bar of 100 women split into the view's segments, each explorable.
 * An image (`counted`), which has no tooltips, writes each wide segment's whole women on it.
 */
export function outcomeBarsDrawing(view: OutcomesView, top: number, bar: number = ROW.bar, counted = false): Drawing {
  const grid: Mark[] = [0, 25, 50, 75, 100].map((tick) => ({
    kind: "text",
    x: pct(tick),
    y: top + 12,
    text: `${tick}%`,
    style: { ...TEXT.tick, anchor: tick === 0 ? "start" : tick === 100 ? "end" : "middle" },
  }));
  const rows = view.years.flatMap((year, row): Mark[] => {
    const y = top + 22 + row * (ROW.label + bar + ROW.gap);
    const counts = counted ? wholeWomen(year) : [];
    let x = 0;
    const segments = year.segments.map((segment, index): Mark => {
      const start = x;
      x += segment.value;
      const count: Mark[] =
        counted && segment.value >= MIN_COUNTED_SEGMENT
          ? [{ kind: "text", x: pct(start + segment.value / 2), y: y + ROW.label + bar / 2 + 5, text: String(counts[index]), style: SEGMENT_COUNT }]
          : [];
      return {
        kind: "group",
        datum: {
          id: `year-${year.year}-${segment.category}`,
          description: `${year.year} years after surgery: ${segment.label.toLowerCase()}, ${percent(segment.value)} of women.`,
          tooltip: { leftPct: Math.min(start + segment.value / 2, 100), top: y + ROW.label + bar + 6 },
        },
        data: { testid: "outcome-segment", category: segment.category, year: String(year.year) },
        className: "chart-mark",
        marks: [
          { kind: "rect", x: pct(start), y: y + ROW.label, width: pct(Math.max(segment.value, 0)), height: bar, style: { fill: segment.color } },
          ...count,
        ],
      };
    });
    return [{ kind: "text", x: 0, y: y + 13, text: `${year.year} years`, style: TEXT.label }, ...segments];
  });
  return {
    height: top + 22 + view.years.length * (ROW.label + bar + ROW.gap),
    marks: [{ kind: "group", decorative: true, marks: grid }, ...rows],
  };
}

/** The 100 women at the headline year, coloured in the bars' order: a picture, named by its description. */
export function outcomeIconsScene(view: OutcomesView, description: string): Scene {
  const side = ICON_ARRAY.columns * ICON_ARRAY.cell;
  const cells = iconArrayCells(0);
  let next = 0;
  const groups = view.icons.map((icon): Mark => {
    const mine = cells.slice(next, next + icon.count);
    next += icon.count;
    return {
      kind: "group",
      data: { category: icon.category, count: String(icon.count) },
      style: { ...STROKE.icon, fill: icon.color, stroke: icon.color },
      marks: mine.map(({ cx, cy }) => ({ kind: "circle", cx, cy, r: ICON_ARRAY.radius })),
    };
  });
  return {
    title: "100 women like this",
    description,
    roleDescription: "icon array",
    role: "img",
    width: side,
    height: side,
    viewBox: { width: side, height: side },
    marks: [{ kind: "group", data: { testid: "outcome-icons" }, marks: groups }],
  };
}

const CURVE_HEIGHT = 200;
const CURVE_WIDTH = 1000;
const YEAR_PAD = 3;

/** All-cause survival from surgery to 15 years, with the treatments chosen and with surgery alone. */
export function outcomeCurvesScene(view: OutcomesView): Scene {
  const top = 16;
  const x = (year: number) => YEAR_PAD + (year / 15) * (100 - 2 * YEAR_PAD);
  const y = (value: number) => top + (1 - value / 100) * CURVE_HEIGHT;
  const line = (series: readonly number[], color: string, dash?: string): Mark => ({
    kind: "path",
    d: `M${series.map((value, year) => `${(x(year) / 100) * CURVE_WIDTH},${(1 - value / 100) * CURVE_HEIGHT}`).join("L")}`,
    style: { stroke: color, strokeWidth: 2.5, dash, nonScalingStroke: true },
  });
  const grid = percentGrid((share) => y(share * 100));
  const years: Mark[] = [0, 5, 10, 15].map((year) => ({
    kind: "text",
    x: pct(x(year)),
    y: top + CURVE_HEIGHT + 16,
    text: String(year),
    style: { ...TEXT.tick, anchor: "middle" },
  }));
  const axisTitle: Mark = { kind: "text", x: "50%", y: top + CURVE_HEIGHT + 34, text: "Years after surgery", style: { ...TEXT.axisTitle, anchor: "middle" } };
  const stops = view.curves.chosen.map((value, year): Mark => {
    const without = view.curves.surgeryOnly[year] ?? 0;
    return timeStopMark({
      datum: {
        id: `curve-${year}`,
        description: `${year} ${year === 1 ? "year" : "years"} after surgery: ${percent(value)} alive with the treatments chosen, ${percent(without)} with surgery alone.`,
        tooltip: { leftPct: x(year), top: top + 8 },
      },
      data: { testid: "outcome-year" },
      xPct: x(year),
      halfWidthPct: 3,
      plot: { top, height: CURVE_HEIGHT },
    });
  });
  return {
    title: "Alive over 15 years",
    description: view.headline,
    roleDescription: "line chart",
    width: "100%",
    height: top + CURVE_HEIGHT + 44,
    marks: [
      { kind: "group", decorative: true, marks: [...grid, ...years, axisTitle] },
      {
        kind: "viewport",
        x: 0,
        y: top,
        width: "100%",
        height: CURVE_HEIGHT,
        viewBox: { width: CURVE_WIDTH, height: CURVE_HEIGHT },
        align: "stretch",
        marks: [line(view.curves.surgeryOnly, outcomeColorVar("breast"), "6 4"), line(view.curves.chosen, outcomeColorVar("surgery"))],
      },
      ...stops,
    ],
  };
}

/** What the outcomes image needs beyond its frame. */
export interface OutcomesContent {
  kind: "outcomes";
  view: OutcomesView;
}

export function outcomesImageScene(spec: FrameText & { size: ExportSize } & OutcomesContent): Scene {
  return framedScene(spec, (box) => [
    fillBox(box, (width) => {
      const shown = new Set(spec.view.years.flatMap((year) => year.segments.filter((s) => s.value > 0).map((s) => s.category)));
      const entries = (spec.view.years[0]?.segments ?? [])
        .filter((segment) => shown.has(segment.category))
        .map((segment) => ({
          label: segment.label,
          swatchWidth: 16,
          swatch: (x: number, y: number): Mark[] => [{ kind: "rect", x, y: y - 8, width: 16, height: 16, style: { fill: segment.color } }],
        }));
      const legend = legendDrawing(entries, width);
      const available = (box.height * width) / box.width;
      const rows = spec.view.years.length;
      const fixed = outcomeBarsDrawing(spec.view, legend.height + 12, 0).height;
      const bar = Math.max(ROW.bar, Math.min(MAX_IMAGE_BAR, (available - fixed) / rows));
      const bars = outcomeBarsDrawing(spec.view, legend.height + 12, bar, true);
      return { height: bars.height, marks: [...legend.marks, ...bars.marks] };
    }),
  ]);
}
