/**
 * Glossary terms of survival, statistics, stage and the registries, in plain words. The survival
 * measures and stages reuse the words the charts already use (lib/datasets/survival-dimensions,
 * lib/glossary/stages), so a term reads the same in its popover, its chart and its glossary entry.
 */
import { FOUR_YEAR_OUTCOME, RELATIVE_SURVIVAL_COMPARISON, STAGE_LABELS } from "../datasets/survival-dimensions";
import { AJCC_STAGE_TEXT } from "./stages";
import type { GlossaryTerm } from "./types";

export const SURVIVAL_TERMS = [
  {
    id: "cause-specific-survival",
    term: "Cause-specific survival (breast cancer-specific survival)",
    plain: `Survival that counts only deaths from breast cancer. The four-year figures here are the share of people who ${FOUR_YEAR_OUTCOME}: not the share still alive.`,
  },
  {
    id: "relative-survival",
    term: "Relative survival",
    plain:
      `Survival of people with cancer ${RELATIVE_SURVIVAL_COMPARISON}. A five-year figure of 90% would mean they were 90% as likely ` +
      "to live at least five years after diagnosis: not that 90 in 100 were alive.",
  },
  {
    id: "overall-survival",
    term: "Overall survival",
    plain: "The share of people still alive a given time after diagnosis or after starting a treatment, whatever the cause of any death.",
  },
  {
    id: "progression-free-survival",
    term: "Progression-free survival",
    plain: "The share of people who are alive and whose cancer has not grown or spread, a given time after starting a treatment.",
  },
  {
    id: "confidence-interval",
    term: "Confidence interval (95% CI)",
    plain:
      "A range around a figure that shows how precise it is. A narrow range means a precise figure; a wide one means the true value " +
      "could well be further from the figure shown.",
  },
  {
    id: "median",
    term: "Median",
    plain: "The middle value: half of the people had a lower value, half a higher one. A median age of 60 means half were younger than 60.",
  },
  {
    id: "hazard-ratio",
    term: "Hazard ratio",
    plain:
      "A trial's comparison of how often an event (the cancer growing, or death) happened over time in one group against another. " +
      "Below 1 means it happened less often in the group on the new treatment.",
  },
  {
    id: "kaplan-meier",
    term: "Kaplan–Meier curve",
    plain:
      "A survival curve: the share of a group still free of an event (for example, still alive) over time. It steps down each time " +
      "an event happens, and it also uses people who were followed for shorter times.",
  },
  {
    id: "log-rank-test",
    term: "Log-rank test",
    plain: "A test of whether two survival curves differ by more than chance alone would explain.",
  },
] as const satisfies readonly GlossaryTerm[];

export const STAGE_TERMS = [
  {
    id: "stage",
    term: "Stage",
    plain: "How far a cancer has grown and spread when it is found. The figures here use two different stage systems.",
  },
  {
    id: "stage-i-iv",
    term: "Stage I to IV (AJCC stage)",
    plain:
      "The stages doctors usually use. Stages I, II and III are the earlier stages, before the cancer has spread to distant parts of " +
      "the body; stage IV means it has.",
  },
  {
    id: "de-novo-stage-iv",
    term: "De novo stage IV",
    plain: `Cancer that had ${STAGE_LABELS["stage-iv"].plain}.`,
  },
  {
    id: "seer-summary-stage",
    term: "Localized, regional and distant (SEER stage)",
    plain:
      `The three stages US cancer registries use: localized (${STAGE_LABELS.localized.plain}), regional ` +
      `(${STAGE_LABELS.regional.plain}) and distant (${STAGE_LABELS.distant.plain}).`,
  },
  {
    id: "metastatic",
    term: "Metastatic (unresectable or metastatic)",
    plain: `${AJCC_STAGE_TEXT.stageIv} Drug labels say “unresectable or metastatic”: it also covers cancer that surgery cannot remove.`,
  },
  {
    id: "early-breast-cancer",
    term: "Early breast cancer (early stage)",
    plain: "Breast cancer that has not spread to distant parts of the body and can be removed by surgery (operable).",
  },
] as const satisfies readonly GlossaryTerm[];

export const DATA_TERMS = [
  {
    id: "seer",
    term: "SEER (US cancer registries)",
    plain:
      "The US National Cancer Institute's cancer registry program. It records the cancers diagnosed in the areas it covers and how the " +
      "people with them fare. The number (SEER 18, 21, 22) says how many registries a figure includes.",
  },
  {
    id: "ncdb",
    term: "National Cancer Database (NCDB)",
    plain: "A large US database of cancers seen in hospitals. It counts hospital patients, not everyone in an area as SEER does.",
  },
  {
    id: "incidence-rate",
    term: "Incidence rate (per 100,000)",
    plain: "How many women in every 100,000 are newly diagnosed. A rate is not a share: a share says what part of all breast cancers one " + "subtype is.",
  },
  {
    id: "age-adjusted",
    term: "Age-adjusted rate",
    plain: "A rate recalculated as if every group had the same mix of ages, so that an older or younger group can be compared fairly.",
  },
  {
    id: "delay-adjusted",
    term: "Delay-adjusted rate",
    plain: "A rate corrected for cases reported to the registry late, so the most recent years are not undercounted.",
  },
] as const satisfies readonly GlossaryTerm[];
