/**
 * Precise definitions of the treatment and approval terms (reference her2-therapies.md §1–§3). The
 * two antibody–drug conjugates list their approvals from data/therapies.json, never retyped.
 */
import { approvalsOf, combine } from "./from-data";
import type { TREATMENT_TERMS } from "./terms-treatments";
import { type GlossaryDetails, SUBTYPE_PAGES } from "./types";

type Id = (typeof TREATMENT_TERMS)[number]["id"];

export const TREATMENT_DETAILS: Record<Id, GlossaryDetails> = {
  "her2-targeted": {
    aliases: ["anti-HER2 therapy", "HER2-directed therapy"],
    precise: {
      text:
        "Drugs whose target is HER2, in three classes: monoclonal antibodies (trastuzumab, pertuzumab, margetuximab), antibody–drug " +
        "conjugates (T-DM1, T-DXd) and tyrosine kinase inhibitors (lapatinib, neratinib, tucatinib).",
      sources: [],
    },
    usedOn: [...SUBTYPE_PAGES, "/testing", "/treatments", "/data"],
  },
  "monoclonal-antibody": {
    aliases: ["mAb"],
    precise: {
      text:
        "A laboratory-made antibody that binds one target, here the HER2 receptor on the cell surface: trastuzumab, pertuzumab and " +
        "margetuximab (an Fc-engineered antibody). Phesgo and Herceptin Hylecta are versions injected under the skin.",
      sources: [],
    },
    usedOn: ["/treatments"],
  },
  "antibody-drug-conjugate": {
    aliases: ["ADC"],
    precise: {
      text:
        "A monoclonal antibody chemically linked to a cytotoxic drug (its payload), which it delivers into cells carrying its target: " +
        "T-DM1 (ado-trastuzumab emtansine) and T-DXd (fam-trastuzumab deruxtecan). T-DXd’s payload can also reach neighbouring cells.",
      sources: [],
    },
    usedOn: ["/testing", "/treatments"],
  },
  "tyrosine-kinase-inhibitor": {
    aliases: ["TKI"],
    precise: {
      text:
        "A small-molecule drug, taken by mouth, that blocks the signalling (tyrosine kinase) activity of HER2 from inside the cell: " +
        "lapatinib, neratinib and tucatinib.",
      sources: [],
    },
    usedOn: ["/treatments"],
  },
  "t-dm1": {
    aliases: ["ado-trastuzumab emtansine", "Kadcyla", "trastuzumab emtansine"],
    precise: combine(
      { text: "Ado-trastuzumab emtansine (Kadcyla), an antibody–drug conjugate. Its US approvals in breast cancer:", sources: [] },
      approvalsOf(/\(T-DM1\)/),
    ),
    usedOn: ["/subtypes/hr-pos-her2-pos", "/subtypes/hr-neg-her2-pos", "/treatments", "/trials", "/outcomes"],
  },
  "t-dxd": {
    aliases: ["fam-trastuzumab deruxtecan-nxki", "Enhertu", "trastuzumab deruxtecan"],
    precise: combine(
      { text: "Fam-trastuzumab deruxtecan-nxki (Enhertu), an antibody–drug conjugate. Its US approvals in breast cancer:", sources: [] },
      approvalsOf(/\(T-DXd\)/),
    ),
    usedOn: ["/subtypes", ...SUBTYPE_PAGES, "/testing", "/treatments", "/outcomes"],
  },
  biosimilar: {
    aliases: [],
    precise: {
      text:
        "A biological product approved as highly similar to a reference product, carrying its indications: trastuzumab biosimilars " +
        "carry Herceptin’s, HER2-positive early and metastatic breast cancer included. They are copies, not new treatments, so the " +
        "approvals list leaves them out.",
      sources: [],
    },
    usedOn: [...SUBTYPE_PAGES, "/treatments"],
  },
  adjuvant: {
    aliases: ["extended adjuvant"],
    precise: {
      text:
        "Systemic treatment after surgery for early breast cancer. Extended adjuvant treatment continues after the standard adjuvant " +
        "course: neratinib after adjuvant trastuzumab-based therapy.",
      sources: ["fda-summary-2018-neratinib"],
    },
    usedOn: [...SUBTYPE_PAGES, "/testing", "/treatments", "/data"],
  },
  neoadjuvant: {
    aliases: ["preoperative treatment"],
    precise: {
      text: "Systemic treatment before surgery. Its effect can be measured at surgery as pathologic complete response.",
      sources: ["fda-approval-2013-perjeta-neoadjuvant"],
    },
    usedOn: ["/subtypes/hr-pos-her2-pos", "/subtypes/hr-neg-her2-pos", "/treatments", "/data"],
  },
  "pathologic-complete-response": {
    aliases: ["pCR"],
    precise: {
      text:
        "No residual invasive cancer in the breast tissue and lymph nodes removed at surgery after neoadjuvant treatment. The 2013 " +
        "neoadjuvant pertuzumab approval rested on it (NeoSphere).",
      sources: ["fda-approval-2013-perjeta-neoadjuvant"],
    },
    usedOn: ["/treatments"],
  },
  "endocrine-therapy": {
    aliases: ["hormone therapy", "hormonal therapy"],
    precise: {
      text:
        "Treatment that lowers estrogen or blocks its effect, for HR-positive breast cancer. The 2025 T-DXd approval for HR-positive, " +
        "HER2-low or HER2-ultralow metastatic disease follows progression on one or more endocrine therapies in the metastatic setting.",
      sources: ["fda-2025-her2ultralow"],
    },
    usedOn: ["/subtypes", "/subtypes/hr-pos-her2-neg", "/testing", "/treatments", "/outcomes", "/data"],
  },
  "accelerated-approval": {
    aliases: [],
    precise: {
      text:
        "A US FDA approval based on an early measure of benefit (such as pathologic complete response or tumour response) that is " +
        "reasonably likely to predict clinical benefit, on condition that confirmatory trials follow. Once they confirm it, the " +
        "approval becomes a regular approval. The timeline marks accelerated approvals with a dashed ring.",
      sources: ["fda-approval-2013-perjeta-neoadjuvant", "fda-release-2019-enhertu"],
    },
    usedOn: ["/treatments"],
  },
  indication: {
    aliases: [],
    precise: {
      text:
        "The use an FDA-approved label states: the disease, its stage and the earlier treatment the patients must have had. The " +
        "treatments page gives each as a one-line summary; the label itself also carries warnings and limits of use.",
      sources: [],
    },
    usedOn: [...SUBTYPE_PAGES, "/treatments", "/data"],
  },
  "pivotal-trial": {
    aliases: [],
    precise: {
      text:
        "The trial (or trials) an FDA approval mainly rests on: usually a randomised trial against standard treatment, sometimes a " +
        "single-arm trial for an accelerated approval (DESTINY-Breast01 for T-DXd in 2019).",
      sources: ["fda-release-2019-enhertu"],
    },
    usedOn: ["/treatments", "/data"],
  },
  "drug-label": {
    aliases: ["prescribing information", "label"],
    precise: {
      text:
        "The FDA-approved prescribing information for a drug: its indications, dosing, boxed warnings and limits of use. The terms " +
        "HER2-low and HER2-ultralow come from trials and labels, not from the ASCO/CAP testing guideline.",
      sources: ["fda-2022-her2low", "fda-2025-her2ultralow"],
    },
    usedOn: ["/prevalence", "/subtypes", ...SUBTYPE_PAGES, "/testing", "/treatments"],
  },
};
