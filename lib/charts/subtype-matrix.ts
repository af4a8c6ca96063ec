/**
 * How HR and HER2 status combine into the four subtypes, as a 2×2 grid: HR status down, HER2 status
 * across, HER2-positive first because it is this atlas's subject. Each cell carries its share of cases.
 */
import type { PrevalenceRow } from "../datasets/schemas";
import { SUBTYPE_IDS, SUBTYPES, type SubtypeId } from "../subtypes";

const MATRIX_HR = ["positive", "negative"] as const;
export const MATRIX_HER2 = ["positive", "negative"] as const;
export type Status = (typeof MATRIX_HR)[number];

export interface MatrixCell {
  hr: Status;
  her2: Status;
  subtype: SubtypeId;
  /** The subtype's share of all new cases, or null where no share row is given. */
  share: PrevalenceRow | null;
}

export function subtypeFor(hr: Status, her2: Status): SubtypeId {
  const id = SUBTYPE_IDS.find((s) => SUBTYPES[s].hr === hr && SUBTYPES[s].her2 === her2);
  if (!id) throw new Error(`No subtype is HR-${hr} and HER2-${her2}`);
  return id;
}

export function subtypeMatrix(shares: readonly PrevalenceRow[]): { hr: Status; cells: MatrixCell[] }[] {
  return MATRIX_HR.map((hr) => ({
    hr,
    cells: MATRIX_HER2.map((her2) => {
      const subtype = subtypeFor(hr, her2);
      return { hr, her2, subtype, share: shares.find((row) => row.subtype === subtype) ?? null };
    }),
  }));
}
