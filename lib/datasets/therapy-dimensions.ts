/** The therapies dataset's fixed vocabularies with their display labels. */

export const DRUG_CLASSES = ["monoclonal-antibody", "antibody-drug-conjugate", "tyrosine-kinase-inhibitor"] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const DRUG_CLASS_LABELS: Record<DrugClass, { label: string; plain: string }> = {
  "monoclonal-antibody": {
    label: "Monoclonal antibodies",
    plain:
      "Lab-made proteins that latch onto the HER2 receptor on the outside of the cancer cell, blocking its growth signal and flagging the cell for the immune system to attack.",
  },
  "antibody-drug-conjugate": {
    label: "Antibody–drug conjugates",
    plain:
      "A HER2 antibody with a powerful chemotherapy drug attached, which delivers that drug into cells carrying HER2. T-DXd’s drug can also spill into neighbouring cells, which helps explain why it works even when HER2 is low or ultralow.",
  },
  "tyrosine-kinase-inhibitor": {
    label: "Tyrosine kinase inhibitors",
    plain:
      "Small molecules taken as pills that get inside the cell and switch off the HER2 signalling machinery from within. Because they are small, some (notably tucatinib) reach tumours in the brain better than antibodies do.",
  },
};

/** What an accelerated approval is, in plain words (her2-therapies.md §3 caveat 5): the timeline and the glossary say it alike. */
export const ACCELERATED_APPROVAL_MEANING = "granted on early evidence, with later trials required to confirm the benefit";

export const HER2_POPULATIONS = ["her2-positive-early", "her2-positive-metastatic", "her2-low", "her2-ultralow"] as const;
export type Her2Population = (typeof HER2_POPULATIONS)[number];

export const HER2_POPULATION_LABELS: Record<Her2Population, string> = {
  "her2-positive-early": "HER2-positive, early stage",
  "her2-positive-metastatic": "HER2-positive, metastatic",
  "her2-low": "HER2-low",
  "her2-ultralow": "HER2-ultralow",
};
