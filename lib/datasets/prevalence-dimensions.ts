/** The prevalence dataset's fixed vocabularies (design.md §3) with their display labels. */

/** SEER Combined Summary Stage at diagnosis, as SEER*Explorer breaks incidence down (unstaged included). */
export const INCIDENCE_STAGES = ["localized", "regional", "distant", "unstaged"] as const;
export type IncidenceStage = (typeof INCIDENCE_STAGES)[number];

export const PREVALENCE_MEASURES = [
  "percent-of-cases",
  "incidence-rate",
  "incidence-trend",
  "median-age-at-diagnosis",
  "her2-low-share-of-her2-negative",
] as const;
export type PrevalenceMeasure = (typeof PREVALENCE_MEASURES)[number];

export const PREVALENCE_BREAKDOWNS = ["subtype", "age", "race"] as const;
export type PrevalenceBreakdown = (typeof PREVALENCE_BREAKDOWNS)[number];

/** Race/ethnicity groups as each source names them; SEER*Explorer separates Hispanic ethnicity first. */
export const RACE_LABELS = {
  all: "All races and ethnicities",
  hispanic: "Hispanic",
  "nh-aian": "Non-Hispanic American Indian/Alaska Native",
  "nh-api": "Non-Hispanic Asian/Pacific Islander",
  "nh-black": "Non-Hispanic Black",
  "nh-white": "Non-Hispanic White",
  aian: "American Indian/Alaska Native",
  asian: "Asian",
  black: "Black",
  white: "White",
} as const;
export type RaceId = keyof typeof RACE_LABELS;
export const RACE_IDS = Object.keys(RACE_LABELS) as [RaceId, ...RaceId[]];

export const AGE_GROUPS = [
  "all",
  "<50",
  "50-64",
  "65+",
  "20-24",
  "25-29",
  "30-34",
  "35-39",
  "40-44",
  "45-49",
  "50-54",
  "55-59",
  "60-64",
  "65-69",
  "70-74",
  "75-79",
  "80-84",
  "85-89",
  "90+",
] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
