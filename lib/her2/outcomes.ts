/** Where a HER2 result can end, as codes: the categories, the next steps a pending result waits for, and flags. Words live apart (category-text.ts, text.ts). */

export const HER2_CATEGORIES = ["her2-positive", "her2-low", "her2-ultralow", "her2-null", "her2-zero-unspecified", "ihc-unknown"] as const;
export type Her2Category = (typeof HER2_CATEGORIES)[number];
export type NegativeCategory = Exclude<Her2Category, "her2-positive">;

export const NEXT_STEPS = ["reflex-ish", "reflex-ihc", "recount", "adjudication", "dual-probe-ish"] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

export type Her2Flag = "discordant-ihc3-ish5";

/** The wordings of the ASCO/CAP figures a report can take (§2.6); the words are in report-wording.ts. */
export const REPORT_CODES = [
  "ihc3",
  "ihc2",
  "ihc1",
  "ihc0",
  "ihc0Ultralow",
  "ihc0Null",
  "ishPositive",
  "ishNegative",
  "her2Positive",
  "negativeWithComment",
  "reflexIhc",
  "singleProbeWorkup",
  "recount",
  "adjudication",
  "dualProbeIsh",
] as const;
export type ReportCode = (typeof REPORT_CODES)[number];
