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
    match: ["HER2-targeted"],
  },
  {
    id: "monoclonal-antibody",
    term: "Monoclonal antibody",
    plain: DRUG_CLASS_LABELS["monoclonal-antibody"].plain,
    match: ["monoclonal antibody", "monoclonal antibodies"],
  },
  {
    id: "antibody-drug-conjugate",
    term: "Antibody–drug conjugate (ADC)",
    plain: DRUG_CLASS_LABELS["antibody-drug-conjugate"].plain,
    match: ["antibody–drug conjugate", "antibody–drug conjugates", "antibody-drug conjugate", "antibody-drug conjugates"],
  },
  {
    id: "tyrosine-kinase-inhibitor",
    term: "Tyrosine kinase inhibitor (TKI)",
    plain: DRUG_CLASS_LABELS["tyrosine-kinase-inhibitor"].plain,
    match: ["tyrosine kinase inhibitor", "tyrosine kinase inhibitors"],
  },
  {
    id: "t-dm1",
    term: "T-DM1 (ado-trastuzumab emtansine, Kadcyla)",
    plain: "Trastuzumab with a chemotherapy drug attached: an antibody–drug conjugate for HER2-positive breast cancer.",
    match: ["T-DM1", "ado-trastuzumab emtansine"],
  },
  {
    id: "t-dxd",
    term: "T-DXd (trastuzumab deruxtecan, Enhertu)",
    plain:
      "Trastuzumab with a different chemotherapy drug attached: an antibody–drug conjugate approved for HER2-positive breast cancer, " +
      "and for some HER2-low and HER2-ultralow breast cancers that have spread.",
    match: ["T-DXd", "trastuzumab deruxtecan"],
  },
  {
    id: "biosimilar",
    term: "Biosimilar",
    plain: "A close copy of a biological medicine such as trastuzumab, approved for the same uses. A copy, not a new treatment.",
    match: ["biosimilar", "biosimilars"],
  },
  {
    id: "adjuvant",
    term: "Adjuvant treatment",
    plain: "Treatment after surgery, to lower the chance that the cancer comes back. “Extended adjuvant” treatment follows on after it.",
    match: ["adjuvant"],
  },
  {
    id: "neoadjuvant",
    term: "Neoadjuvant treatment",
    plain: "Treatment before surgery, to shrink the cancer first and to see how well it responds.",
    match: ["neoadjuvant"],
  },
  {
    id: "pathologic-complete-response",
    term: "Pathologic complete response (pCR)",
    plain: "No invasive cancer left in the breast and lymph nodes removed at surgery, after treatment given before the surgery.",
    match: ["pathologic complete response", "pCR"],
  },
  {
    id: "endocrine-therapy",
    term: "Endocrine therapy (hormone therapy)",
    plain: "Medicines that block the hormone estrogen or lower its level, for hormone-receptor-positive breast cancer.",
    match: ["endocrine therapy", "endocrine therapies", "hormone therapy"],
  },
  {
    id: "accelerated-approval",
    term: "Accelerated approval",
    plain: `A US FDA approval ${ACCELERATED_APPROVAL_MEANING}. Once they do, it becomes a regular approval.`,
    match: ["accelerated approval", "accelerated approvals"],
  },
  {
    id: "indication",
    term: "Indication",
    plain: "What a drug is approved to treat: which cancer, at which stage, and after which earlier treatments.",
    match: ["indication", "indications"],
  },
  {
    id: "pivotal-trial",
    term: "Pivotal trial",
    plain: "The main study whose results a drug approval rests on.",
    match: ["pivotal trial", "pivotal trials"],
  },
  {
    id: "drug-label",
    term: "Drug label (prescribing information)",
    plain:
      "The official document approved with a medicine: what it is approved for, how it is given, its warnings and its limits of use.",
    match: ["drug label", "drug labels", "prescribing information"],
  },
] as const satisfies readonly GlossaryTerm[];
