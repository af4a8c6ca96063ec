/**
 * What each prevalence chart shows for a page state: title, takeaway, the rows behind it and its
 * marks. The page's components and the image exports both call these, so a chart and its exported
 * image can never disagree on a title, a sentence or a bar.
 */
import { formatPeriod } from "../datasets/dimensions";
import { shareOfCases } from "../datasets/queries";
import type { PrevalenceRow } from "../datasets/schemas";
import type { BarDatum } from "./bars";
import type { DotLineFigure } from "./dot-lines";
import * as prevalence from "./prevalence";
import { ageCategories, ageRateRows, ageSeries, ageTakeaway } from "./prevalence-age";
import { type PrevalenceViewState, RACE_FIGURES, RATE_PERIODS, type RaceFigures } from "./prevalence-state";
import { SEER_RACE_IDS } from "./race-style";

export interface PrevalenceBarView {
  title: string;
  takeaway: string;
  /** What the axis measures: the bar chart itself has no axis title. */
  unit: string;
  viewRows: PrevalenceRow[];
  bars: BarDatum[];
  domainMax: number;
  tickSuffix?: string;
}

export interface PrevalenceDotLineView extends DotLineFigure {
  title: string;
  takeaway: string;
  viewRows: PrevalenceRow[];
}

const yearsOf = (viewRows: readonly PrevalenceRow[]) => formatPeriod(viewRows[0]?.period ?? "");

export function shareView(rows: readonly PrevalenceRow[], { wording }: Pick<PrevalenceViewState, "wording">): PrevalenceBarView {
  const viewRows = shareOfCases(rows);
  return {
    title: "Share of all new breast cancers by subtype",
    takeaway: prevalence.shareTakeaway(viewRows),
    unit: "Percent of all new cases; cases with unknown status are counted, so the bars add up to about 100%",
    viewRows,
    bars: prevalence.shareBars(viewRows, wording),
    domainMax: 100,
    tickSuffix: "%",
  };
}

export function incidenceView(rows: readonly PrevalenceRow[], state: Pick<PrevalenceViewState, "period" | "wording">): PrevalenceBarView {
  const viewRows = prevalence.incidenceRows(rows, state.period);
  return {
    title: `New cases per 100,000 women by subtype, ${formatPeriod(state.period)}`,
    takeaway: prevalence.incidenceTakeaway(viewRows),
    unit: "Age-adjusted rate of new cases per 100,000 women",
    viewRows,
    bars: prevalence.incidenceBars(viewRows, state.wording),
    domainMax: prevalence.niceDomainMax(viewRows),
  };
}

/** Each choice is one source, period and population: they are never drawn on one axis together. */
export const RACE_FIGURE_TEXT: Record<RaceFigures, { choice: string; title: (years: string) => string; unit: string; apiSubtypes: string }> = {
  "hr-pos-her2-pos": {
    choice: "HR+/HER2+, 2018–2022, with 95% confidence intervals",
    title: (years) => `HR+/HER2+ new cases per 100,000 women by race and ethnicity, ${years}`,
    unit: "Age-adjusted rate per 100,000 women of all ages, 5 years combined; whiskers show the 95% confidence interval",
    apiSubtypes: "hr-pos-her2-pos",
  },
  "her2-2022": {
    choice: "Both HER2-positive subtypes, 2022 only",
    title: (years) => `HER2-positive new cases per 100,000 women by race and ethnicity, ${years} only`,
    unit: "Delay-adjusted rate per 100,000 women, single year",
    apiSubtypes: "hr-pos-her2-pos,hr-neg-her2-pos",
  },
  "triple-negative": {
    choice: "Triple-negative, women aged 20 and over, 2010–2019 (another study)",
    title: (years) => `Triple-negative new cases per 100,000 women aged 20 and over by race and ethnicity, ${years}`,
    unit: "Age-adjusted rate per 100,000 women aged 20 and over: not comparable with the all-ages rates on this page",
    apiSubtypes: "hr-neg-her2-neg",
  },
};

export function raceView(rows: readonly PrevalenceRow[], state: Pick<PrevalenceViewState, "raceFigures" | "wording">): PrevalenceBarView {
  const viewRows = prevalence.raceRows(rows, state.raceFigures);
  const text = RACE_FIGURE_TEXT[state.raceFigures];
  return {
    title: text.title(yearsOf(viewRows)),
    takeaway: prevalence.raceTakeaway(viewRows, state.raceFigures),
    unit: text.unit,
    viewRows,
    bars: prevalence.raceBars(viewRows, state.raceFigures, state.wording),
    domainMax: prevalence.niceDomainMax(viewRows),
  };
}

export function ageView(rows: readonly PrevalenceRow[], state: Pick<PrevalenceViewState, "races" | "wording">): PrevalenceDotLineView {
  const viewRows = ageRateRows(rows, state.races);
  return {
    title: `HR+/HER2+ new cases per 100,000 women by age and race/ethnicity, ${yearsOf(viewRows)}`,
    takeaway: ageTakeaway(viewRows),
    viewRows,
    series: ageSeries(viewRows, state.wording),
    categories: ageCategories(viewRows),
    // The domain covers every group, so ticking a group on or off never rescales the others.
    domainMax: prevalence.niceDomainMax(ageRateRows(rows, [...SEER_RACE_IDS])),
    yLabel: "Up: new cases per 100,000 women in the age group",
    xLabel: "Across: age at diagnosis, in 5-year groups labelled by their first year (20 = ages 20–24)",
    missingLabel: "Not available (suppressed by SEER):",
  };
}

export function her2LowView(rows: readonly PrevalenceRow[], { wording }: Pick<PrevalenceViewState, "wording">): PrevalenceBarView {
  const viewRows = prevalence.her2LowRows(rows);
  return {
    title: "HER2-low as a share of HER2-negative breast cancers",
    takeaway: prevalence.her2LowTakeaway(viewRows),
    unit: "Percent of HER2-negative breast cancers that were HER2-low (IHC 1+, or IHC 2+ with ISH not amplified)",
    viewRows,
    bars: prevalence.her2LowBars(viewRows, wording),
    domainMax: 100,
    tickSuffix: "%",
  };
}

export function medianAgeView(rows: readonly PrevalenceRow[], { wording }: Pick<PrevalenceViewState, "wording">): PrevalenceBarView {
  const viewRows = prevalence.medianAgeRows(rows);
  return {
    title: `Median age at diagnosis by subtype, ${yearsOf(viewRows)}`,
    takeaway: prevalence.medianAgeTakeaway(viewRows),
    unit: "Median age at diagnosis, in years: half of women were younger, half older",
    viewRows,
    bars: prevalence.medianAgeBars(viewRows, wording),
    domainMax: prevalence.niceDomainMax(viewRows),
  };
}

/**
 * Every row some chart of the page can show, in any of its states: what the page's sources cite, so
 * they never describe a figure no chart shows (the API's trend and stage rows, for one).
 */
export function prevalencePageRows(rows: readonly PrevalenceRow[]): PrevalenceRow[] {
  const wording = "plain" as const;
  const views = [
    shareView(rows, { wording }),
    ...RATE_PERIODS.map((period) => incidenceView(rows, { period, wording })),
    ...RACE_FIGURES.map((raceFigures) => raceView(rows, { raceFigures, wording })),
    ageView(rows, { races: [...SEER_RACE_IDS], wording }),
    her2LowView(rows, { wording }),
    medianAgeView(rows, { wording }),
  ];
  return [...new Map(views.flatMap((view) => view.viewRows).map((row) => [row.id, row])).values()];
}
