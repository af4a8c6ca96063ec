// R's values of benefits32 for the reference patients, read from the committed fixtures.
import { readFileSync } from "node:fs";
import { type PredictInput, PredictInputSchema } from "@/lib/predict/inputs";

export interface ReferenceOutcome {
  treatment: string;
  column: string;
  allCauseSurvival: number[];
  breastCancerDeaths: number[];
  otherDeaths: number[];
}

export interface ReferencePatient {
  input: PredictInput;
  years: number[];
  results: ReferenceOutcome[];
}

/** A fixture's patients; each input also passes our schema, so every one is a valid query. */
export function readReference(file: string): ReferencePatient[] {
  const raw = JSON.parse(readFileSync(new URL(`../../fixtures/predict/${file}`, import.meta.url), "utf8")) as { patients: ReferencePatient[] };
  return raw.patients.map((patient) => ({ ...patient, input: PredictInputSchema.parse(patient.input) }));
}

/** "age 42, ER−, HER2+, 25 mm, 1 node, chemo 3, traz": enough to find the patient in a failure. */
export function describePatient({ input }: ReferencePatient, index: number): string {
  const status = (value: number) => (value === 1 ? "+" : value === 0 ? "−" : "?");
  const given = (["horm", "traz", "bis", "radio"] as const).filter((name) => input[name] === 1);
  return [
    `#${index + 1} age ${input.age}`,
    `ER${status(input.er)} PR${status(input.pr)} HER2${status(input.her2)}`,
    `${input.size} mm, ${input.nodes} node${input.nodes === 1 ? "" : "s"}, grade ${input.grade}`,
    `chemo ${input.generation}${given.length ? `, ${given.join("+")}` : ""}, heart ${input.heartGy} Gy`,
  ].join(", ");
}
