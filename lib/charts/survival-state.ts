/** The /survival page's chart state in the URL (read with the shared readers in url-state). */

import { STAGES, type Stage, SURVIVAL_MEASURES, type SurvivalMeasure } from "../datasets/survival-dimensions";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS, type SubtypeCategoryId, type SubtypeId } from "../subtypes";
import { type PageViewState, pageSearch, parsePageState, pickList, pickOne, type SearchParams } from "./url-state";

export interface SurvivalViewState extends PageViewState {
  measure: SurvivalMeasure;
  /** null: every stage the measure has. */
  stage: Exclude<Stage, "stage-iv"> | null;
  subtypes: SubtypeCategoryId[];
  compare: [SubtypeId, SubtypeId];
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
  return parsePageState(params, SURVIVAL_DEFAULTS, (notices) => {
    const stage = pickOne(params, "stage", [...PAGE_STAGES, "every"] as const, "every", notices);
    return {
      measure: pickOne(params, "measure", SURVIVAL_MEASURES, SURVIVAL_DEFAULTS.measure, notices),
      stage: stage === "every" ? null : stage,
      subtypes: pickList(params, "subtypes", SUBTYPE_CATEGORY_IDS, SURVIVAL_DEFAULTS.subtypes, notices),
      compare: pickList(params, "compare", SUBTYPE_IDS, SURVIVAL_DEFAULTS.compare, notices, 2) as [SubtypeId, SubtypeId],
    };
  });
}

/** The query string for a state, leaving defaults out so shared links stay short ("every stage" is the absent one). */
export function survivalSearch(state: SurvivalViewState): string {
  return pageSearch(state, SURVIVAL_DEFAULTS);
}

/** The survival chart's image (without extension) for a state: the table/chart switch does not change the picture. */
export function survivalImagePath(state: SurvivalViewState): string {
  return `/api/charts/survival${survivalSearch({ ...state, view: "chart" })}`;
}
