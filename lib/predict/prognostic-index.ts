/**
 * One patient's prognostic indices (log hazard ratios against the model's baselines) and the log
 * hazard ratio of each treatment, from benefits32 of predictv30r 0.3.2 (the PREDICT Breast v3.2
 * formulae). Sums keep the R code's order of terms.
 */
import { predictCoefficients } from "./coefficients";
import type { PredictInput } from "./inputs";

export const YEAR_COUNT = 15;
const beta = predictCoefficients.coefficients;

// benefits32 fixes the year of diagnosis at 2017, as the web tool does; the indices take years since 2000.
const YEARS_SINCE_2000 = 2017 - 2000;

// benefits32's fix for missing data: an unknown way of detection or grade gets a fixed value.
const UNKNOWN_SCREEN = 0.204;
const UNKNOWN_GRADE = 2.13;

// HER2 in ER-positive disease: a log hazard ratio for each of years 1–15, fading year by year to 0
// (from year 10 when positive, year 9 when negative); in ER-negative disease one value for all
// years; unknown status adds nothing.
const HER2_POSITIVE_ER_POSITIVE = [0.608, 0.532, 0.457, 0.382, 0.307, 0.231, 0.156, 0.081, 0.006, 0, 0, 0, 0, 0, 0];
const HER2_NEGATIVE_ER_POSITIVE = [-0.053, -0.046, -0.04, -0.033, -0.027, -0.02, -0.014, -0.007, 0, 0, 0, 0, 0, 0, 0];
const HER2_ER_NEGATIVE = { positive: 0.2316, negative: -0.08589 };
// Ki-67 counts in ER-positive disease only; progesterone receptor in both, by ER status.
const KI67_ER_POSITIVE = { positive: 0.14904, negative: -0.11333 };
const PR_ER_POSITIVE = { positive: -0.0619, negative: 0.2624 };
const PR_ER_NEGATIVE = { positive: -0.2231, negative: 0.0296 };

// benefits32's baseline adjustment for radiotherapy: the baselines were fitted on a population of
// which a share had radiotherapy, so both indices are moved to "no radiotherapy".
const RADIO_BASELINE_BREAST = { erPositive: 0.7, erNegative: 0.55 };
const RADIO_BASELINE_OTHER = -0.062;

// Smoking (benefits32's smoking adjustment): current smokers against the population average, with
// 10% of women smoking, twice the risk of smoking-related deaths, and a quarter of other deaths
// being smoking-related.
const SMOKER_SHARE = 0.1;
const SMOKER_RISK = 2;
const SMOKING_RELATED_SHARE = 0.25;
const SMOKER_OTHER_RISK = SMOKING_RELATED_SHARE * SMOKER_RISK + 1 - SMOKING_RELATED_SHARE;
const POPULATION_OTHER_RISK = 1 - SMOKER_SHARE + SMOKER_OTHER_RISK * SMOKER_SHARE;
const SMOKING = { smoker: Math.log(SMOKER_OTHER_RISK / POPULATION_OTHER_RISK), nonSmoker: Math.log(1 / POPULATION_OTHER_RISK) };

/** The breast-cancer prognostic index of benefits32, one value for each of years 1–15. */
export function breastIndex(input: PredictInput): number[] {
  const erPositive = input.er === 1;
  const age = (input.age - 24) / 100;
  const screen = input.screen === 2 ? UNKNOWN_SCREEN : input.screen;
  const grade = input.grade === 9 ? UNKNOWN_GRADE : input.grade;
  const nodes = Math.log(input.nodes + 1);
  // Fractional polynomials of age and size differ by ER status (Candido dos Reis 2017's refit).
  const fixed = erPositive
    ? beta.ag1_er1 * age ** -0.5 +
      beta.ag2_er1 * age ** 2 +
      beta.sz1_er1 * (1 - Math.exp(-input.size / 20)) +
      beta.nd1_er1 * nodes +
      beta.gr1_er1 * grade +
      beta.sc1_er1 * screen +
      beta.yr1_er1 * YEARS_SINCE_2000
    : beta.ag1_er0 * age +
      beta.ag2_er0 * (age * Math.log(age)) +
      beta.sz1_er0 * Math.log(input.size) +
      beta.nd1_er0 * nodes +
      beta.gr1_er0 * grade +
      beta.sc1_er0 * screen +
      beta.yr1_er0 * YEARS_SINCE_2000;
  const ki67 = erPositive ? statusEffect(input.ki67, KI67_ER_POSITIVE) : 0;
  const pr = statusEffect(input.pr, erPositive ? PR_ER_POSITIVE : PR_ER_NEGATIVE);
  const radioBaseline = erPositive ? RADIO_BASELINE_BREAST.erPositive : RADIO_BASELINE_BREAST.erNegative;
  const index = new Array<number>(YEAR_COUNT);
  for (let year = 0; year < YEAR_COUNT; year++) {
    index[year] = fixed + her2Effect(input, year) + ki67 + pr + radioBaseline;
  }
  return index;
}

function statusEffect(status: 0 | 1 | 9, effect: { positive: number; negative: number }): number {
  return status === 1 ? effect.positive : status === 0 ? effect.negative : 0;
}

function her2Effect(input: PredictInput, year: number): number {
  if (input.er === 0) return statusEffect(input.her2, HER2_ER_NEGATIVE);
  if (input.her2 === 1) return HER2_POSITIVE_ER_POSITIVE[year] as number;
  return input.her2 === 0 ? (HER2_NEGATIVE_ER_POSITIVE[year] as number) : 0;
}

/** The other-causes prognostic index of benefits32 (age, year of diagnosis, smoking). */
export function otherIndex(input: PredictInput): number {
  const age = (input.age - 24) / 100;
  return (
    beta["ag_ot_ea.beta.1"] * age ** 3 +
    beta["ag_ot_ea.beta.2"] * (age ** 3 * Math.log(age)) +
    beta["yr_ot_ea.beta"] * YEARS_SINCE_2000 +
    RADIO_BASELINE_OTHER +
    (input.smoker === 1 ? SMOKING.smoker : SMOKING.nonSmoker)
  );
}

/** Each treatment's log hazard ratio for this patient; 0 where it is not given or has no effect. */
export interface TreatmentEffects {
  /** On breast-cancer deaths. */
  radio: number;
  hormone: number;
  /** Added to `hormone` in years 11–15 of ten years of hormone therapy (ATLAS and aTTom). */
  hormoneYears11To15: number;
  chemo: number;
  traz: number;
  bis: number;
  /** On other deaths: radiation to the heart, and the harm of chemotherapy. */
  heart: number;
  chemoOther: number;
}

// Relative hazards benefits32 applies (it credits Darby et al., Taylor et al. 2017 and Kerr et al.
// 2022): radiotherapy 0.82 on breast-cancer deaths, 1.02 per Gy to the heart and 1.2 for
// chemotherapy on other deaths. The rest are log hazard ratios as the R code gives them.
const RELATIVE_HAZARD = { radioBreast: 0.82, heartPerGy: 1.02, chemoOther: 1.2 } as const;
const LOG_HAZARD_RATIO = {
  hormone: -0.3857,
  hormoneYears11To15: -0.301,
  chemo: { 0: 0, 2: -0.248, 3: -0.446 },
  trastuzumab: -0.3567,
  bisphosphonate: -0.198,
} as const;

export function treatmentEffects(input: PredictInput): TreatmentEffects {
  // Hormone therapy counts only in ER-positive disease, trastuzumab only in HER2-positive disease.
  const hormone = input.horm === 1 && input.er === 1 ? LOG_HAZARD_RATIO.hormone : 0;
  return {
    radio: input.radio === 1 ? Math.log(RELATIVE_HAZARD.radioBreast) : 0,
    hormone,
    hormoneYears11To15: hormone === 0 ? 0 : LOG_HAZARD_RATIO.hormoneYears11To15,
    chemo: LOG_HAZARD_RATIO.chemo[input.generation],
    traz: input.her2 === 1 && input.traz === 1 ? LOG_HAZARD_RATIO.trastuzumab : 0,
    bis: input.bis === 1 ? LOG_HAZARD_RATIO.bisphosphonate : 0,
    // As in benefits32, the heart dose counts in every sequence with a radiotherapy step, whether or
    // not radiotherapy is given (the reference values show it): a form should send 0 without it.
    heart: Math.log(RELATIVE_HAZARD.heartPerGy) * input.heartGy,
    chemoOther: input.generation === 0 ? 0 : Math.log(RELATIVE_HAZARD.chemoOther),
  };
}
