/**
 * Every sentence the HER2 flow shows: the patient-level text of reference her2-testing.md §5 and the
 * clinical meaning of §3.5 (shown cautiously, never as advice). The text of each final result is in
 * category-text.ts, the report wording of §2.4/§2.6 in report-wording.ts, the words for one classified
 * result in result-text.ts.
 * Short quotes keep their source's spelling; everything else is our plain-language paraphrase.
 */

import { sourcesSentence } from "../datasets/citations";
import type { Source } from "../datasets/schemas";
import type { OutcomeText } from "./category-text";
import { NEXT_STEP_LABELS } from "./headline";
import type { IshGroup } from "./ish";
import type { NextStep } from "./outcomes";

// Reference preamble: the ASCO/CAP figures assume "no apparent histopathologic discordance".
export const DISCLAIMER = "Educational logic, not a diagnostic device. The final HER2 status is the pathologist's call.";

// §1.2 and §6 item 1: asco-cap-2023 calls new categories "premature"; cap-2023-page "does not support"
// a HER2-Low interpretive category. The terms come from trials, FDA labels and rakha-2026-consensus.
export const SUBGROUP_STATEMENT =
  "HER2-low, HER2-ultralow and HER2-null are sub-groups of HER2-negative used by trials and drug labels, not ASCO/CAP result categories";
/** The statement as a sentence; a source line appends its sources to the statement instead. */
export const SUBGROUP_NOTE = `${SUBGROUP_STATEMENT}.`;

// §3.5, DERIVED from the fda-2022-her2low and fda-2025-her2ultralow indication wording.
export const EARLY_STAGE_NOTE =
  "The HER2-low and HER2-ultralow approvals are for unresectable or metastatic disease only. " +
  "In early disease these sub-groups do not change HER2-targeted treatment.";

// SUBGROUP_NOTE rests on asco-cap-2023 ("premature"); EARLY_STAGE_NOTE on the FDA indication wording.
export const SUBGROUP_NOTE_SOURCES = ["asco-cap-2023"] as const;
/** Where the sub-groups' names and definitions come from (her2-testing.md §1.2, §6.1): the FDA labels and the 2026 consensus, not ASCO/CAP. */
export const SUBGROUP_TERM_SOURCES = ["fda-2022-her2low", "fda-2025-her2ultralow", "rakha-2026-consensus"] as const;
export const EARLY_STAGE_NOTE_SOURCES = ["fda-2022-her2low", "fda-2025-her2ultralow"] as const;

/** §5 "The tests". */
export const TEST_TEXT = {
  ihc:
    "IHC (immunohistochemistry). A lab stains a thin slice of the tumour with an antibody that sticks to the " +
    "HER2 protein. A pathologist then scores from 0 to 3+ how many cancer cells have a coloured rim and how " +
    "strong it is.",
  ish:
    "ISH / FISH (in situ hybridisation). Coloured probes light up the HER2 gene, and a marker for chromosome 17 " +
    "(where the gene sits), inside the cancer cells. A specialist counts them in at least 20 cells to see " +
    'whether the gene has been copied too many times ("amplified"). FISH is the fluorescent version; other ' +
    "versions use ordinary light.",
  ratioAndCopies:
    "HER2/CEP17 ratio and copy number. The ratio compares HER2 gene signals with chromosome 17 signals. The " +
    "copy number is the average number of HER2 signals per cell. Both are needed to place a result in one of " +
    "five groups.",
} as const;

/** §5 "The ISH groups, in one line each" (asco-cap-2018-pocket Figs 3–6). */
export const ISH_GROUP_TEXT: Record<IshGroup, string> = {
  1: "Group 1. Clearly amplified (ratio ≥ 2.0 and ≥ 4 copies): positive.",
  2: "Group 2. High ratio but few copies (ratio ≥ 2.0, < 4 copies): positive only if IHC is 3+.",
  3: "Group 3. Many copies but a normal ratio (ratio < 2.0, ≥ 6 copies): positive if IHC is 3+, or if IHC is 2+ and a blinded recount agrees.",
  4: "Group 4. Borderline copies with a normal ratio (ratio < 2.0, 4 to < 6 copies): positive only if IHC is 3+.",
  5: "Group 5. Not amplified (ratio < 2.0, < 4 copies): negative.",
};

const NO_STATUS_YET = "No HER2 status yet, so no treatment conclusion can be drawn.";

export const NEXT_STEP_TEXT: Record<NextStep, OutcomeText> = {
  // §5; asco-cap-2018-pocket Fig 1 ("Must order reflex test").
  "reflex-ish": {
    label: NEXT_STEP_LABELS["reflex-ish"],
    plain: "The protein test gave an in-between answer, so the lab must run the gene test (ISH/FISH) on the same " + "sample before giving a final result.",
    clinical: `${NO_STATUS_YET} After IHC 2+ the lab must order reflex ISH on the same specimen, or a new test on a new specimen.`,
    sources: ["asco-cap-2018-pocket"],
  },
  // §5; asco-cap-2018-pocket Fig 3 note (groups 2–4) and Fig 2 footnote b (single-probe 4.0–<6.0).
  "reflex-ihc": {
    label: NEXT_STEP_LABELS["reflex-ihc"],
    plain: "The gene count fell into an uncommon pattern, so the lab also needs the protein test on the same tissue " + "to decide.",
    clinical: `${NO_STATUS_YET} This ISH result is decided together with IHC on sections from the same tissue used for ISH.`,
    sources: ["asco-cap-2018-pocket"],
  },
  // §5; asco-cap-2018-pocket Figs 5–6 (group 2: UNCONFIRMED, Fig 4 not seen).
  recount: {
    label: NEXT_STEP_LABELS.recount,
    plain:
      "The gene count was unusual and the protein test was in-between. A second specialist, who has not seen " + "the first count, counts the cells again.",
    clinical: `${NO_STATUS_YET} With IHC 2+ and ISH group 3 or 4, an observer blinded to the first result recounts at least 20 cells; for group 2 the same step is applied, though its figure was not seen.`,
    sources: ["asco-cap-2018-pocket"],
  },
  // §5; asco-cap-2018-pocket Figs 5–6; §6 item 10: labs differ, so we do not pick a side.
  adjudication: {
    label: NEXT_STEP_LABELS.adjudication,
    plain: "The two counts pointed to different groups, so the lab settles the result using its own review " + "procedure.",
    clinical: `${NO_STATUS_YET} The recount fell in another ISH group; the result is adjudicated per the lab's internal procedures, which differ between labs.`,
    sources: ["asco-cap-2018-pocket"],
  },
  // asco-cap-2018-pocket Fig 2: single-probe 4.0–<6.0 with concurrent IHC 2+.
  "dual-probe-ish": {
    label: NEXT_STEP_LABELS["dual-probe-ish"],
    plain:
      "The single-colour gene test gave an in-between count and the protein test was in-between too, so the " +
      "lab runs the two-colour gene test, which also counts chromosome 17, before giving a final result.",
    clinical: `${NO_STATUS_YET} Single-probe ISH with 4.0–<6.0 copies and IHC 2+: dual-probe ISH gives the final result.`,
    sources: ["asco-cap-2018-pocket"],
  },
};

/** The guideline and its 2023 affirmation: the flow's source where a full reference list does not fit. */
export const FLOW_SOURCE_IDS = ["asco-cap-2018", "asco-cap-2023"] as const;

/** The flow's source in one line, for an embed or an image: the sources.json citations and the disclaimer. */
export function flowSourceLine(sources: readonly Source[]): string {
  return `${sourcesSentence(FLOW_SOURCE_IDS, sources)} ${DISCLAIMER}`;
}
