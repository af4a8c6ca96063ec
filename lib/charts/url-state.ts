/**
 * Chart state in the URL, so every view can be shared and embedded. Invalid values never fail:
 * they fall back to the default and produce a notice the page shows.
 */
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS, type SubtypeCategoryId, type SubtypeId } from "../subtypes";
import { STAGES, SURVIVAL_MEASURES, type Stage, type SurvivalMeasure } from "../datasets/dimensions";
import { WORDINGS, type Wording } from "./wording";

export type SearchParams = Record<string, string | string[] | undefined>;

export const VIEWS = ["chart", "table"] as const;
export type View = (typeof VIEWS)[number];

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

/** Reads one parameter; a repeated or unknown value yields the fallback plus a notice. Shared by every page's URL state. */
export function pickOne<T extends string>(params: SearchParams, name: string, allowed: readonly T[], fallback: T, notices: string[]): T {
  const raw = params[name];
  if (raw === undefined) return fallback;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!Array.isArray(raw) && value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  notices.push(`The link's “${name}” setting was not recognised, so the default is shown.`);
  return fallback;
}

export function pickList<T extends string>(params: SearchParams, name: string, allowed: readonly T[], fallback: T[], notices: string[], length?: number): T[] {
  const raw = params[name];
  if (raw === undefined) return fallback;
  const values = (Array.isArray(raw) ? raw.join(",") : raw).split(",").map((v) => v.trim());
  const valid = values.every((v) => (allowed as readonly string[]).includes(v)) && new Set(values).size === values.length;
  if (valid && (length === undefined ? values.length > 0 : values.length === length)) return values as T[];
  notices.push(`The link's “${name}” setting was not recognised, so the default is shown.`);
  return fallback;
}

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
