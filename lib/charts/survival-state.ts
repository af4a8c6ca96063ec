/** The /survival page's chart state in the URL (read with the shared readers in url-state). */

import { STAGES, type Stage, SURVIVAL_MEASURES, type SurvivalMeasure } from "../datasets/survival-dimensions";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS, type SubtypeCategoryId, type SubtypeId } from "../subtypes";
import { pickList, pickOne, type SearchParams, VIEWS, type View } from "./url-state";
import { WORDINGS, type Wording } from "./wording";

export interface SurvivalViewState {
  measure: SurvivalMeasure;
  /** null: every stage the measure has. */
  stage: Exclude<Stage, "stage-iv"> | null;
  subtypes: SubtypeCategoryId[];
  compare: [SubtypeId, SubtypeId];
  wording: Wording;
  view: View;
}

export const SURVIVAL_DEFAULTS: SurvivalViewState = {
  measure: "four-year-cause-specific",
  stage: null,
  subtypes: [...SUBTYPE_CATEGORY_IDS],
  compare: ["hr-neg-her2-pos", "hr-neg-her2-neg"],
  wording: "plain",
  view: "chart",
};

const PAGE_STAGES = STAGES.filter((s): s is Exclude<Stage, "stage-iv"> => s !== "stage-iv");

export function parseSurvivalState(params: SearchParams): { state: SurvivalViewState; notices: string[] } {
  const notices: string[] = [];
  const stage = pickOne(params, "stage", [...PAGE_STAGES, "every"] as const, "every", notices);
  const state: SurvivalViewState = {
    measure: pickOne(params, "measure", SURVIVAL_MEASURES, SURVIVAL_DEFAULTS.measure, notices),
    stage: stage === "every" ? null : stage,
    subtypes: pickList(params, "subtypes", SUBTYPE_CATEGORY_IDS, SURVIVAL_DEFAULTS.subtypes, notices),
    compare: pickList(params, "compare", SUBTYPE_IDS, SURVIVAL_DEFAULTS.compare, notices, 2) as [SubtypeId, SubtypeId],
    wording: pickOne(params, "wording", WORDINGS, SURVIVAL_DEFAULTS.wording, notices),
    view: pickOne(params, "view", VIEWS, SURVIVAL_DEFAULTS.view, notices),
  };
  return { state, notices: [...new Set(notices)] };
}

/** The query string for a state, leaving defaults out so shared links stay short. */
export function survivalSearch(state: SurvivalViewState): string {
  const params = new URLSearchParams();
  if (state.measure !== SURVIVAL_DEFAULTS.measure) params.set("measure", state.measure);
  if (state.stage !== null) params.set("stage", state.stage);
  if (state.subtypes.join(",") !== SURVIVAL_DEFAULTS.subtypes.join(",")) params.set("subtypes", state.subtypes.join(","));
  if (state.compare.join(",") !== SURVIVAL_DEFAULTS.compare.join(",")) params.set("compare", state.compare.join(","));
  if (state.wording !== SURVIVAL_DEFAULTS.wording) params.set("wording", state.wording);
  if (state.view !== SURVIVAL_DEFAULTS.view) params.set("view", state.view);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The survival chart's image (without extension) for a state: the table/chart switch does not change the picture. */
export function survivalImagePath(state: SurvivalViewState): string {
  return `/api/charts/survival${survivalSearch({ ...state, view: "chart" })}`;
}
