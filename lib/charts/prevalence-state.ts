/**
 * The prevalence page's state in the URL, so every view can be shared and embedded. Invalid values
 * never fail: they fall back to the default and produce a notice the page shows.
 */
import type { EmbeddableChart, EmbedView } from "../embed";
import { SEER_RACE_IDS, type SeerRaceId } from "./race-style";
import { type FoldStart, type PageViewState, pageSearch, parsePageState, pickList, pickOne, type SearchParams } from "./url-state";

/** The two SEER Stat Facts editions of the incidence-by-subtype table (2024 and 2023 editions). */
export const RATE_PERIODS = ["2017-2021", "2016-2020"] as const;
export type RatePeriod = (typeof RATE_PERIODS)[number];

/**
 * Which race/ethnicity figures to show. Each is its own source, period and population, so they are
 * never drawn on one axis together (her2-data.md §4c).
 */
export const RACE_FIGURES = ["hr-pos-her2-pos", "her2-2022", "triple-negative"] as const;
export type RaceFigures = (typeof RACE_FIGURES)[number];

export interface PrevalenceViewState extends PageViewState {
  /** Edition of the incidence-by-subtype chart. */
  period: RatePeriod;
  raceFigures: RaceFigures;
  /** Groups drawn in the by-age chart. */
  races: SeerRaceId[];
}

export const PREVALENCE_DEFAULTS: PrevalenceViewState = {
  period: "2017-2021",
  raceFigures: "hr-pos-her2-pos",
  races: [...SEER_RACE_IDS],
  wording: "plain",
  view: "chart",
};

export function parsePrevalenceState(params: SearchParams): { state: PrevalenceViewState; notices: string[] } {
  return parsePageState(params, PREVALENCE_DEFAULTS, (notices) => ({
    period: pickOne(params, "period", RATE_PERIODS, PREVALENCE_DEFAULTS.period, notices),
    raceFigures: pickOne(params, "raceFigures", RACE_FIGURES, PREVALENCE_DEFAULTS.raceFigures, notices),
    races: pickList(params, "races", SEER_RACE_IDS, PREVALENCE_DEFAULTS.races, notices),
  }));
}

/** The query string for a state, leaving defaults out so shared links stay short. */
export function prevalenceSearch(state: PrevalenceViewState): string {
  return pageSearch(state, PREVALENCE_DEFAULTS);
}

/**
 * The parts of the page state each prevalence chart reads. Its image URL carries only those, so two
 * views that draw the same picture share one image address (and one cached file).
 */
export const PREVALENCE_CHART_STATE = {
  "share-of-cases": ["wording"],
  "incidence-by-subtype": ["period", "wording"],
  "incidence-by-race": ["raceFigures", "wording"],
  "incidence-by-age": ["races", "wording"],
  "her2-low": ["wording"],
  "median-age": ["wording"],
} as const satisfies Record<string, readonly (keyof PrevalenceViewState)[]>;
export type PrevalenceChart = keyof typeof PREVALENCE_CHART_STATE;

/** "?period=2016-2020": the query of the page state this chart reads, for its image and its embed. */
export function prevalenceChartSearch(chart: PrevalenceChart, state: Partial<PrevalenceViewState>): string {
  const relevant: Partial<PrevalenceViewState> = {};
  for (const key of PREVALENCE_CHART_STATE[chart]) if (state[key] !== undefined) Object.assign(relevant, { [key]: state[key] });
  return prevalenceSearch({ ...PREVALENCE_DEFAULTS, ...relevant });
}

/** "/api/charts/incidence-by-subtype?period=2016-2020": the chart's image, without extension, for this view. */
export function prevalenceImagePath(chart: PrevalenceChart, state: Partial<PrevalenceViewState>): string {
  return `/api/charts/${chart}${prevalenceChartSearch(chart, state)}`;
}

/**
 * The chart's image, embed and fold for this view, as its frame takes them; /embed/prevalence is the
 * share chart (its first published name). The share of cases is the page's answer and never folds;
 * each other chart starts folded unless the link set one of its own settings (not the default): that
 * chart is what the reader was sent to see.
 */
export function prevalenceChartFrame(chart: PrevalenceChart, state: Partial<PrevalenceViewState>): { imagePath: string; embed: EmbedView; fold?: FoldStart } {
  const embedName: EmbeddableChart = chart === "share-of-cases" ? "prevalence" : chart;
  const links = { imagePath: prevalenceImagePath(chart, state), embed: { chart: embedName, search: prevalenceChartSearch(chart, state) } };
  if (chart === "share-of-cases") return links;
  const linkSetsOwnSetting = PREVALENCE_CHART_STATE[chart].some(
    (key) => key !== "wording" && state[key] !== undefined && JSON.stringify(state[key]) !== JSON.stringify(PREVALENCE_DEFAULTS[key]),
  );
  return { ...links, fold: linkSetsOwnSetting ? "open" : "closed" };
}
