/**
 * Precise definitions of the survival, statistics, stage and registry terms. The survival measures
 * and rates read their definitions from the datasets' own rows; the stages from lib/glossary/stages
 * (the words /survival explains them with); the trial statistics follow reference/trials/README.md.
 */
import { combine, intervalExample, prevalenceDefinition, subtypesDefinition, survivalDefinition } from "./from-data";
import { AJCC_STAGE_TEXT, SEER_STAGE_QUOTES, TWO_STAGE_SYSTEMS } from "./stages";
import type { DATA_TERMS, STAGE_TERMS, SURVIVAL_TERMS } from "./terms-outcomes";
import { type GlossaryDetails, SUBTYPE_PAGES } from "./types";

type Id = (typeof SURVIVAL_TERMS | typeof STAGE_TERMS | typeof DATA_TERMS)[number]["id"];

export const OUTCOME_DETAILS: Record<Id, GlossaryDetails> = {
  "cause-specific-survival": {
    aliases: ["breast cancer-specific survival", "four-year breast cancer-specific survival"],
    precise: combine(survivalDefinition("four-year-cause-specific"), {
      // How the measure is computed, not a figure: a researcher reads it as a net measure, not a crude share.
      text: "Deaths from other causes are not events: the people who die of them leave the count (censored). Where those deaths are independent of breast cancer, it estimates survival as if breast cancer were the only cause of death.",
      sources: [],
    }),
    usedOn: ["/", "/survival", "/subtypes", ...SUBTYPE_PAGES, "/treatments", "/data"],
  },
  "relative-survival": {
    aliases: ["five-year relative survival", "5-year relative survival"],
    precise: survivalDefinition("five-year-relative"),
    usedOn: ["/survival", ...SUBTYPE_PAGES, "/treatments", "/data"],
  },
  "overall-survival": {
    aliases: ["OS"],
    precise: {
      text:
        "The proportion of people alive a stated time after diagnosis or randomisation, counting death from any cause as the event. " +
        "Unlike cause-specific survival, deaths from other causes lower it.",
      sources: [],
    },
    usedOn: ["/", "/survival", "/subtypes", ...SUBTYPE_PAGES, "/treatments", "/trials"],
  },
  "progression-free-survival": {
    aliases: ["PFS"],
    precise: {
      text: "The proportion of people alive without progression of their cancer a stated time after randomisation: progression or death, whichever comes first, is the event.",
      sources: [],
    },
    usedOn: ["/trials"],
  },
  "confidence-interval": {
    aliases: ["95% CI", "CI"],
    precise: combine(
      {
        text:
          "A range computed from the data by a method that, over repeated samples, would contain the true value 95 times in 100 " +
          "(for a 95% interval). It reflects chance (sampling) error only, not bias in who was counted.",
        sources: [],
      },
      intervalExample("rate-2018-2022-race-nh-aian-hr-pos-her2-pos"),
    ),
    usedOn: ["/prevalence", "/data", "/trials"],
  },
  median: {
    aliases: [],
    precise: {
      text:
        "The value that splits the ordered observations in half. For time-to-event data (median survival) it is read off the " +
        "Kaplan–Meier curve where it crosses 50%, and is “not reached” if it never does.",
      sources: [],
    },
    usedOn: ["/prevalence", "/trials", "/data"],
  },
  "hazard-ratio": {
    // Papers shorten it to "HR", but on this site HR is the hormone receptor (HR+/HER2−): no alias, so it means one thing.
    aliases: [],
    precise: {
      text:
        "The hazard (the event rate at each moment among those still at risk) in the experimental arm divided by that in the control " +
        "arm, estimated with a Cox proportional-hazards model and given with its 95% confidence interval. Below 1 favours the " +
        "experimental arm. It assumes the ratio stays the same over time (proportional hazards).",
      sources: [],
    },
    usedOn: ["/trials", "/data"],
  },
  "kaplan-meier": {
    aliases: ["product-limit estimate", "survival curve"],
    precise: {
      text:
        "The product-limit estimate of the survival function: at each event time the estimate is multiplied by (1 − events ÷ people " +
        "at risk). People censored (followed without the event to their last contact) leave the risk set without a step. Its " +
        "confidence interval uses Greenwood’s variance.",
      sources: [],
    },
    usedOn: ["/data", "/survival", "/trials"],
  },
  "log-rank-test": {
    aliases: [],
    precise: {
      text:
        "Compares the observed with the expected number of events in each arm at every event time; for two arms the statistic is " +
        "chi-square with 1 degree of freedom, giving a p-value.",
      sources: [],
    },
    usedOn: ["/trials", "/data"],
  },

  stage: {
    aliases: ["staging", "stage at diagnosis"],
    precise: {
      text:
        `${TWO_STAGE_SYSTEMS} The four-year figures use AJCC stage (I to IV); the five-year figures and incidence by stage use SEER ` +
        "Combined Summary Stage (localized, regional, distant).",
      sources: ["howlader-2018-cebp", "seer-statfacts-subtypes-2023"],
    },
    usedOn: ["/survival", "/treatments"],
  },
  "stage-i-iv": {
    aliases: ["AJCC stage", "stage 4", "stages I–III"],
    precise: {
      text: "The American Joint Committee on Cancer (AJCC) stage groups, used by the four-year figures (Howlader et al.):",
      items: [`Stage IV: ${AJCC_STAGE_TEXT.stageIv}`, `Stages I, II and III: ${AJCC_STAGE_TEXT.stagesOneToThree}`],
      sources: ["howlader-2018-cebp"],
    },
    usedOn: ["/survival", ...SUBTYPE_PAGES, "/treatments", "/data"],
  },
  "de-novo-stage-iv": {
    aliases: ["de novo metastatic"],
    precise: {
      text: `${AJCC_STAGE_TEXT.deNovo} Howlader et al. report four-year survival for this group.`,
      sources: ["howlader-2018-cebp"],
    },
    usedOn: ["/survival", ...SUBTYPE_PAGES, "/treatments", "/data"],
  },
  "seer-summary-stage": {
    aliases: ["SEER Combined Summary Stage", "localized", "regional", "distant"],
    precise: {
      text:
        "SEER Combined Summary Stage, the registries’ own system, recorded at diagnosis; not AJCC stage. Regional is not stage II–III, " +
        "and distant at diagnosis counts de novo metastatic cancer only. The National Cancer Institute defines its three groups as:",
      items: [`Localized: “${SEER_STAGE_QUOTES.localized}”.`, `Regional: “${SEER_STAGE_QUOTES.regional}”.`, `Distant: “${SEER_STAGE_QUOTES.distant}”.`],
      sources: ["seer-statfacts-subtypes-2023"],
    },
    usedOn: ["/survival", ...SUBTYPE_PAGES, "/treatments", "/data"],
  },
  metastatic: {
    aliases: ["unresectable or metastatic"],
    precise: {
      text:
        "Spread to distant parts of the body (AJCC stage IV; SEER “distant” when found at diagnosis). Drug labels name their " +
        "population “unresectable or metastatic”: cancer that has spread, or that cannot be removed completely by surgery.",
      sources: ["howlader-2018-cebp", "seer-statfacts-subtypes-2023"],
    },
    usedOn: ["/survival", "/subtypes", ...SUBTYPE_PAGES, "/testing", "/treatments", "/data", "/trials", "/outcomes"],
  },
  "early-breast-cancer": {
    aliases: ["early-stage", "operable"],
    precise: {
      text:
        "Breast cancer without distant spread that can be treated with surgery (operable). Approvals for early breast cancer cover " +
        "treatment before surgery (neoadjuvant), after it (adjuvant), or both.",
      sources: [],
    },
    usedOn: ["/subtypes/hr-pos-her2-pos", "/subtypes/hr-neg-her2-pos", "/treatments", "/outcomes", "/data"],
  },

  seer: {
    aliases: ["Surveillance, Epidemiology, and End Results", "SEER 18", "SEER 21", "SEER 22", "SEER*Explorer"],
    precise: combine(
      {
        text:
          "The Surveillance, Epidemiology, and End Results Program of the National Cancer Institute: population-based cancer " +
          "registries. SEER 18 covered about 28% of the US population. Each registry set (SEER 18, 21, 22) covers a different part " +
          "of the US, and survival tables leave out the Illinois and Massachusetts registries (“SEER 22 excluding IL/MA”).",
        sources: ["howlader-2014-jnci", "seer-statfacts-subtypes-2024"],
      },
      subtypesDefinition("registryStart"),
    ),
    usedOn: ["/", "/survival", "/prevalence", "/subtypes", ...SUBTYPE_PAGES, "/treatments", "/data"],
  },
  ncdb: {
    aliases: ["NCDB"],
    precise: {
      text: "A hospital-based US cancer database. The HER2-low shares here come from it: HER2-negative breast cancers diagnosed 2010–2019 with an IHC score recorded.",
      sources: ["peiffer-2023-jamaonc"],
    },
    usedOn: ["/prevalence"],
  },
  "incidence-rate": {
    aliases: ["rate per 100,000", "new cases per 100,000 women"],
    precise: prevalenceDefinition("rate-2017-2021-hr-pos-her2-neg"),
    usedOn: ["/prevalence", "/data"],
  },
  "age-adjusted": {
    aliases: ["age-standardised rate"],
    precise: {
      text:
        "A weighted average of the age-specific rates, with weights from a standard population: here the 2000 US standard " +
        "population (SEER*Explorer: 20 age groups, Census P25-1130).",
      sources: ["seer-statfacts-subtypes-2024", "seer-explorer-nov2024"],
    },
    usedOn: ["/prevalence"],
  },
  "delay-adjusted": {
    aliases: [],
    precise: {
      text:
        "A rate modelled to allow for cases that reach the registry after the usual reporting time. SEER*Explorer series are either " +
        "delay-adjusted or observed; the two are never mixed in one chart.",
      sources: ["seer-explorer-nov2024"],
    },
    usedOn: ["/prevalence"],
  },
};
