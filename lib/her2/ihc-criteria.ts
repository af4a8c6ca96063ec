/**
 * The stepper's answer texts: each IHC score's criterion in plain words (asco-cap-2018-pocket
 * Fig 1, reference her2-testing.md §1.1) and the two halves of IHC 0 (§1.2, rakha-2026-consensus).
 * Plain-language paraphrases; the guideline's own wording is quoted in the reference.
 */

export const IHC_SCORES = ["3+", "2+", "1+", "0"] as const;
export type IhcScoreText = (typeof IHC_SCORES)[number];

export const IHC_CRITERIA: Record<IhcScoreText, string> = {
  "3+": "A strong, complete rim of staining around more than 10% of the cancer cells.",
  // §1.1 note: unusual staining patterns "should be considered IHC 2+ equivocal".
  "2+": "A weak to moderate complete rim in more than 10% of the cancer cells (unusual patterns count as 2+ too).",
  "1+": "A faint, barely visible, partial rim in more than 10% of the cancer cells.",
  "0": "No staining, or a faint, partial rim in 10% of the cancer cells or fewer.",
};

export const ULTRALOW_ANSWERS = ["true", "false", ""] as const;
export type UltralowAnswer = (typeof ULTRALOW_ANSWERS)[number];

export const ULTRALOW_CHOICES: Record<UltralowAnswer, string> = {
  true: "Yes: a faint, partial rim in up to 1 in 10 cancer cells (HER2-ultralow)",
  false: "No: no staining at all (HER2-null)",
  "": "Not recorded",
};
