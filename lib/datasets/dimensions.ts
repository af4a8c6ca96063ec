/**
 * The fixed vocabularies of the public API (design.md §3) with their display labels.
 * Values here are part of the contract; labels may be reworded.
 */

export const SURVIVAL_MEASURES = ["four-year-cause-specific", "five-year-relative"] as const;
export type SurvivalMeasure = (typeof SURVIVAL_MEASURES)[number];

/** What four-year breast cancer-specific survival counts: deaths from breast cancer only, so not "alive" (her2-data.md §2). */
export const FOUR_YEAR_OUTCOME = "had not died of breast cancer four years after diagnosis";

/** The reference's definition of relative survival (her2-data.md §3), in plain words. */
export const RELATIVE_SURVIVAL_COMPARISON = "compared with people of the same age, race and sex who do not have cancer";

/**
 * Each measure's label and its plain-language reading of one figure. `who` reads inside a sentence
 * ("people with triple-negative breast cancer"). Every sentence about a survival figure is built here.
 */
export const SURVIVAL_MEASURE_LABELS: Record<SurvivalMeasure, { label: string; plain: (figure: string, who: string) => string }> = {
  "four-year-cause-specific": {
    label: "4-year breast cancer-specific survival",
    plain: (figure, who) => `${figure} of ${who} ${FOUR_YEAR_OUTCOME}`,
  },
  "five-year-relative": {
    label: "5-year relative survival",
    // A ratio to the general population's survival, not the share of people alive.
    plain: (figure, who) => `${capitalise(RELATIVE_SURVIVAL_COMPARISON)}, ${who} were ${figure} as likely to live at least five years after diagnosis`,
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** SEER Combined Summary Stage, plus AJCC de novo stage IV where a source reports it. */
export const STAGES = ["all", "localized", "regional", "distant", "stage-iv"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, { label: string; plain: string }> = {
  all: { label: "All stages", plain: "all stages together" },
  localized: { label: "Localized", plain: "only in the breast" },
  regional: { label: "Regional", plain: "spread to nearby lymph nodes or tissue" },
  distant: { label: "Distant", plain: "spread to distant parts of the body" },
  "stage-iv": { label: "De novo stage IV (AJCC)", plain: "already spread to distant organs when first found" },
};

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
  "all", "<50", "50-64", "65+",
  "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59",
  "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+",
] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const UNITS = ["percent", "per-100000", "percent-per-year", "years"] as const;
export type Unit = (typeof UNITS)[number];

/** Plausible bounds per unit: a value outside them is a transcription error, not data. */
export const UNIT_RANGES: Record<Unit, { min: number; max: number }> = {
  percent: { min: 0, max: 100 },
  "per-100000": { min: 0, max: 100_000 },
  "percent-per-year": { min: -100, max: 100 },
  years: { min: 0, max: 120 },
};

/** Display an ASCII period ("2013-2019") with an en dash. */
export function formatPeriod(period: string): string {
  return period.replace("-", "–");
}

export const DRUG_CLASSES = ["monoclonal-antibody", "antibody-drug-conjugate", "tyrosine-kinase-inhibitor"] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const DRUG_CLASS_LABELS: Record<DrugClass, { label: string; plain: string }> = {
  "monoclonal-antibody": {
    label: "Monoclonal antibodies",
    plain: "Lab-made proteins that latch onto the HER2 receptor on the outside of the cancer cell, blocking its growth signal and flagging the cell for the immune system to attack.",
  },
  "antibody-drug-conjugate": {
    label: "Antibody–drug conjugates",
    plain: "A HER2 antibody with a powerful chemotherapy drug attached, which delivers that drug into cells carrying HER2. T-DXd’s drug can also spill into neighbouring cells, which helps explain why it works even when HER2 is low or ultralow.",
  },
  "tyrosine-kinase-inhibitor": {
    label: "Tyrosine kinase inhibitors",
    plain: "Small molecules taken as pills that get inside the cell and switch off the HER2 signalling machinery from within. Because they are small, some (notably tucatinib) reach tumours in the brain better than antibodies do.",
  },
};

export const HER2_POPULATIONS = ["her2-positive-early", "her2-positive-metastatic", "her2-low", "her2-ultralow"] as const;
export type Her2Population = (typeof HER2_POPULATIONS)[number];

export const HER2_POPULATION_LABELS: Record<Her2Population, string> = {
  "her2-positive-early": "HER2-positive, early stage",
  "her2-positive-metastatic": "HER2-positive, metastatic",
  "her2-low": "HER2-low",
  "her2-ultralow": "HER2-ultralow",
};
