/**
 * The wording of the ASCO/CAP report (reference her2-testing.md §2.4, §2.6): what the figures say where
 * each path ends, and the "HER2 Negative with Comment" comment of each ISH group. Quoted, not paraphrased,
 * except where the figure was not seen.
 */

import type { WorkupGroup } from "./ish";
import type { ReportCode } from "./outcomes";

/**
 * The "HER2 Negative with Comment" comments of §2.4, quoted briefly. Group 3 and 4 are the figures'
 * words (asco-cap-2018-pocket Figs 5–6); group 2 is a paraphrase, as Fig 4 was not seen (UNCONFIRMED).
 */
export const GROUP_COMMENT: Record<WorkupGroup, string> = {
  2:
    "Evidence on HER2-targeted therapy is limited when the ratio is ≥ 2.0 with fewer than 4.0 HER2 signals " +
    "per cell. Unless IHC is 3+, the tumour is considered HER2-negative because of the low copy number and " +
    "the lack of protein overexpression.",
  3:
    '"There are insufficient data on the efficacy of HER2-targeted therapy in cases with HER2 ratio <2.0 in the ' +
    "absence of protein over-expression because such patients were not eligible for the first generation of " +
    'adjuvant trastuzumab clinical trials."',
  4:
    '"It is uncertain whether patients with ≥4.0 and <6.0 average HER2 signals/cell and HER2/CEP17 ratio <2.0 ' +
    'benefit from HER2 targeted therapy in the absence of protein over expression (IHC 3+)."',
};

/** The report wording of §2.6, as on the ASCO/CAP figures (asco-cap-2018-pocket Figs 1–6). */
export const REPORT_WORDING = {
  ihc3: "IHC 3+ positive",
  ihc2: "IHC 2+ equivocal. Must order reflex test (same specimen using ISH) or order a new test (new specimen if " + "available, using IHC or ISH)",
  ihc1: "IHC 1+ negative",
  ihc0: "IHC 0 negative",
  // rakha-2026-consensus sub-labels for IHC 0 (§2.6).
  ihc0Ultralow: "IHC 0 negative, with membrane staining (ultralow)",
  ihc0Null: "IHC 0 negative, absent membrane staining (null)",
  ishPositive: "ISH positive",
  ishNegative: "ISH negative",
  her2Positive: "HER2 Positive",
  negativeWithComment: "HER2 Negative with Comment",
  reflexIhc: "IHC testing for HER2 should be performed using sections from the same tissue sample used for ISH",
  singleProbeWorkup: "Using sections from the same tissue samples used for single-probe ISH, perform IHC (if not already " + "performed) and/or dual-probe ISH",
  recount: "Observer blinded to previous results recounts ISH, counting at least 20 cells",
  adjudication: "Result should be adjudicated per internal procedures to determine final category",
  dualProbeIsh: "Perform dual-probe ISH for final result",
} as const satisfies Record<ReportCode, string>;

/**
 * The recount step is quoted from the figures for groups 3 and 4 (Figs 5–6). Group 2's figure (Fig 4)
 * was not seen, so for group 2 the step, and the wording where its path ends, are UNCONFIRMED (§2.2,
 * §2.6): a result whose path passes group 2's recount says so beside the quote. Where that path ends
 * HER2-negative, the status itself is confirmed by secondary sources (§2.3); only the step and the
 * wording follow group 4's figure (Fig 6), the one group whose recount also ends negative.
 */
export const GROUP_2_RECOUNT_CAVEAT = {
  step: "For ISH group 2 this step is not confirmed: the ASCO/CAP figure for group 2 was not seen, so it follows the figures for groups 3 and 4.",
  negative:
    "For ISH group 2 the recount step and this wording are not confirmed: the ASCO/CAP figure for group 2 was not seen, so they follow group 4's. The HER2-negative result itself is confirmed by secondary sources.",
} as const;

/** The figures these quote (asco-cap-2018-pocket). */
export const REPORT_SOURCES = ["asco-cap-2018-pocket"] as const;
