/**
 * The line under every embed that says what kind of figure it shows: out of its page, a chart must
 * not read as a personal prediction, treatment advice or a lab result.
 */
export const EMBED_CAVEATS = {
  populationFigures: "Population averages, not a personal prediction.",
  trialResults: "Results for the patients of one trial, not a personal prediction.",
  approvals: "US FDA approvals and population averages: not treatment advice, nor a personal prediction.",
  guideline: "How the ASCO/CAP guideline reads a HER2 result: the pathology report gives the result.",
  modelEstimate: "Outcomes for women like this one, on average: not a forecast for her.",
} as const;

export type EmbedCaveat = (typeof EMBED_CAVEATS)[keyof typeof EMBED_CAVEATS];
