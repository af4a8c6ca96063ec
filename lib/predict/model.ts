/**
 * PREDICT Breast v3.2, written from the formulae of benefits32 (R package predictv30r 0.3.2): for
 * a woman with early invasive breast cancer after surgery, the share of women like her alive 1–15
 * years later under each cumulative treatment sequence, and the shares who died of breast cancer
 * and of other causes, in percent (the three add up to 100).
 */

import { predictCoefficients } from "./coefficients";
import type { PredictInput } from "./inputs";
import { breastIndex, otherIndex, type TreatmentEffects, treatmentEffects, YEAR_COUNT } from "./prognostic-index";
import { TREATMENTS, type TreatmentName, type TreatmentSteps } from "./treatments";

export const PREDICT_YEARS: readonly number[] = Array.from({ length: YEAR_COUNT }, (_, i) => i + 1);

export interface TreatmentOutcome {
  treatment: TreatmentName;
  allCauseSurvival: number[];
  breastCancerDeaths: number[];
  otherDeaths: number[];
}

export interface PredictResult {
  /** Years since surgery, 1–15; each series has one value per year. */
  years: number[];
  /** One per sequence, in TREATMENTS order. */
  results: TreatmentOutcome[];
}

const beta = predictCoefficients.coefficients;

/** benefits32 turns a cumulative baseline into yearly increments (the first year is its own). */
function yearly(cumulative: (t: number) => number): Float64Array {
  const increments = new Float64Array(YEAR_COUNT);
  let previous = 0;
  for (let year = 0; year < YEAR_COUNT; year++) {
    const value = cumulative((year + 1) / 10);
    increments[year] = year === 0 ? value : value - previous;
    previous = value;
  }
  return increments;
}

// Baseline cumulative hazards, functions of time alone (benefits32's "baseline" blocks), so they are
// computed once. Time is in decades; breast cancer has one baseline for each ER status.
const OTHER_BASELINE = yearly((t) => Math.exp(beta.h_ot_i + beta.h_ot_t1 * Math.log(t) + beta.h_ot_t2 * t));
const BREAST_BASELINE = {
  erPositive: yearly((t) => Math.exp(beta.h1_br_i + beta.h1_br_t1 * t ** -0.5 + beta.h1_br_t2 * (t ** -0.5 * Math.log(t)))),
  erNegative: yearly((t) => Math.exp(beta.h0_br_i + beta.h0_br_t1 * t ** -1 + beta.h0_br_t2 * (t ** -1 * Math.log(t)))),
};

export function predictOutcomes(input: PredictInput): PredictResult {
  const effects = treatmentEffects(input);
  const patient: Patient = { breastHazards: breastHazards(input), otherSurvivals: [] };
  const index = otherIndex(input);
  // A step that is not given, or has no effect for this patient, leaves a sequence's indices as they
  // were: the sequence is then the one before it, computed once and copied.
  const computed: { early: number; late: number; other: number; outcome: TreatmentOutcome }[] = [];
  const results = TREATMENTS.map(({ name, includes }) => {
    const { early, late, other } = sequenceIndices(includes, effects, index);
    const same = computed.find((c) => c.early === early && c.late === late && c.other === other);
    if (same) return copyOutcome(name, same.outcome);
    const result = outcome(name, early, late, otherSurvival(patient, other), patient);
    computed.push({ early, late, other, outcome: result });
    return result;
  });
  return { years: [...PREDICT_YEARS], results };
}

interface Patient {
  /** Each year's breast-cancer hazard before any treatment (baseline × the exponential of the index). */
  breastHazards: number[];
  /** Survival from other causes for each year, by the other-causes index of a sequence. */
  otherSurvivals: { index: number; survival: number[] }[];
}

/**
 * What a sequence adds to the patient's indices (benefits32's treatment tables): on the breast
 * index, in years 1–10 and 11–15 (where ten years of hormone therapy differ); the whole other index.
 */
function sequenceIndices(steps: TreatmentSteps, effects: TreatmentEffects, otherIndex: number) {
  // Sums in benefits32's order: radiotherapy, hormone therapy, chemotherapy, trastuzumab, bisphosphonate.
  const shift = (hormone: number) => {
    let sum = (steps.radio ? effects.radio : 0) + hormone;
    if (steps.chemo) sum += effects.chemo;
    if (steps.traz) sum += effects.traz;
    if (steps.bis) sum += effects.bis;
    return sum;
  };
  const hormone = steps.hormoneYears === 0 ? 0 : effects.hormone;
  const hormoneLate = steps.hormoneYears === 10 ? effects.hormone + effects.hormoneYears11To15 : hormone;
  let other = otherIndex;
  if (steps.radio) other += effects.heart;
  if (steps.chemo) other += effects.chemoOther;
  return { early: shift(hormone), late: shift(hormoneLate), other };
}

/**
 * A treatment multiplies each year's hazard by the exponential of its index, so the untreated
 * hazards are computed once per patient and each sequence scales them (benefits32 exponentiates
 * the sum instead; the two agree to a few units in the 16th digit).
 */
function breastHazards(input: PredictInput): number[] {
  const index = breastIndex(input);
  const baseline = input.er === 1 ? BREAST_BASELINE.erPositive : BREAST_BASELINE.erNegative;
  const hazards = new Array<number>(YEAR_COUNT);
  for (let year = 0; year < YEAR_COUNT; year++) hazards[year] = (baseline[year] as number) * Math.exp(index[year] as number);
  return hazards;
}

/** Cumulative survival from other causes, years 1–15 (benefits32's other-mortality block). */
function otherSurvival(patient: Patient, index: number): number[] {
  const known = patient.otherSurvivals.find((other) => other.index === index);
  if (known) return known.survival;
  const hazardRatio = Math.exp(index);
  const survival = new Array<number>(YEAR_COUNT);
  let hazard = 0;
  for (let year = 0; year < YEAR_COUNT; year++) {
    hazard += (OTHER_BASELINE[year] as number) * hazardRatio;
    survival[year] = Math.exp(-hazard);
  }
  patient.otherSurvivals.push({ index, survival });
  return survival;
}

function copyOutcome(treatment: TreatmentName, from: TreatmentOutcome): TreatmentOutcome {
  return {
    treatment,
    allCauseSurvival: from.allCauseSurvival.slice(),
    breastCancerDeaths: from.breastCancerDeaths.slice(),
    otherDeaths: from.otherDeaths.slice(),
  };
}

/**
 * One sequence (benefits32's breast-mortality and competing-risk blocks): each cause's cumulative
 * hazard gives its cumulative mortality on its own; all-cause survival is the product of the two
 * survivals; each year's deaths are shared between the causes in proportion to that year's
 * increase of each cause's mortality.
 */
function outcome(treatment: TreatmentName, early: number, late: number, otherSurvivals: number[], patient: Patient): TreatmentOutcome {
  const allCauseSurvival = new Array<number>(YEAR_COUNT);
  const breastCancerDeaths = new Array<number>(YEAR_COUNT);
  const otherDeaths = new Array<number>(YEAR_COUNT);
  const earlyRatio = Math.exp(early);
  const lateRatio = Math.exp(late);
  let breastHazard = 0;
  let breastBefore = 0;
  let otherBefore = 0;
  let allBefore = 0;
  let breastDied = 0;
  let otherDied = 0;
  for (let year = 0; year < YEAR_COUNT; year++) {
    breastHazard += (patient.breastHazards[year] as number) * (year < 10 ? earlyRatio : lateRatio);
    const breastSurvival = Math.exp(-breastHazard);
    const otherSurvival = otherSurvivals[year] as number;
    const breastMortality = 1 - breastSurvival;
    const otherMortality = 1 - otherSurvival;
    const allMortality = 1 - otherSurvival * breastSurvival;
    const breastThisYear = breastMortality - breastBefore;
    const otherThisYear = otherMortality - otherBefore;
    const allThisYear = allMortality - allBefore;
    // Where neither cause adds any mortality in a year (both already certain in floating point, far
    // outside clinical inputs), R's share is 0/0; no one is left to die, so the year adds nothing.
    const causes = breastThisYear + otherThisYear;
    const breastShare = causes > 0 ? (breastThisYear / causes) * allThisYear : 0;
    breastDied += breastShare;
    otherDied += allThisYear - breastShare;
    allCauseSurvival[year] = 100 * (1 - (breastDied + otherDied));
    breastCancerDeaths[year] = 100 * breastDied;
    otherDeaths[year] = 100 * otherDied;
    breastBefore = breastMortality;
    otherBefore = otherMortality;
    allBefore = allMortality;
  }
  return { treatment, allCauseSurvival, breastCancerDeaths, otherDeaths };
}
