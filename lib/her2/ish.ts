/**
 * ISH thresholds (reference her2-testing.md §2.1, §2.5). Values are compared as reported, never
 * rounded: 1.995 is below 2.0 and 3.99 is below 4.0 (§2.1, R-ROUND).
 */

export type IshGroup = 1 | 2 | 3 | 4 | 5;

/** One ISH count: HER2/CEP17 ratio and average HER2 signals per cell. */
export interface IshCount {
  ratio: number;
  copies: number;
}

// asco-cap-2018-pocket Fig 3: all three cut-offs are inclusive (≥).
export const RATIO_AMPLIFIED = 2.0;
export const COPIES_AMPLIFIED = 4.0;
export const COPIES_HIGH = 6.0;

/** Dual-probe group 1–5, asco-cap-2018-pocket Fig 3 (four sources agree, §2.1). */
export function dualProbeGroup({ ratio, copies }: IshCount): IshGroup {
  if (ratio >= RATIO_AMPLIFIED) return copies >= COPIES_AMPLIFIED ? 1 : 2;
  if (copies >= COPIES_HIGH) return 3;
  return copies >= COPIES_AMPLIFIED ? 4 : 5;
}

/** Groups 2–4 need concurrent IHC and, with IHC 2+, a blinded recount (§2.2, asco-cap-2018-pocket Figs 3–6). */
export type WorkupGroup = 2 | 3 | 4;
export const WORKUP_GROUPS: readonly WorkupGroup[] = [2, 3, 4];

export function isWorkupGroup(group: IshGroup): group is WorkupGroup {
  return (WORKUP_GROUPS as readonly IshGroup[]).includes(group);
}

export type SingleProbeBand = "amplified" | "borderline" | "not-amplified";

/** Single-probe bands, asco-cap-2018-pocket Fig 2: ≥ 6.0 positive, < 4.0 negative, between needs more work. */
export function singleProbeBand(copies: number): SingleProbeBand {
  if (copies >= COPIES_HIGH) return "amplified";
  return copies >= COPIES_AMPLIFIED ? "borderline" : "not-amplified";
}
