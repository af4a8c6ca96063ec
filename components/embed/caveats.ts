import type { EmbeddableChart } from "@/lib/embed";

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

/** The embeds that do not draw population figures; every other embed does. */
const OTHER_FIGURES: Partial<Record<EmbeddableChart, EmbedCaveat>> = {
  testing: EMBED_CAVEATS.guideline,
  trials: EMBED_CAVEATS.trialResults,
  treatments: EMBED_CAVEATS.approvals,
  outcomes: EMBED_CAVEATS.modelEstimate,
};

export function embedCaveat(chart: EmbeddableChart): EmbedCaveat {
  return OTHER_FIGURES[chart] ?? EMBED_CAVEATS.populationFigures;
}
