/** The survival dataset's fixed vocabularies (design.md §3) with their display labels. */

export const SURVIVAL_MEASURES = ["four-year-cause-specific", "five-year-relative"] as const;
export type SurvivalMeasure = (typeof SURVIVAL_MEASURES)[number];

/** What four-year breast cancer-specific survival counts: deaths from breast cancer only, so not "alive" (her2-data.md §2). */
export const FOUR_YEAR_OUTCOME = "had not died of breast cancer four years after diagnosis";

/** The reference's definition of relative survival (her2-data.md §3), in plain words. */
/** Whom relative survival compares with (the measure's definition), for sentences that name them. */
export const RELATIVE_SURVIVAL_PEERS = "of the same age, race and sex who do not have cancer";
export const RELATIVE_SURVIVAL_COMPARISON = `compared with people ${RELATIVE_SURVIVAL_PEERS}`;

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
  // NCI: "spread beyond the breast tissue to nearby lymph nodes or organs" (SEER_STAGE_QUOTES).
  regional: { label: "Regional", plain: "spread to nearby lymph nodes or organs" },
  distant: { label: "Distant", plain: "spread to distant parts of the body" },
  "stage-iv": { label: "De novo stage IV (AJCC)", plain: "already spread to distant organs when first found" },
};
