import { firstMatch } from "./match";

/**
 * The words that count as using each glossary term on a page, spelled as the pages spell them (a
 * phrase starting in lower case also matches capitalised; lib/glossary/match). A page's first use of
 * one links to the entry, and the e2e gate checks it; GlossedText links them inside sentences. Kept
 * apart from the definitions, which load only when a reader opens one, since every page ships this.
 */
export const GLOSSARY_PHRASES = {
  // "HER2" alone is in every subtype label; these are the phrases that speak of the protein or gene itself.
  her2: ["HER2 protein", "HER2 gene", "HER2/neu"],
  ihc: ["IHC", "immunohistochemistry"],
  equivocal: ["equivocal"],
  ish: ["ISH", "FISH", "in situ hybridization", "in situ hybridisation"],
  cep17: ["CEP17"],
  "ish-group": ["ISH group", "ISH groups"],
  amplification: ["amplified", "amplification", "amplify"],
  overexpression: ["overexpress", "overexpression", "overexpressing", "over-expression", "HER2-overexpressing"],
  "reflex-test": ["reflex test", "reflex ISH", "reflex IHC"],
  "blinded-recount": ["blinded recount", "recount"],
  "asco-cap": ["ASCO/CAP", "ASCO–CAP", "ASCO-CAP"],
  "her2-positive": ["HER2-positive"],
  "her2-negative": ["HER2-negative"],
  "her2-low": ["HER2-low"],
  "her2-ultralow": ["HER2-ultralow"],
  "her2-null": ["HER2-null"],
  "negative-with-comment": ["with comment", "with Comment"],
  subtype: ["subtype", "subtypes"],
  "hormone-receptor": ["hormone receptor", "hormone receptors", "hormone-receptor", "HR-positive", "HR-negative"],
  er: ["ER", "ER-positive", "ER-negative", "estrogen receptor", "estrogen receptors"],
  pr: ["PR", "PR-positive", "PR-negative", "progesterone receptor", "progesterone receptors"],
  "triple-negative": ["triple-negative", "triple negative"],
  "intrinsic-subtype": ["intrinsic", "intrinsic-subtype", "Luminal A", "Luminal B", "HER2-enriched"],
  "cause-specific-survival": ["breast cancer-specific", "cause-specific"],
  "relative-survival": ["relative survival"],
  "overall-survival": ["overall survival"],
  "progression-free-survival": ["progression-free survival"],
  "confidence-interval": ["confidence interval", "confidence intervals"],
  median: ["median"],
  "hazard-ratio": ["hazard ratio", "hazard ratios"],
  "kaplan-meier": ["Kaplan–Meier", "Kaplan-Meier"],
  "log-rank-test": ["log-rank"],
  // Too common a word to find by spelling alone: pages link it where they explain it.
  stage: [],
  "stage-i-iv": ["AJCC"],
  "de-novo-stage-iv": ["de novo"],
  "seer-summary-stage": ["Combined Summary Stage", "localized"],
  metastatic: ["metastatic", "metastasized", "unresectable"],
  "early-breast-cancer": ["early breast cancer", "early-stage", "early stage", "early (operable)"],
  seer: ["SEER"],
  ncdb: ["National Cancer Database", "NCDB"],
  "incidence-rate": ["incidence rate", "incidence rates", "per 100,000"],
  "age-adjusted": ["age-adjusted"],
  "delay-adjusted": ["delay-adjusted"],
  "her2-targeted": ["HER2-targeted"],
  "monoclonal-antibody": ["monoclonal antibody", "monoclonal antibodies"],
  "antibody-drug-conjugate": ["antibody–drug conjugate", "antibody–drug conjugates", "antibody-drug conjugate", "antibody-drug conjugates"],
  "tyrosine-kinase-inhibitor": ["tyrosine kinase inhibitor", "tyrosine kinase inhibitors"],
  "t-dm1": ["T-DM1", "ado-trastuzumab emtansine"],
  "t-dxd": ["T-DXd", "trastuzumab deruxtecan"],
  biosimilar: ["biosimilar", "biosimilars"],
  adjuvant: ["adjuvant"],
  neoadjuvant: ["neoadjuvant"],
  "pathologic-complete-response": ["pathologic complete response", "pCR"],
  "endocrine-therapy": ["endocrine therapy", "endocrine therapies", "hormone therapy"],
  "accelerated-approval": ["accelerated approval", "accelerated approvals"],
  indication: ["indication", "indications"],
  "pivotal-trial": ["pivotal trial", "pivotal trials"],
  "drug-label": ["drug label", "drug labels", "prescribing information"],
} as const satisfies Record<string, readonly string[]>;

/** An entry's id: its anchor on /glossary (`#id`), so never renamed. */
export type GlossaryId = keyof typeof GLOSSARY_PHRASES;

export const GLOSSARY_IDS = Object.keys(GLOSSARY_PHRASES) as GlossaryId[];

export function isGlossaryId(id: string): id is GlossaryId {
  return Object.hasOwn(GLOSSARY_PHRASES, id);
}

/**
 * The terms among `ids` that none of the texts uses: what a later part of a page still has to link
 * when an earlier part, drawn from data, may or may not have used a term already.
 */
export function termsNotUsedIn(ids: readonly GlossaryId[], texts: readonly string[]): GlossaryId[] {
  return ids.filter((id) => !texts.some((text) => firstMatch(text, GLOSSARY_PHRASES[id]) !== null));
}

/**
 * For a page in sections whose texts come from data, so which section first names a term differs from
 * page to page: each section's terms that no earlier section's texts use, for it to link.
 */
export function firstUsesBySection(sections: readonly { terms: readonly GlossaryId[]; texts: readonly string[] }[]): GlossaryId[][] {
  return sections.map((section, i) =>
    termsNotUsedIn(
      section.terms,
      sections.slice(0, i).flatMap((earlier) => earlier.texts),
    ),
  );
}
