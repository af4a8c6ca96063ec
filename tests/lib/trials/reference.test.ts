// Every value R computed for the 19 trial endpoints (tests/fixtures/trials/reference-values.json),
// reproduced at the tolerances.
import { describe, expect, it } from "vitest";
import { hazardRatio, kaplanMeier, logRank, medianSurvival, survivalAt } from "@/lib/trials/statistics";
import { arm, CSV_IDS, EXTRA_TIMES, expectClose, loadArms, REFERENCE, type RPoint } from "./fixtures";

const CURVE_TOLERANCE = 1e-9;

it("has R's values for exactly the endpoints in data/trials", () => {
  expect(Object.keys(REFERENCE).sort()).toEqual(CSV_IDS);
  expect(Object.keys(EXTRA_TIMES).sort()).toEqual(CSV_IDS);
  expect(CSV_IDS).toHaveLength(19);
});

/** survivalAt for each arm at R's times matches summary(fit, times, extend = TRUE). */
function expectSurvivalAt(id: string, points: readonly RPoint[]): void {
  const arms = loadArms(id);
  for (const [name, observations] of arms) {
    const expected = points.filter((point) => point.arm === name);
    expect(expected.length, `R's points for ${name}`).toBeGreaterThan(0);
    const actual = survivalAt(
      kaplanMeier(observations),
      expected.map((point) => point.time),
    );
    for (const [index, point] of expected.entries()) {
      const label = `${name} at ${point.time}`;
      const got = actual[index]!;
      expect(got.time).toBe(point.time);
      expectClose(got.survival, point.survival, CURVE_TOLERANCE, `${label} survival`);
      expectClose(got.lower, point.lower, CURVE_TOLERANCE, `${label} lower`);
      expectClose(got.upper, point.upper, CURVE_TOLERANCE, `${label} upper`);
      expect(got.atRisk, `${label} at risk`).toBe(point.atRisk);
    }
  }
}

describe.each(Object.keys(REFERENCE))("%s against R's reference values", (id) => {
  const reference = REFERENCE[id]!;
  const arms = loadArms(id);

  it("has the two arms R compared, and no other", () => {
    expect([...arms.keys()].sort()).toEqual([reference.controlArm, reference.experimentalArm].sort());
  });

  it.each(reference.arms.map((row) => [row.arm, row] as const))("arm %s: n, events, median and its 95 % interval", (name, expected) => {
    const fit = kaplanMeier(arm(arms, name));
    expect(fit.n).toBe(expected.n);
    expect(fit.events).toBe(expected.events);
    const median = medianSurvival(fit);
    expectClose(median.value, expected.median, CURVE_TOLERANCE, "median");
    expectClose(median.lower, expected.medianLower, CURVE_TOLERANCE, "median lower");
    expectClose(median.upper, expected.medianUpper, CURVE_TOLERANCE, "median upper");
  });

  it("S(t), its 95 % interval and the number at risk at 6 to 60 months", () => {
    expectSurvivalAt(id, reference.survivalAt);
  });

  it("S(t) at other times: 0, between events, at an event, at and past the last follow-up", () => {
    expectSurvivalAt(id, EXTRA_TIMES[id]!);
  });

  it("hazard ratio (Cox, Efron ties) with its Wald 95 % interval to 1e-6", () => {
    const actual = hazardRatio(arm(arms, reference.controlArm), arm(arms, reference.experimentalArm));
    expectClose(actual.value, reference.hazardRatio.value, 1e-6, "hazard ratio");
    expectClose(actual.lower, reference.hazardRatio.lower, 1e-6, "lower");
    expectClose(actual.upper, reference.hazardRatio.upper, 1e-6, "upper");
  });

  it("log-rank chi-square to 1e-6 and its p-value to 1e-6 relative", () => {
    const actual = logRank(arm(arms, reference.controlArm), arm(arms, reference.experimentalArm));
    expectClose(actual.chisq, reference.logRank.chisq, 1e-6, "chi-square");
    expectClose(actual.p, reference.logRank.p, 1e-6 * reference.logRank.p, "p");
  });
});
