/**
 * The treatments page's state in the URL, so every view can be shared. The filter names and values
 * are those of /api/therapies, so the page's download links are its own query. Invalid values never
 * fail: they fall back to the default and produce a notice the page shows.
 */
import { DRUG_CLASSES, type DrugClass, HER2_POPULATIONS, type Her2Population } from "../datasets/therapy-dimensions";
import { type PageViewState, pageSearch, parsePageState, pickList, type SearchParams } from "./url-state";

export interface TreatmentsViewState extends PageViewState {
  /** Lanes drawn, in the fixed class order. */
  classes: DrugClass[];
  /** An approval is shown when it covers any of these populations (as the API's filter). */
  populations: Her2Population[];
}

export const TREATMENTS_DEFAULTS: TreatmentsViewState = {
  classes: [...DRUG_CLASSES],
  populations: [...HER2_POPULATIONS],
  wording: "plain",
  view: "chart",
};

export function parseTreatmentsState(params: SearchParams): { state: TreatmentsViewState; notices: string[] } {
  return parsePageState(params, TREATMENTS_DEFAULTS, (notices) => ({
    classes: inOrder(DRUG_CLASSES, pickList(params, "class", DRUG_CLASSES, TREATMENTS_DEFAULTS.classes, notices)),
    populations: inOrder(HER2_POPULATIONS, pickList(params, "population", HER2_POPULATIONS, TREATMENTS_DEFAULTS.populations, notices)),
  }));
}

/** Selections are kept in the vocabulary's order, so one view has one URL. */
function inOrder<T extends string>(order: readonly T[], selected: readonly T[]): T[] {
  return order.filter((value) => selected.includes(value));
}

/** The page's query string for a state, leaving defaults out so shared links stay short; the filters take the API's names. */
export function treatmentsSearch(state: TreatmentsViewState): string {
  return pageSearch(state, TREATMENTS_DEFAULTS, { classes: "class", populations: "population" });
}

/** The filters that differ from "everything", as /api/therapies parameters (no wording, no view). */
function filterSearch(state: TreatmentsViewState): string {
  return treatmentsSearch({ ...state, wording: TREATMENTS_DEFAULTS.wording, view: TREATMENTS_DEFAULTS.view });
}

/** The API address of exactly the approvals the view shows, for the CSV and JSON downloads. */
export function treatmentsApiPath(state: TreatmentsViewState): string {
  return `/api/therapies${filterSearch(state)}`;
}

/** The timeline's image (without extension): the filters only, since the image's marks carry no tooltips to reword. */
export function treatmentsImagePath(state: TreatmentsViewState): string {
  return `/api/charts/treatments${filterSearch(state)}`;
}
