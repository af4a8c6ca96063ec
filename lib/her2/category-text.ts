/**
 * The text a final result carries (reference her2-testing.md §5 plain language, §3.5 clinical meaning,
 * shown cautiously, never as advice): HER2-positive, HER2-negative and each negative sub-group.
 * Short quotes keep their source's spelling; everything else is our plain-language paraphrase.
 */

import type { IshGroup } from "./ish";
import type { Her2Category } from "./outcomes";

export interface OutcomeText {
  label: string;
  plain: string;
  clinical: string;
  /** The data/sources.json ids its clinical text quotes or rests on. */
  sources: readonly string[];
}

/** Shown with every HER2-negative result, before its sub-group (§5; §3.5 citing asco-cap-2018-jop-summary). */
export const HER2_NEGATIVE_TEXT: Omit<OutcomeText, "label"> = {
  sources: ["asco-cap-2018-jop-summary"],
  plain: "HER2-negative. The cancer does not have the large excess of HER2 that classic HER2 medicines need, so " + "those medicines are not expected to help.",
  clinical:
    'HER2-negative: the classic HER2-blocking antibodies are not expected to help. NRG/NSABP B-47 "confirmed ' +
    "the lack of benefit from adjuvant trastuzumab for patients whose tumors lack gene amplification and are " +
    'IHC 1+ or 2+".',
};

/** §5 "Negative with comment" (groups 2–4, asco-cap-2018-pocket Figs 5–6). */
export const NEGATIVE_WITH_COMMENT_TEXT = "The report adds a note explaining that the gene test looked unusual and why it still counts as negative.";

// The fda-2025-her2ultralow indication's words (her2-therapies.md row 16), for HER2-low and -ultralow.
const AFTER_ENDOCRINE = "progressed on one or more endocrine therapies in the metastatic setting";

/**
 * §1.2: the two halves of the 2018 IHC 0 definition (asco-cap-2018-pocket Fig 1, §1.1): ultralow is
 * "Membrane staining that is incomplete and is faint/barely perceptible and within ≤10% of tumor cells"
 * (rakha-2026-consensus: ">0% to ≤10%"), null is "No staining is observed". Each reads after "IHC 0",
 * so a label can tell the two IHC 0 results apart.
 */
export const IHC_ZERO_STAINING = {
  ultralow: "with faint, incomplete membrane staining in >0% to ≤10% of tumour cells",
  null: "with no staining observed",
} as const;

/** §1.2: the ultralow rule (rakha-2026-consensus), the second half of the 2018 IHC 0 definition. */
export const ULTRALOW_RULE = `IHC 0 ${IHC_ZERO_STAINING.ultralow}`;

/** Who can say whether an IHC 0 had faint staining: the answer is on the report, or with its author. */
const ASK_PATHOLOGY = "The pathology report, or the pathologist, can say whether faint staining was seen.";

// §3.5: fda-2022-her2low (DESTINY-Breast04, modi-2022-db04) and fda-2025-her2ultralow (DESTINY-Breast06).
const HER2_LOW_OPTION = "If the cancer has spread, this can make a newer medicine, trastuzumab deruxtecan, an option in certain situations.";
const HER2_LOW_TREATMENT =
  "Unresectable or metastatic disease: trastuzumab deruxtecan after a prior chemotherapy in the metastatic " +
  "setting, or recurrence during or within 6 months of completing adjuvant chemotherapy (DESTINY-Breast04). " +
  `For HR-positive disease that ${AFTER_ENDOCRINE}, also before chemotherapy in that setting (DESTINY-Breast06, FDA 2025). ` +
  "Eligibility needs an FDA-approved test.";
const HER2_LOW_SOURCES = ["fda-2022-her2low", "modi-2022-db04", "fda-2025-her2ultralow", "bardia-2024-db06"] as const;

export const CATEGORY_TEXT: Record<Her2Category, OutcomeText> = {
  // §5; §3.5 (precisionmedicineonline.com, perjeta-label). Which T-DXd indications apply moved fast
  // (her2-therapies.md rows 13–19, up to 2026), so the card names the latest approvals from the
  // therapies dataset instead of restating a label here.
  "her2-positive": {
    label: "HER2-positive",
    plain:
      "HER2-positive. The cancer cells carry far more HER2 than normal. Medicines aimed at HER2, such as " +
      "trastuzumab, are usually part of treatment. Your care team will say which ones suit your situation.",
    clinical:
      "HER2-targeted medicines are generally part of treatment; trastuzumab is the classic one. Pertuzumab is " +
      "labelled with trastuzumab and docetaxel for HER2-positive metastatic disease without prior anti-HER2 " +
      "therapy or chemotherapy for metastatic disease. Which medicines apply, and in what order, depends on " +
      "stage and earlier treatment, and the approvals keep changing.",
    sources: ["perjeta-label"],
  },
  // §1.3, §5; §3.5 fda-2022-her2low, fda-2025-her2ultralow, modi-2022-db04.
  "her2-low": {
    label: "HER2-low",
    plain: `HER2-low: some HER2 protein is present (IHC 1+, or 2+ without extra gene copies). ${HER2_LOW_OPTION}`,
    clinical: `HER2-low (IHC 1+ or IHC 2+/ISH-). ${HER2_LOW_TREATMENT}`,
    sources: HER2_LOW_SOURCES,
  },
  // §1.2, §5; §3.5 fda-2025-her2ultralow, rakha-2026-consensus. That pathologists differ on this call
  // (§1.2) is said by IHC_CALL_CAUTION (ihc-caution.ts), for every result that rests on it.
  "her2-ultralow": {
    label: "HER2-ultralow",
    plain:
      "HER2-ultralow: the IHC score is 0, but up to 1 in 10 cancer cells show a very faint, partial HER2 rim. " +
      "For some people whose hormone-receptor-positive cancer has spread and grown despite at least one hormone " +
      "(endocrine) therapy, this can open the same newer option.",
    clinical:
      `HER2-ultralow (${ULTRALOW_RULE}). HR-positive, unresectable or metastatic disease that ${AFTER_ENDOCRINE}: ` +
      "trastuzumab deruxtecan (FDA, 27 January 2025), with an FDA-approved test. In DESTINY-Breast06 the benefit " +
      "for ultralow came from an exploratory analysis.",
    sources: ["rakha-2026-consensus", "fda-2025-her2ultralow", "bardia-2024-db06"],
  },
  // §1.2, §5; §3.5 DERIVED from the FDA wording.
  "her2-null": {
    label: "HER2-null",
    plain: "HER2-null: no HER2 staining at all was seen. The newer HER2-low and -ultralow approvals do not cover this " + "group, though research continues.",
    clinical:
      "HER2-null (IHC 0, absent membrane staining): not covered by the HER2-low or HER2-ultralow approvals. " +
      "Trials that include HER2-null tumours are under way.",
    sources: ["rakha-2026-consensus", "fda-2022-her2low", "fda-2025-her2ultralow"],
  },
  // DERIVED: the two halves of the 2018 IHC 0 definition are ultralow and null (§1.2), and only ultralow
  // has an approval (her2-therapies.md row 16 and caveat 6), so the answer depends on the unrecorded half.
  "her2-zero-unspecified": {
    label: "HER2-negative, IHC 0",
    plain:
      "IHC 0: the report does not say whether a very faint, partial rim was seen in up to 1 in 10 cancer cells " +
      "(HER2-ultralow) or no staining at all (HER2-null). Whether an approved HER2 medicine covers this result " +
      "depends on that: ultralow is covered by a trastuzumab deruxtecan approval for hormone-receptor-positive " +
      "cancer that has spread and grown despite at least one hormone (endocrine) therapy; null is not. " +
      ASK_PATHOLOGY,
    clinical:
      `IHC 0, not split into ultralow (${ULTRALOW_RULE}) and null (absent membrane staining). Approval coverage ` +
      "depends on which: HER2-ultralow is covered by trastuzumab deruxtecan for HR-positive, unresectable or " +
      `metastatic disease that ${AFTER_ENDOCRINE} (FDA 2025); HER2-null is not covered by the HER2-low or ` +
      "HER2-ultralow approvals.",
    sources: ["rakha-2026-consensus", "fda-2022-her2low", "fda-2025-her2ultralow"],
  },
  // R-SUB, DERIVED: the sub-groups are defined by the IHC score, so ISH alone cannot give one.
  "ihc-unknown": {
    label: "HER2-negative, IHC not done",
    plain:
      "The gene test alone cannot tell whether the cancer is HER2-low, ultralow or null: that needs the protein " +
      "test (IHC). If the cancer has spread, it can matter for a newer medicine.",
    clinical: "ISH-negative without an IHC score. HER2-low, -ultralow and -null are defined by IHC, so IHC is needed " + "to tell them apart.",
    sources: [],
  },
};

/**
 * §1.3, DERIVED and shown with a caveat: IHC 2+ that ends HER2-negative through ISH group 2 (a high ratio)
 * or group 4 (4 to < 6 copies) after the blinded recount is "IHC 2+/ISH-", so HER2-low; no source states
 * this case. Such a gene count may have extra copies, so "2+ without extra gene copies" would be wrong.
 */
export const HER2_LOW_AFTER_WORKUP_TEXT: OutcomeText = {
  label: CATEGORY_TEXT["her2-low"].label,
  plain:
    "HER2-low: some HER2 protein is present (IHC 2+), and the gene test is not amplified by the guideline's " +
    `definition. ${HER2_LOW_OPTION} The gene count fell in an unusual group, so calling this HER2-low rests on ` +
    "the protein test (IHC) result.",
  clinical:
    `HER2-low (IHC 2+, ISH not amplified by the ASCO/CAP 2018 definition). ${HER2_LOW_TREATMENT} Caveat: ` +
    "HER2-low after ISH group 2 or 4 rests on the IHC 2+ result; the labels define HER2-low as IHC 1+ or " +
    "IHC 2+/ISH-, and no source names this case.",
  sources: HER2_LOW_SOURCES,
};

/**
 * The text a final result carries. A recount happens only with IHC 2+ and groups 2–4 (§3.4 rule 7), and
 * only groups 2 and 4 end negative after it, so a negative result with a recount group is that case.
 */
export function categoryTextFor(result: { category: Her2Category; recountGroup: IshGroup | null }): OutcomeText {
  return result.category === "her2-low" && result.recountGroup !== null ? HER2_LOW_AFTER_WORKUP_TEXT : CATEGORY_TEXT[result.category];
}

/** What the result card says about approvals where the therapies dataset has none for the result itself. */
export const COVERAGE_TEXT = {
  none: "No HER2-targeted drug approval in our list covers this result.",
  // DERIVED (§1.2; her2-therapies.md row 16 and caveat 6): an IHC 0 not split is ultralow (covered) or null (not).
  ihcZeroUnsplit: "It depends on whether faint staining was seen, which this result does not record; the pathology report, or " + "the pathologist, can say.",
  ifUltralow: `If it was (HER2-ultralow: ${ULTRALOW_RULE}), for HR-positive, unresectable or metastatic disease that ${AFTER_ENDOCRINE}:`,
  ifNull: "If no staining was seen at all (HER2-null), no HER2-targeted drug approval in our list covers it.",
} as const;

// §2.3 note, UNCONFIRMED handling (R-DISC): IHC 3+ is positive on its own; the disagreement is flagged.
export const DISCORDANT_TEXT = {
  plain:
    "The protein test was clearly positive but the gene test found no extra copies. The result counts as " +
    "HER2-positive, and a pathologist reviews the disagreement.",
  clinical: "IHC 3+ with ISH group 5: reported positive (IHC 3+), flagged for pathologist review of the discordance.",
} as const;
