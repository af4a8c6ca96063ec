/**
 * Precise definitions of the testing, result and subtype terms. The rules are the ASCO/CAP figures'
 * (reference her2-testing.md §1–§2, quoted where quotes are given there); the result categories and
 * subtypes read their definitions from data/subtypes.json and lib/her2/text.
 */
import { CATEGORY_TEXT } from "../her2/category-text";
import { REPORT_WORDING } from "../her2/report-wording";
import { ISH_GROUP_TEXT, SUBGROUP_NOTE } from "../her2/text";
import { combine, subtypeRule, subtypeRules, subtypesDefinition } from "./from-data";
import type { RESULT_TERMS, SUBTYPE_TERMS, TESTING_TERMS } from "./terms-testing";
import { type GlossaryDetails, HER2_POSITIVE_SUBTYPE_PAGES, SUBTYPE_PAGES } from "./types";

type Id = (typeof TESTING_TERMS | typeof RESULT_TERMS | typeof SUBTYPE_TERMS)[number]["id"];

const FIGURES = ["asco-cap-2018-pocket"];

/** ER and PR: the same definition but for the receptor's name. */
function receptor(name: string, aliases: string[]): GlossaryDetails {
  return {
    aliases,
    precise: {
      text: `${name} receptor status of the tumour cells. ER-positive and/or PR-positive makes a cancer hormone-receptor-positive (HR+).`,
      sources: ["seer-statfacts-subtypes-2024"],
    },
    usedOn: ["/subtypes", ...SUBTYPE_PAGES, "/data", "/outcomes"],
  };
}

export const TESTING_DETAILS: Record<Id, GlossaryDetails> = {
  her2: {
    aliases: ["HER2/neu", "human epidermal growth factor receptor 2"],
    precise: {
      text:
        "Human epidermal growth factor receptor 2: a receptor protein in the membrane of breast cells, made from the HER2 gene on " +
        "chromosome 17. HER2 status is tested on the invasive tumour, as protein (IHC) and as gene copies (ISH).",
      sources: ["asco-cap-2018"],
    },
    usedOn: ["/", "/subtypes", ...SUBTYPE_PAGES, "/testing"],
  },
  ihc: {
    aliases: ["immunohistochemistry", "protein test"],
    precise: {
      text: "HER2 immunohistochemistry on the invasive tumour, scored on the ASCO/CAP 2018 criteria (affirmed in 2023):",
      items: [
        "3+, positive: “circumferential membrane staining that is complete, intense and within >10% of tumor cells”.",
        "2+, equivocal: “weak to moderate complete membrane staining observed in >10% of tumor cells”; unusual staining patterns are also considered 2+. Reflex ISH must follow.",
        "1+, negative: “incomplete membrane staining that is faint/barely perceptible and within >10% of tumor cells”.",
        "0, negative: “no staining is observed”, or “membrane staining that is incomplete and is faint/barely perceptible and within ≤10% of tumor cells”.",
      ],
      sources: [...FIGURES, "asco-cap-2023"],
    },
    usedOn: ["/", "/prevalence", "/subtypes", ...SUBTYPE_PAGES, "/testing", "/treatments", "/outcomes", "/data"],
  },
  equivocal: {
    aliases: ["IHC 2+", "borderline"],
    precise: {
      text:
        `The ASCO/CAP report wording for IHC 2+: “${REPORT_WORDING.ihc2}”. The final HER2 status then follows from ISH; since 2018 ` +
        "an ISH result is itself never reported as equivocal.",
      sources: FIGURES,
    },
    usedOn: ["/", "/testing"],
  },
  ish: {
    aliases: ["FISH", "fluorescence in situ hybridization", "gene test", "in situ hybridisation"],
    precise: {
      text:
        "A test for HER2 gene copies in at least 20 invasive tumour cells. Dual-probe ISH counts HER2 and CEP17 signals and gives the " +
        "HER2/CEP17 ratio and the average HER2 copy number, which place the result in ISH group 1 to 5; single-probe ISH counts HER2 " +
        "signals only, and ASCO/CAP prefers dual-probe. FISH uses fluorescent probes; other versions use ordinary (bright-field) " +
        "light. ISH must follow IHC 2+ and can also be the first test.",
      sources: ["asco-cap-2018", ...FIGURES],
    },
    usedOn: ["/", "/prevalence", "/subtypes", ...SUBTYPE_PAGES, "/testing", "/treatments", "/outcomes", "/data"],
  },
  cep17: {
    aliases: ["chromosome 17 centromere probe", "HER2/CEP17 ratio"],
    precise: {
      text:
        "The chromosome 17 centromere probe of dual-probe ISH. HER2/CEP17 ratio = average HER2 signals per cell ÷ average CEP17 " +
        "signals per cell. A ratio of 2.0 or more, with the average HER2 copy number (thresholds 4.0 and 6.0 signals per cell), sets " +
        "the ISH group. Values are compared as reported, without rounding.",
      sources: FIGURES,
    },
    usedOn: ["/testing", "/data"],
  },
  "ish-group": {
    aliases: ["dual-probe ISH group"],
    precise: {
      text: "The five groups of dual-probe ISH (ASCO/CAP 2018); groups 2 to 4 need IHC on the same tissue to reach a final status:",
      items: Object.values(ISH_GROUP_TEXT),
      sources: FIGURES,
    },
    usedOn: ["/subtypes", ...SUBTYPE_PAGES, "/testing", "/data"],
  },
  amplification: {
    aliases: ["ISH positive", "gene amplification"],
    precise: {
      text:
        "“ISH positive”: dual-probe ISH group 1 (HER2/CEP17 ratio ≥ 2.0 and an average of ≥ 4.0 HER2 signals per cell), or " +
        "single-probe ISH with ≥ 6.0 HER2 signals per cell. Group 5 (ratio < 2.0, < 4.0 signals) is “ISH negative”, not amplified. " +
        "Groups 2 to 4 are not read on ISH alone: they are decided with the IHC result.",
      sources: FIGURES,
    },
    usedOn: ["/", "/prevalence", "/subtypes", ...SUBTYPE_PAGES, "/testing", "/outcomes", "/data"],
  },
  overexpression: {
    aliases: ["protein overexpression", "HER2-overexpressing"],
    precise: {
      text:
        "HER2 protein overexpression, read by IHC: a score of 3+ (complete, intense membrane staining in >10% of tumour cells). The " +
        "ASCO/CAP comments on ISH groups 3 and 4 speak of “the absence of protein over expression (IHC 3+)”.",
      sources: FIGURES,
    },
    usedOn: ["/", "/prevalence", "/subtypes/hr-pos-her2-pos", "/subtypes/hr-neg-her2-pos", "/testing", "/treatments"],
  },
  "reflex-test": {
    aliases: ["reflex ISH", "reflex IHC"],
    precise: {
      text: `After IHC 2+: “${REPORT_WORDING.ihc2}”. After dual-probe ISH group 2, 3 or 4 without IHC: “${REPORT_WORDING.reflexIhc}”.`,
      sources: FIGURES,
    },
    usedOn: ["/testing"],
  },
  "blinded-recount": {
    aliases: ["recount"],
    precise: {
      text:
        `With IHC 2+ and ISH group 3 or 4: “${REPORT_WORDING.recount}”. If the recount falls in another group: ` +
        `“${REPORT_WORDING.adjudication}”; labs differ in how they do so. For group 2 the atlas applies the same step, ` +
        "though the guideline's figure for group 2 was not seen, so it is not confirmed there.",
      sources: FIGURES,
    },
    usedOn: ["/testing", "/data"],
  },
  "asco-cap": {
    aliases: ["ASCO–CAP", "American Society of Clinical Oncology", "College of American Pathologists"],
    precise: combine(
      {
        text:
          "The American Society of Clinical Oncology / College of American Pathologists guideline for HER2 testing in breast cancer: " +
          "the 2018 focused update, affirmed unchanged in 2023.",
        sources: ["asco-cap-2018", "asco-cap-2023"],
      },
      subtypesDefinition("newCategoriesPremature"),
    ),
    usedOn: ["/", "/prevalence", "/subtypes", ...SUBTYPE_PAGES, "/testing", "/data"],
  },

  "her2-positive": {
    aliases: ["HER2+"],
    precise: subtypesDefinition("her2Positive"),
    usedOn: ["/", "/survival", "/prevalence", "/subtypes", ...HER2_POSITIVE_SUBTYPE_PAGES, "/testing", "/treatments", "/data", "/trials", "/outcomes"],
  },
  "her2-negative": {
    aliases: ["HER2−"],
    precise: {
      text:
        "Not HER2-positive under ASCO/CAP 2018 (affirmed 2023): IHC 0 or 1+; IHC 2+ with ISH not amplified; ISH group 5; or ISH group " +
        `2, 3 or 4 without IHC 3+ (group 3 with IHC 2+ is positive if a blinded recount confirms it). ${SUBGROUP_NOTE}`,
      sources: [...FIGURES, "asco-cap-2023"],
    },
    usedOn: ["/", "/survival", "/prevalence", "/subtypes", "/subtypes/hr-pos-her2-neg", "/subtypes/hr-neg-her2-neg", "/testing", "/data", "/outcomes"],
  },
  "her2-low": {
    aliases: ["IHC 1+ or IHC 2+/ISH−"],
    precise: subtypesDefinition("her2Low"),
    usedOn: ["/prevalence", "/subtypes", "/subtypes/hr-pos-her2-neg", "/subtypes/hr-neg-her2-neg", "/testing", "/treatments", "/data", "/outcomes"],
  },
  "her2-ultralow": {
    aliases: ["IHC 0 with membrane staining"],
    precise: combine(subtypesDefinition("her2Ultralow"), {
      text:
        "As the DESTINY-Breast06 entry criterion and the 2026 international consensus put it: “faint or barely perceptible, " +
        "incomplete membrane staining in >0% to ≤10% of tumor cells”.",
      sources: ["rakha-2026-consensus", "bardia-2024-db06"],
    }),
    usedOn: ["/prevalence", "/subtypes", "/subtypes/hr-pos-her2-neg", "/subtypes/hr-neg-her2-neg", "/testing", "/treatments", "/outcomes", "/data"],
  },
  "her2-null": {
    aliases: ["IHC 0, absent membrane staining"],
    precise: { text: CATEGORY_TEXT["her2-null"].clinical, sources: CATEGORY_TEXT["her2-null"].sources },
    usedOn: ["/subtypes/hr-pos-her2-neg", "/subtypes/hr-neg-her2-neg", "/testing", "/data"],
  },
  "negative-with-comment": {
    aliases: ["HER2 Negative with Comment"],
    precise: {
      text:
        `“${REPORT_WORDING.negativeWithComment}”: the final status of ISH group 2, 3 or 4 when IHC is 0 or 1+, and of group 2 or 4 ` +
        "with IHC 2+ when the blinded recount stays in the same group (for group 2 that wording is not confirmed: its figure was not seen). " +
        "The comment for each group explains why the result counts as negative.",
      sources: FIGURES,
    },
    usedOn: ["/testing"],
  },

  subtype: {
    aliases: ["HR/HER2 subtype", "molecular subtype"],
    precise: combine(
      { text: "The four joint hormone-receptor and HER2 groups of the SEER registries. HR+ means ER+ and/or PR+.", sources: [] },
      subtypeRules(),
      { text: "Cases whose HR or HER2 status was not recorded are counted as unknown, never dropped.", sources: [] },
    ),
    usedOn: ["/", "/survival", "/prevalence", "/subtypes", ...SUBTYPE_PAGES, "/data"],
  },
  "hormone-receptor": {
    aliases: ["HR", "HR+", "HR−", "hormone-receptor-positive"],
    precise: subtypesDefinition("hormoneReceptorPositive"),
    usedOn: ["/", "/survival", "/prevalence", "/subtypes", ...SUBTYPE_PAGES, "/testing", "/treatments", "/data"],
  },
  er: receptor("Estrogen", ["ER+", "ER−", "estrogen receptor"]),
  pr: receptor("Progesterone", ["PR+", "PR−", "progesterone receptor"]),
  "triple-negative": {
    aliases: ["HR−/HER2−", "TNBC"],
    precise: subtypeRule("hr-neg-her2-neg"),
    usedOn: ["/", "/survival", "/prevalence", "/subtypes", "/subtypes/hr-neg-her2-neg", "/data"],
  },
  "intrinsic-subtype": {
    aliases: ["Luminal A", "Luminal B", "HER2-enriched", "basal-like"],
    precise: subtypesDefinition("intrinsicSubtypes"),
    usedOn: ["/subtypes", "/subtypes/hr-pos-her2-neg", "/subtypes/hr-pos-her2-pos", "/subtypes/hr-neg-her2-pos", "/data"],
  },
};
