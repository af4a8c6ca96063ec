/** Every glossary term /outcomes can use in its prose (lede, prompt, form hints, limits): linked where first used. */
export const OUTCOME_TERMS = [
  "early-breast-cancer",
  "her2-positive",
  "er",
  "pr",
  "ihc",
  "ish",
  "amplification",
  "her2-low",
  "her2-ultralow",
  "her2-negative",
  "endocrine-therapy",
  "metastatic",
  "t-dm1",
  "t-dxd",
  "her2-targeted",
] as const;
