/**
 * The ten cumulative treatment sequences PREDICT reports, in the reference file's order: surgery,
 * then radiotherapy, then hormone therapy for 5 or for 10 years, chemotherapy, trastuzumab and a
 * bisphosphonate, each step added to the one before. Each carries its column in benefits32's
 * tables, what it includes, and the step it adds to.
 */
import type { PredictParameter } from "./inputs";

export interface TreatmentSteps {
  radio: boolean;
  /** Years of hormone therapy in the sequence: 0, 5 or 10. */
  hormoneYears: 0 | 5 | 10;
  chemo: boolean;
  traz: boolean;
  bis: boolean;
}

interface TreatmentSpec {
  name: string;
  /** The column of benefits32's tables (`surv`, `pred.cum.br`, `pred.cum.oth`). */
  column: string;
  label: string;
  includes: TreatmentSteps;
  /** The sequence this one adds a step to, and the parameter saying whether that step is given. */
  after: string | null;
  adds: PredictParameter | null;
}

const step = (radio: boolean, hormoneYears: 0 | 5 | 10, chemo = false, traz = false, bis = false): TreatmentSteps => ({
  radio,
  hormoneYears,
  chemo,
  traz,
  bis,
});

export const TREATMENTS = [
  { name: "surgeryOnly", column: "s", label: "Surgery only", includes: step(false, 0), after: null, adds: null },
  { name: "radio", column: "r", label: "+ radiotherapy", includes: step(true, 0), after: "surgeryOnly", adds: "radio" },
  { name: "radioHormone5", column: "rh", label: "+ hormone therapy (5 years)", includes: step(true, 5), after: "radio", adds: "horm" },
  {
    name: "radioHormone5Chemo",
    column: "rhc",
    label: "+ chemotherapy",
    includes: step(true, 5, true),
    after: "radioHormone5",
    adds: "generation",
  },
  {
    name: "radioHormone5ChemoTraz",
    column: "rhct",
    label: "+ trastuzumab",
    includes: step(true, 5, true, true),
    after: "radioHormone5Chemo",
    adds: "traz",
  },
  {
    name: "radioHormone5ChemoTrazBis",
    column: "rhctb",
    label: "+ bisphosphonate",
    includes: step(true, 5, true, true, true),
    after: "radioHormone5ChemoTraz",
    adds: "bis",
  },
  { name: "radioHormone10", column: "rh10", label: "Radiotherapy + hormone therapy (10 years)", includes: step(true, 10), after: "radio", adds: "horm" },
  {
    name: "radioHormone10Chemo",
    column: "rh10c",
    label: "+ chemotherapy (with 10 years of hormone therapy)",
    includes: step(true, 10, true),
    after: "radioHormone10",
    adds: "generation",
  },
  {
    name: "radioHormone10ChemoTraz",
    column: "rh10ct",
    label: "+ trastuzumab (with 10 years of hormone therapy)",
    includes: step(true, 10, true, true),
    after: "radioHormone10Chemo",
    adds: "traz",
  },
  {
    name: "radioHormone10ChemoTrazBis",
    column: "rh10ctb",
    label: "+ bisphosphonate (with 10 years of hormone therapy)",
    includes: step(true, 10, true, true, true),
    after: "radioHormone10ChemoTraz",
    adds: "bis",
  },
] as const satisfies readonly TreatmentSpec[];

export type Treatment = (typeof TREATMENTS)[number];
export type TreatmentName = Treatment["name"];
