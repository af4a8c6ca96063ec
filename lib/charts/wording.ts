/** "Plain language / details": the same numbers, worded for patients or for researchers. */
export const WORDINGS = ["plain", "details"] as const;
export type Wording = (typeof WORDINGS)[number];
