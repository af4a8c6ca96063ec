/**
 * Glossary terms of HER2 testing, its results and the subtypes, in plain words. Where lib/her2/text
 * already says what a term means (reference her2-testing.md §5), the glossary shows those words.
 */
import { CATEGORY_TEXT, HER2_NEGATIVE_TEXT, NEGATIVE_WITH_COMMENT_TEXT } from "../her2/category-text";
import { IHC_CALL_CAUTION } from "../her2/ihc-caution";
import { NEXT_STEP_TEXT, TEST_TEXT } from "../her2/text";
import type { GlossaryTerm } from "./types";

export const TESTING_TERMS = [
  {
    id: "her2",
    term: "HER2",
    plain:
      "A protein on the surface of breast cells that passes on signals telling the cell to grow, made from the HER2 gene. Some breast " +
      "cancers make far too much of it.",
  },
  { id: "ihc", term: "IHC (immunohistochemistry)", plain: TEST_TEXT.ihc },
  { id: "equivocal", term: "Equivocal (IHC 2+)", plain: NEXT_STEP_TEXT["reflex-ish"].plain },
  { id: "ish", term: "In situ hybridization (ISH, FISH)", plain: TEST_TEXT.ish },
  {
    id: "cep17",
    term: "CEP17 and the HER2/CEP17 ratio",
    plain:
      "A marker for chromosome 17, the chromosome the HER2 gene sits on. The ISH test counts HER2 signals against it: the HER2/CEP17 " +
      "ratio shows whether the HER2 gene has more copies than the chromosome it sits on.",
  },
  {
    id: "ish-group",
    term: "ISH group (1 to 5)",
    plain:
      "Where a two-colour ISH result falls, set by the HER2/CEP17 ratio and the number of HER2 copies per cell. Groups 1 (amplified) and " +
      "5 (not amplified) are final; groups 2, 3 and 4 are unusual patterns decided together with the IHC result.",
  },
  {
    id: "amplification",
    term: "Amplification (amplified)",
    plain: "The HER2 gene has been copied too many times in the cancer cells. The ISH test looks for it.",
  },
  {
    id: "overexpression",
    term: "Overexpression (overexpressing)",
    plain: "The cancer cells make far more HER2 protein than normal cells. The IHC test looks for it.",
  },
  {
    id: "reflex-test",
    term: "Reflex test",
    plain:
      "A follow-up test the lab runs on the same tissue because the first result asks for it: ISH after an IHC score of 2+, or IHC " +
      "after an unusual ISH result.",
  },
  { id: "blinded-recount", term: "Blinded recount", plain: NEXT_STEP_TEXT.recount.plain },
  {
    id: "asco-cap",
    term: "ASCO/CAP guideline",
    plain:
      "The rules labs follow to read a HER2 test, written jointly by the American Society of Clinical Oncology (ASCO) and the College of " +
      "American Pathologists (CAP).",
  },
] as const satisfies readonly GlossaryTerm[];

export const RESULT_TERMS = [
  { id: "her2-positive", term: "HER2-positive", plain: CATEGORY_TEXT["her2-positive"].plain },
  { id: "her2-negative", term: "HER2-negative", plain: HER2_NEGATIVE_TEXT.plain },
  { id: "her2-low", term: "HER2-low", plain: CATEGORY_TEXT["her2-low"].plain },
  // A result card adds the caution where the result rests on the call; the term always does (§1.2).
  { id: "her2-ultralow", term: "HER2-ultralow", plain: `${CATEGORY_TEXT["her2-ultralow"].plain} ${IHC_CALL_CAUTION.ultralowOrNull.plain}` },
  { id: "her2-null", term: "HER2-null", plain: CATEGORY_TEXT["her2-null"].plain },
  {
    id: "negative-with-comment",
    term: "HER2-negative with comment",
    plain: `The final answer is HER2-negative. ${NEGATIVE_WITH_COMMENT_TEXT}`,
  },
] as const satisfies readonly GlossaryTerm[];

export const SUBTYPE_TERMS = [
  {
    id: "subtype",
    term: "Subtype (HR/HER2 subtype)",
    plain:
      "One of the four groups breast cancers are sorted into by two tests: whether the cancer has hormone receptors (HR+ or HR−) and " +
      "whether it makes too much HER2 (HER2+ or HER2−).",
  },
  {
    id: "hormone-receptor",
    term: "Hormone receptor (HR)",
    plain:
      "Receptors for the hormones estrogen and progesterone. A cancer with either receptor is hormone-receptor-positive (HR+): " +
      "hormones can feed its growth. A cancer with neither is HR-negative (HR−).",
  },
  {
    id: "er",
    term: "Estrogen receptor (ER)",
    plain: "A receptor for the hormone estrogen. An ER-positive (ER+) cancer has it, so estrogen can feed its growth.",
  },
  {
    id: "pr",
    term: "Progesterone receptor (PR)",
    plain: "A receptor for the hormone progesterone. A PR-positive (PR+) cancer has it.",
  },
  {
    id: "triple-negative",
    term: "Triple-negative (HR−/HER2−)",
    plain: "Breast cancer without any of the three: no estrogen receptors, no progesterone receptors and no excess of HER2.",
  },
  {
    id: "intrinsic-subtype",
    term: "Intrinsic subtypes (Luminal A, Luminal B, HER2-enriched)",
    plain:
      "Groups defined by which genes a tumour switches on, measured with gene-expression tests. They overlap with the four HR/HER2 " +
      "subtypes but are not the same groups.",
  },
] as const satisfies readonly GlossaryTerm[];
