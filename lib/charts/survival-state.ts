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

/** The one measure with figures by stage. */
const STAGED_MEASURE: SurvivalMeasure = "five-year-relative";

/** Whether a measure has figures by stage (only five-year relative survival does). */
export function hasStages(measure: SurvivalMeasure): boolean {
  return measure === STAGED_MEASURE;
}

/**
 * Reads the survival page's state. A stage means the five-year relative measure, the only one with
 * figures by stage: "?stage=distant" alone shows distant-stage survival. With the other measure asked
 * for, the stage is left out (the form without JavaScript sends the stage list whatever the measure,
 * and the hint beside it says why it does not apply), so the view, its image and its file name never
 * name a stage the figures are not for.
 */
export function parseSurvivalState(params: SearchParams): { state: SurvivalViewState; notices: string[] } {
  return parsePageState(params, SURVIVAL_DEFAULTS, (notices) => {
    const stage = pickOne(params, "stage", [...PAGE_STAGES, "every"] as const, "every", notices);
    const staged = stage !== "every";
    const measure = pickOne(params, "measure", SURVIVAL_MEASURES, staged ? STAGED_MEASURE : SURVIVAL_DEFAULTS.measure, notices);
    return {
      measure,
      stage: staged && hasStages(measure) ? stage : null,
      subtypes: pickList(params, "subtypes", SUBTYPE_CATEGORY_IDS, SURVIVAL_DEFAULTS.subtypes, notices),
      compare: pickList(params, "compare", SUBTYPE_IDS, SURVIVAL_DEFAULTS.compare, notices, 2) as [SubtypeId, SubtypeId],
    };
  });
}

/** The options a survival state is read from; an image's own (size, theme) are the others. */
const STATE_OPTIONS: readonly string[] = Object.keys(SURVIVAL_DEFAULTS);

/** An image's options with a state's in place of the survival options given: as its link writes them. */
function withState(chosen: Record<string, string>, state: SurvivalViewState): Record<string, string> {
  const own = Object.entries(chosen).filter(([name]) => !STATE_OPTIONS.includes(name));
  return { ...Object.fromEntries(own), ...Object.fromEntries(new URLSearchParams(survivalSearch({ ...state, view: "chart" }))) };
}

/**
 * The survival image's options as the page reads them: a stage alone means the five-year measure, a
 * stage the measure has no figures for is left out, and a default is left out whether given or not,
 * so "survival.png?stage=distant" is named (and cached) for what it draws.
 */
export function canonicalSurvivalOptions(chosen: Record<string, string>): Record<string, string> {
  return withState(chosen, parseSurvivalState(chosen).state);
}

/** The comparison image draws the pair alone (in its wording): the chart's measure, stage and subtypes do not name it. */
export function canonicalCompareOptions(chosen: Record<string, string>): Record<string, string> {
  const { state } = parseSurvivalState(chosen);
  return withState(chosen, { ...SURVIVAL_DEFAULTS, compare: state.compare, wording: state.wording });
}

/** The query string for a state, leaving defaults out so shared links stay short ("every stage" is the absent one). */
export function survivalSearch(state: SurvivalViewState): string {
  // A stage kept from the five-year measure does not travel with the four-year one: alone in a link,
  // a stage reads as the five-year measure (parseSurvivalState).
  return pageSearch(hasStages(state.measure) ? state : { ...state, stage: null }, SURVIVAL_DEFAULTS);
}

/** The survival chart's image (without extension) for a state: the table/chart switch does not change the picture. */
export function survivalImagePath(state: SurvivalViewState): string {
  return `/api/charts/survival${survivalSearch({ ...state, view: "chart" })}`;
}
