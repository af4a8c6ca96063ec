// Properties every PREDICT result must have, on inputs drawn across the README's ranges (fast-check
// with a fixed seed, so a failure reproduces).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PredictInput } from "@/lib/predict/inputs";
import { type PredictResult, predictOutcomes, type TreatmentOutcome } from "@/lib/predict/model";
import { TREATMENTS, type TreatmentName } from "@/lib/predict/treatments";
import { extremeInput, predictInput } from "./arbitraries";

const RUNS = { seed: 2017, numRuns: 500 };
const SERIES = ["allCauseSurvival", "breastCancerDeaths", "otherDeaths"] as const;
/** Sums and differences of percentages computed in doubles: far below any printed digit. */
const EPSILON = 1e-9;

function outcomeOf(result: PredictResult, name: TreatmentName): TreatmentOutcome {
  const outcome = result.results.find((r) => r.treatment === name);
  if (!outcome) throw new Error(`No ${name} in the result`);
  return outcome;
}

/** The column of each step, without its name: what "changes nothing" compares. */
const seriesOf = (outcome: TreatmentOutcome) => SERIES.map((series) => outcome[series]);

/** Each year of each sequence where `check` fails, named; an empty list when it holds everywhere. */
function failures(result: PredictResult, check: (outcome: TreatmentOutcome, year: number) => boolean): string[] {
  return result.results.flatMap((outcome) =>
    Array.from({ length: 15 }, (_, year) => year).flatMap((year) => (check(outcome, year) ? [] : [`${outcome.treatment} year ${year + 1}`])),
  );
}

describe("every result", () => {
  it("has years 1–15 and the ten sequences in order, each series with 15 finite values from 0 to 100", () => {
    fc.assert(
      fc.property(predictInput, (input) => {
        const result = predictOutcomes(input);
        expect(result.years).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
        expect(result.results.map((r) => r.treatment)).toEqual(TREATMENTS.map((t) => t.name));
        const inRange = (value: number | undefined) => value !== undefined && value >= -EPSILON && value <= 100 + EPSILON;
        expect(result.results.every((outcome) => SERIES.every((series) => outcome[series].length === 15))).toBe(true);
        expect(failures(result, (outcome, year) => SERIES.every((series) => inRange(outcome[series][year])))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("splits 100% between the alive, breast-cancer deaths and other deaths, every sequence and year", () => {
    fc.assert(
      fc.property(fc.oneof(predictInput, extremeInput), (input) => {
        const adds = (outcome: TreatmentOutcome, year: number) =>
          Math.abs(outcome.allCauseSurvival[year]! + outcome.breastCancerDeaths[year]! + outcome.otherDeaths[year]! - 100) <= EPSILON;
        expect(failures(predictOutcomes(input), adds)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("never raises survival from one year to the next, nor lowers either count of deaths", () => {
    fc.assert(
      fc.property(fc.oneof(predictInput, extremeInput), (input) => {
        const monotone = (outcome: TreatmentOutcome, year: number) =>
          year === 0 ||
          (outcome.allCauseSurvival[year]! <= outcome.allCauseSurvival[year - 1]! + EPSILON &&
            outcome.breastCancerDeaths[year]! >= outcome.breastCancerDeaths[year - 1]! - EPSILON &&
            outcome.otherDeaths[year]! >= outcome.otherDeaths[year - 1]! - EPSILON);
        expect(failures(predictOutcomes(input), monotone)).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe("treatments", () => {
  it("an added treatment never raises breast-cancer deaths", () => {
    fc.assert(
      fc.property(fc.oneof(predictInput, extremeInput), (input) => {
        const result = predictOutcomes(input);
        const noMoreDeaths = (outcome: TreatmentOutcome, year: number) => {
          const after = TREATMENTS.find((t) => t.name === outcome.treatment)?.after;
          return !after || outcome.breastCancerDeaths[year]! <= outcomeOf(result, after).breastCancerDeaths[year]! + EPSILON;
        };
        expect(failures(result, noMoreDeaths)).toEqual([]);
      }),
      RUNS,
    );
  });
});

/** The value of a step's parameter that means "not given" (no chemotherapy is generation 0). */
const NOT_GIVEN = 0;

describe("a treatment not given, or one the model gives no effect, changes nothing", () => {
  it("each step left out (radiotherapy with no heart dose) leaves its sequence equal to the one before", () => {
    const withoutSome = fc
      .tuple(predictInput, fc.subarray(["radio", "horm", "generation", "traz", "bis"] as const, { minLength: 1 }))
      .map(([input, left]): PredictInput => ({ ...input, ...Object.fromEntries(left.map((name) => [name, NOT_GIVEN])), heartGy: 0 }));
    fc.assert(
      fc.property(withoutSome, (input) => {
        const result = predictOutcomes(input);
        for (const treatment of TREATMENTS) {
          if (treatment.after === null || treatment.adds === null || input[treatment.adds] !== NOT_GIVEN) continue;
          expect(seriesOf(outcomeOf(result, treatment.name)), treatment.name).toEqual(seriesOf(outcomeOf(result, treatment.after)));
        }
      }),
      RUNS,
    );
  });

  it("trastuzumab changes nothing when HER2 is negative or not known", () => {
    const her2NotPositive = fc.tuple(predictInput, fc.constantFrom(0 as const, 9 as const)).map(([input, her2]) => ({ ...input, her2 }));
    fc.assert(
      fc.property(her2NotPositive, (input) => {
        const given = predictOutcomes({ ...input, traz: 1 });
        expect(given).toEqual(predictOutcomes({ ...input, traz: 0 }));
        expect(seriesOf(outcomeOf(given, "radioHormone5ChemoTraz"))).toEqual(seriesOf(outcomeOf(given, "radioHormone5Chemo")));
      }),
      RUNS,
    );
  });

  it("hormone therapy changes nothing when the cancer is ER-negative", () => {
    const erNegative = predictInput.map((input) => ({ ...input, er: 0 as const }));
    fc.assert(
      fc.property(erNegative, (input) => {
        expect(predictOutcomes({ ...input, horm: 1 })).toEqual(predictOutcomes({ ...input, horm: 0 }));
      }),
      RUNS,
    );
  });

  it("trastuzumab for HER2-positive disease lowers breast-cancer deaths from year 1", () => {
    const her2Positive = predictInput.map((input) => ({ ...input, her2: 1 as const, traz: 1 as const }));
    fc.assert(
      fc.property(her2Positive, (input) => {
        const result = predictOutcomes(input);
        expect(outcomeOf(result, "radioHormone5ChemoTraz").breastCancerDeaths[0]!).toBeLessThan(outcomeOf(result, "radioHormone5Chemo").breastCancerDeaths[0]!);
      }),
      RUNS,
    );
  });
});

describe("harms the model counts", () => {
  // An 80-year-old smoker with a small, grade 1, ER-positive, node-negative cancer.
  const lowRisk: PredictInput = {
    age: 80,
    screen: 1,
    size: 8,
    grade: 1,
    nodes: 0,
    er: 1,
    pr: 1,
    her2: 0,
    ki67: 0,
    generation: 3,
    horm: 1,
    traz: 0,
    bis: 0,
    radio: 1,
    heartGy: 8,
    smoker: 1,
  };

  it("chemotherapy can lower overall survival: fewer breast-cancer deaths, more deaths from other causes", () => {
    const result = predictOutcomes(lowRisk);
    const [withChemo, without] = [outcomeOf(result, "radioHormone5Chemo"), outcomeOf(result, "radioHormone5")];
    expect(withChemo.breastCancerDeaths[14]!).toBeLessThan(without.breastCancerDeaths[14]!);
    expect(withChemo.otherDeaths[14]!).toBeGreaterThan(without.otherDeaths[14]!);
    expect(withChemo.allCauseSurvival[14]!).toBeLessThan(without.allCauseSurvival[14]!);
  });

  it("radiation to the heart raises other deaths in every sequence with radiotherapy, more with a larger dose", () => {
    fc.assert(
      fc.property(predictInput, fc.double({ min: 0.5, max: 20, noNaN: true }), (input, dose) => {
        const [low, high] = [predictOutcomes({ ...input, heartGy: 0 }), predictOutcomes({ ...input, heartGy: dose })];
        expect(outcomeOf(high, "surgeryOnly")).toEqual(outcomeOf(low, "surgeryOnly"));
        for (const treatment of TREATMENTS.slice(1)) {
          expect(outcomeOf(high, treatment.name).otherDeaths[14]!, treatment.name).toBeGreaterThan(outcomeOf(low, treatment.name).otherDeaths[14]!);
        }
      }),
      RUNS,
    );
  });

  it("as in benefits32, a heart dose counts even when radiotherapy is not given (the reference values show it)", () => {
    const result = predictOutcomes({ ...lowRisk, radio: 0 });
    const [radio, surgery] = [outcomeOf(result, "radio"), outcomeOf(result, "surgeryOnly")];
    expect(radio.otherDeaths[14]!).toBeGreaterThan(surgery.otherDeaths[14]!);
    expect(radio.breastCancerDeaths[14]!).toBeLessThan(surgery.breastCancerDeaths[14]!);
    const noDose = predictOutcomes({ ...lowRisk, radio: 0, heartGy: 0 });
    expect(seriesOf(outcomeOf(noDose, "radio"))).toEqual(seriesOf(outcomeOf(noDose, "surgeryOnly")));
  });
});

describe("purity", () => {
  it("returns equal results for equal inputs, leaves the input alone, and shares no array between sequences", () => {
    fc.assert(
      fc.property(predictInput, (input) => {
        const copy = { ...input };
        const first = predictOutcomes(input);
        expect(input).toEqual(copy);
        expect(predictOutcomes(input)).toEqual(first);
        const arrays = first.results.flatMap((outcome) => SERIES.map((series) => outcome[series]));
        expect(new Set([...arrays, first.years]).size).toBe(arrays.length + 1);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
