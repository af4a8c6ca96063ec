/**
 * The treatments page's state in the URL, so every view can be shared. The filter names and values
 * are those of /api/therapies, so the page's download links are its own query. Invalid values never
 * fail: they fall back to the default and produce a notice the page shows.
 */
import { DRUG_CLASSES, type DrugClass, HER2_POPULATIONS, type Her2Population } from "../datasets/therapy-dimensions";
import { pickList, pickOne, type SearchParams, VIEWS, type View } from "./url-state";
import { WORDINGS, type Wording } from "./wording";

export interface TreatmentsViewState {
  /** Lanes drawn, in the fixed class order. */
  classes: DrugClass[];
  /** An approval is shown when it covers any of these populations (as the API's filter). */
  populations: Her2Population[];
  wording: Wording;
  view: View;
}

export const TREATMENTS_DEFAULTS: TreatmentsViewState = {
  classes: [...DRUG_CLASSES],
  populations: [...HER2_POPULATIONS],
  wording: "plain",
  view: "chart",
};

export function parseTreatmentsState(params: SearchParams): { state: TreatmentsViewState; notices: string[] } {
  const notices: string[] = [];
  const state: TreatmentsViewState = {
    classes: inOrder(DRUG_CLASSES, pickList(params, "class", DRUG_CLASSES, TREATMENTS_DEFAULTS.classes, notices)),
    populations: inOrder(HER2_POPULATIONS, pickList(params, "population", HER2_POPULATIONS, TREATMENTS_DEFAULTS.populations, notices)),
    wording: pickOne(params, "wording", WORDINGS, TREATMENTS_DEFAULTS.wording, notices),
    view: pickOne(params, "view", VIEWS, TREATMENTS_DEFAULTS.view, notices),
  };
  return { state, notices: [...new Set(notices)] };
}

/** Selections are kept in the vocabulary's order, so one view has one URL. */
function inOrder<T extends string>(order: readonly T[], selected: readonly T[]): T[] {
  return order.filter((value) => selected.includes(value));
}

/** The filters that differ from "everything", as /api/therapies parameters (no wording, no view). */
function filterParams(state: TreatmentsViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.classes.length < DRUG_CLASSES.length) params.set("class", state.classes.join(","));
  if (state.populations.length < HER2_POPULATIONS.length) params.set("population", state.populations.join(","));
  return params;
}

/** The page's query string for a state, leaving defaults out so shared links stay short. */
export function treatmentsSearch(state: TreatmentsViewState): string {
  const params = filterParams(state);
  if (state.wording !== TREATMENTS_DEFAULTS.wording) params.set("wording", state.wording);
  if (state.view !== TREATMENTS_DEFAULTS.view) params.set("view", state.view);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The API address of exactly the approvals the view shows, for the CSV and JSON downloads. */
export function treatmentsApiPath(state: TreatmentsViewState): string {
  const text = filterParams(state).toString();
  return text ? `/api/therapies?${text}` : "/api/therapies";
}

/** The timeline's image (without extension): the filters only, since the image's marks carry no tooltips to reword. */
export function treatmentsImagePath(state: TreatmentsViewState): string {
  const text = filterParams(state).toString();
  return `/api/charts/treatments${text ? `?${text}` : ""}`;
}
