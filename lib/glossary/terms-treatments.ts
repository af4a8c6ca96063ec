/**
 * Glossary terms of HER2-targeted treatment and its approvals, in plain words. The drug classes and
 * accelerated approval reuse the words the treatments page already uses (lib/datasets/therapy-dimensions).
 */
import { ACCELERATED_APPROVAL_MEANING, DRUG_CLASS_LABELS } from "../datasets/therapy-dimensions";
import type { GlossaryTerm } from "./types";

export const TREATMENT_TERMS = [
  {
    id: "her2-targeted",
    term: "HER2-targeted drug",
    plain: "A medicine aimed at HER2. There are three kinds: antibodies, antibody–drug conjugates and tyrosine kinase inhibitors.",
  },
  {
    id: "monoclonal-antibody",
    term: "Monoclonal antibody",
    plain: DRUG_CLASS_LABELS["monoclonal-antibody"].plain,
  },
  {
    id: "antibody-drug-conjugate",
    term: "Antibody–drug conjugate (ADC)",
    plain: DRUG_CLASS_LABELS["antibody-drug-conjugate"].plain,
  },
  {
    id: "tyrosine-kinase-inhibitor",
    term: "Tyrosine kinase inhibitor (TKI)",
    plain: DRUG_CLASS_LABELS["tyrosine-kinase-inhibitor"].plain,
  },
  {
    id: "t-dm1",
    term: "T-DM1 (ado-trastuzumab emtansine, Kadcyla)",
    plain: "Trastuzumab with a chemotherapy drug attached: an antibody–drug conjugate for HER2-positive breast cancer.",
  },
  {
    id: "t-dxd",
    term: "T-DXd (trastuzumab deruxtecan, Enhertu)",
    plain:
      "Trastuzumab with a different chemotherapy drug attached: an antibody–drug conjugate approved for HER2-positive breast cancer, " +
      "and for some HER2-low and HER2-ultralow breast cancers that have spread.",
  },
  {
    id: "biosimilar",
    term: "Biosimilar",
    plain: "A close copy of a biological medicine such as trastuzumab, approved for the same uses. A copy, not a new treatment.",
  },
  {
    id: "adjuvant",
    term: "Adjuvant treatment",
    plain: "Treatment after surgery, to lower the chance that the cancer comes back. “Extended adjuvant” treatment follows on after it.",
  },
  {
    id: "neoadjuvant",
    term: "Neoadjuvant treatment",
    plain: "Treatment before surgery, to shrink the cancer first and to see how well it responds.",
  },
  {
    id: "pathologic-complete-response",
    term: "Pathologic complete response (pCR)",
    plain: "No invasive cancer left in the breast and lymph nodes removed at surgery, after treatment given before the surgery.",
  },
  {
    id: "endocrine-therapy",
    term: "Endocrine therapy (hormone therapy)",
    plain: "Medicines that block the hormone estrogen or lower its level, for hormone-receptor-positive breast cancer.",
  },
  {
    id: "accelerated-approval",
    term: "Accelerated approval",
    plain: `A US FDA approval ${ACCELERATED_APPROVAL_MEANING}. Once they do, it becomes a regular approval.`,
  },
  {
    id: "indication",
    term: "Indication",
    plain: "What a drug is approved to treat: which cancer, at which stage, and after which earlier treatments.",
  },
  {
    id: "pivotal-trial",
    term: "Pivotal trial",
    plain: "The main study whose results a drug approval rests on.",
  },
  {
    id: "drug-label",
    term: "Drug label (prescribing information)",
    plain: "The official document approved with a medicine: what it is approved for, how it is given, its warnings and its limits of use.",
  },
] as const satisfies readonly GlossaryTerm[];
