/**
 * The trials page's state in the URL (`/trials?endpoint=cleopatra-pfs`), so every curve can be
 * shared. An unknown endpoint falls back to the default with a notice, like every page's settings.
 * Client-safe: the endpoint ids come in from the server (lib/trials/data reads the data files).
 */
import { type PageViewState, pageSearch, parsePageState, pickOne, type SearchParams } from "./url-state";

export interface TrialViewState extends PageViewState {
  endpoint: string;
}

export const DEFAULT_ENDPOINT = "cleopatra-os";
export const TRIAL_DEFAULTS: TrialViewState = { endpoint: DEFAULT_ENDPOINT, wording: "plain", view: "chart" };

export function parseTrialState(params: SearchParams, endpointIds: readonly string[]): { state: TrialViewState; notices: string[] } {
  return parsePageState(params, TRIAL_DEFAULTS, (notices) => ({ endpoint: pickOne(params, "endpoint", endpointIds, DEFAULT_ENDPOINT, notices) }));
}

/** The page's query string, defaults left out. */
export function trialSearch(state: TrialViewState): string {
  return pageSearch(state, TRIAL_DEFAULTS, { endpoint: "endpoint" });
}

/** The chart's image (without extension): the endpoint alone, since the image carries no wording of its own. */
export function trialImagePath(state: TrialViewState): string {
  return `/api/charts/trials${trialSearch({ ...state, wording: TRIAL_DEFAULTS.wording, view: TRIAL_DEFAULTS.view })}`;
}
