/**
 * What each stage means, said once: /survival and /treatments explain the two systems with these
 * words (components/survival/StagesExplained) and the glossary defines its stage entries with them.
 * Strictly what the sources support (her2-data.md §3 for NCI's SEER stage definitions, §2 and §6
 * caveat 2 for AJCC stage and "de novo"): the AJCC rules themselves are not restated.
 */

/** AJCC stage, the system of the four-year figures (howlader-2018-cebp). */
export const AJCC_STAGE_TEXT = {
  stageIv: "The cancer has spread (metastasized) to distant parts of the body: metastatic breast cancer.",
  stagesOneToThree:
    "The earlier stages, before the cancer has spread to distant parts of the body. Which of the three a cancer is follows the AJCC " +
    "staging rules, which are set out in the AJCC system itself and are not restated here.",
  deNovo:
    "Stage IV at the time of first diagnosis (“de novo”: from the start), as opposed to cancer that spreads or comes back after an " + "earlier diagnosis.",
} as const;

/** NCI's own words for the three SEER Combined Summary Stage groups (seer-statfacts-subtypes-2023). */
export const SEER_STAGE_QUOTES = {
  localized: "found only in the breast tissue and has not spread to nearby lymph nodes or other parts of the body",
  regional: "spread beyond the breast tissue to nearby lymph nodes or organs",
  distant: "spread, or metastasized … sometimes referred to as stage 4 or metastatic breast cancer",
} as const;

/** The one sentence on why the two systems are never read as one (her2-data.md §6 caveat 2). */
export const TWO_STAGE_SYSTEMS =
  "Two different staging systems appear in these figures. They sound alike but group cancers by different rules, so a figure for one " +
  "cannot be read as a figure for the other.";
