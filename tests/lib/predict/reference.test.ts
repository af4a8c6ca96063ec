// Every value R's benefits32 gave for the reference patients, reproduced to 1e-9 (in percent).
import { describe, expect, it } from "vitest";
import { predictOutcomes } from "@/lib/predict/model";
import { TREATMENTS } from "@/lib/predict/treatments";
import { describePatient, readReference } from "./fixtures";

const TOLERANCE = 1e-9;
const SERIES = ["allCauseSurvival", "breastCancerDeaths", "otherDeaths"] as const;

describe.each([
  ["predict-public.json (60 patients from the reference)", readReference("predict-public.json")],
  ["predict-extra.json (40 more, scripts/reference/predict-extra.R)", readReference("predict-extra.json")],
])("%s", (_, patients) => {
  it.each(patients.map((patient, index) => [describePatient(patient, index), patient] as const))("%s", (_, patient) => {
    const predicted = predictOutcomes(patient.input);
    expect(predicted.years).toEqual(patient.years);
    expect(predicted.results.map((r) => r.treatment)).toEqual(patient.results.map((r) => r.treatment));
    expect(TREATMENTS.map((t) => t.column)).toEqual(patient.results.map((r) => r.column));
    for (const [t, expected] of patient.results.entries()) {
      for (const series of SERIES) {
        const actual = predicted.results[t]![series];
        expect(actual).toHaveLength(15);
        for (const [year, value] of expected[series].entries()) {
          expect(Math.abs(actual[year]! - value), `${expected.treatment} ${series} year ${year + 1}: ${actual[year]} vs R ${value}`).toBeLessThanOrEqual(
            TOLERANCE,
          );
        }
      }
    }
  });
});
