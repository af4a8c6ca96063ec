// The trial CSVs and R's values for them, read from disk as the API will read them (lib/ takes text).
import { readdirSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { type Observation, observationsByArm, parseTrialCsv } from "@/lib/trials/statistics";

const ROOT = new URL("../../../", import.meta.url);

export type RPoint = { arm: string; time: number; survival: number; lower: number | null; upper: number | null; atRisk: number };
export type RArm = { arm: string; n: number; events: number; median: number | null; medianLower: number | null; medianUpper: number | null };
export type RReference = {
  id: string;
  controlArm: string;
  experimentalArm: string;
  arms: RArm[];
  hazardRatio: { value: number; lower: number; upper: number };
  logRank: { chisq: number; p: number };
  survivalAt: RPoint[];
};

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, ROOT), "utf8")) as T;
}

export const REFERENCE = readJson<Record<string, RReference>>("tests/fixtures/trials/reference-values.json");
export const EXTRA_TIMES = readJson<Record<string, RPoint[]>>("tests/fixtures/trials/extra-times.json");
export const CSV_IDS = readdirSync(new URL("data/trials/", ROOT))
  .filter((name) => name.endsWith(".csv"))
  .map((name) => name.slice(0, -".csv".length))
  .sort();

export function readTrialCsv(id: string): string {
  return readFileSync(new URL(`data/trials/${id}.csv`, ROOT), "utf8");
}

export function loadArms(id: string): Map<string, Observation[]> {
  return observationsByArm(parseTrialCsv(readTrialCsv(id)));
}

export function arm(arms: Map<string, Observation[]>, name: string): Observation[] {
  const observations = arms.get(name);
  if (!observations) throw new Error(`No arm ${name} in ${[...arms.keys()].join(", ")}`);
  return observations;
}

/** |actual − expected| ≤ tolerance, and null exactly where R gives NA. */
export function expectClose(actual: number | null, expected: number | null, tolerance: number, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expect(Math.abs(actual! - expected), `${label}: ${actual} vs R's ${expected}`).toBeLessThanOrEqual(tolerance);
}

export type REdgeCase = {
  name: string;
  time: number[];
  event: (0 | 1)[];
  arm: string[];
  arms: (RArm & {
    steps: { time: number; atRisk: number; events: number; censored: number; survival: number; lower: number | null; upper: number | null }[];
  })[];
  at: RPoint[];
  hazardRatio: { value: number; lower: number; upper: number } | null;
  logRank: { chisq: number; p: number };
};
export const EDGE_CASES = readJson<{ cases: REdgeCase[]; chiSquare: { x: number; p: number }[] }>("tests/fixtures/trials/edge-cases.json");

/** An edge case's patients by arm: "a" is the control arm, "b" the experimental arm. */
export function edgeCaseArms(edgeCase: REdgeCase): Map<string, Observation[]> {
  return observationsByArm(edgeCase.time.map((time, index) => ({ time, event: edgeCase.event[index] === 1, arm: edgeCase.arm[index]! })));
}
