/**
 * The text a final result carries (reference her2-testing.md §5 plain language, §3.5 clinical meaning,
 * shown cautiously, never as advice): HER2-positive, HER2-negative and each negative sub-group.
 * Short quotes keep their source's spelling; everything else is our plain-language paraphrase.
 */

import type { Her2Category } from "./classify";

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
  plain:
    "HER2-negative. The cancer does not have the large excess of HER2 that classic HER2 medicines need, so " +
    "those medicines are not expected to help.",
  clinical:
    "HER2-negative: the classic HER2-blocking antibodies are not expected to help. NRG/NSABP B-47 \"confirmed " +
    "the lack of benefit from adjuvant trastuzumab for patients whose tumors lack gene amplification and are " +
    'IHC 1+ or 2+".',
};

/** §5 "Negative with comment" (groups 2–4, asco-cap-2018-pocket Figs 5–6). */
export const NEGATIVE_WITH_COMMENT_TEXT =
  "The report adds a note explaining that the gene test looked unusual and why it still counts as negative.";

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
    plain:
      "HER2-low: some HER2 protein is present (IHC 1+, or 2+ without extra gene copies). If the cancer has " +
      "spread, this can make a newer medicine, trastuzumab deruxtecan, an option in certain situations.",
    clinical:
      "HER2-low (IHC 1+ or IHC 2+/ISH-). Unresectable or metastatic disease: trastuzumab deruxtecan after a " +
      "prior chemotherapy in the metastatic setting, or recurrence during or within 6 months of completing " +
      "adjuvant chemotherapy (DESTINY-Breast04). For HR-positive disease, also after one or more endocrine " +
      "therapies in the metastatic setting (DESTINY-Breast06, FDA 2025). Eligibility needs an FDA-approved test.",
    sources: ["fda-2022-her2low", "modi-2022-db04", "fda-2025-her2ultralow", "bardia-2024-db06"],
  },
  // §1.2, §5; §3.5 fda-2025-her2ultralow, rakha-2026-consensus; κ 0.230 among 36 pathologists (§1.2).
  "her2-ultralow": {
    label: "HER2-ultralow",
    plain:
      "HER2-ultralow: the IHC score is 0, but up to 1 in 10 cancer cells show a very faint, partial HER2 rim. " +
      "For some people whose hormone-receptor-positive cancer has spread, this can open the same newer option. " +
      "Pathologists do not always agree on this call.",
    clinical:
      "HER2-ultralow (IHC 0 with membrane staining: faint, incomplete staining in >0% to ≤10% of tumour cells). " +
      "HR-positive, unresectable or metastatic disease that progressed on at least one endocrine therapy in the " +
      "metastatic setting: trastuzumab deruxtecan (FDA, 27 January 2025), with an FDA-approved test. In " +
      "DESTINY-Breast06 the benefit for ultralow came from an exploratory analysis. Pathologists agree poorly " +
      "on ultralow versus null.",
    sources: ["rakha-2026-consensus", "fda-2025-her2ultralow", "bardia-2024-db06"],
  },
  // §1.2, §5; §3.5 DERIVED from the FDA wording.
  "her2-null": {
    label: "HER2-null",
    plain:
      "HER2-null: no HER2 staining at all was seen. The newer HER2-low and -ultralow approvals do not cover this " +
      "group, though research continues.",
    clinical:
      "HER2-null (IHC 0, absent membrane staining): not covered by the HER2-low or HER2-ultralow approvals. " +
      "Trials that include HER2-null tumours are under way.",
    sources: ["rakha-2026-consensus", "fda-2022-her2low", "fda-2025-her2ultralow"],
  },
  // DERIVED: the two halves of the 2018 IHC 0 definition are ultralow and null (§1.2).
  "her2-zero-unspecified": {
    label: "HER2-negative, IHC 0",
    plain:
      "IHC 0: the report does not say whether a very faint, partial rim was seen in a few cells (ultralow) or " +
      "no staining at all (null). If the cancer has spread, that difference can matter for a newer medicine, " +
      "so it is worth asking your care team.",
    clinical:
      "IHC 0, not split into ultralow (membrane staining) and null (absent staining). For HR-positive " +
      "metastatic disease this decides trastuzumab deruxtecan eligibility (FDA 2025): ask the lab whether " +
      "membrane staining was seen.",
    sources: ["rakha-2026-consensus", "fda-2025-her2ultralow"],
  },
  // R-SUB, DERIVED: the sub-groups are defined by the IHC score, so ISH alone cannot give one.
  "ihc-unknown": {
    label: "HER2-negative, IHC not done",
    plain:
      "The gene test alone cannot tell whether the cancer is HER2-low, ultralow or null: that needs the protein " +
      "test (IHC). If the cancer has spread, it can matter for a newer medicine.",
    clinical:
      "ISH-negative without an IHC score. HER2-low, -ultralow and -null are defined by IHC, so IHC is needed " +
      "to tell them apart.",
    sources: [],
  },
};

// §2.3 note, UNCONFIRMED handling (R-DISC): IHC 3+ is positive on its own; the disagreement is flagged.
export const DISCORDANT_TEXT = {
  plain:
    "The protein test was clearly positive but the gene test found no extra copies. The result counts as " +
    "HER2-positive, and a pathologist reviews the disagreement.",
  clinical: "IHC 3+ with ISH group 5: reported positive (IHC 3+), flagged for pathologist review of the discordance.",
} as const;
