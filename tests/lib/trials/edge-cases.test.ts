// Small data sets at the rules' boundaries, each checked against what R's survival package gives
// for it (tests/fixtures/trials/edge-cases.json, written by scripts/reference/trials-extra.R).
import { describe, expect, it } from "vitest";
import { erfc } from "@/lib/trials/chi-square";
import { hazardRatio, kaplanMeier, logRank, medianSurvival, survivalAt } from "@/lib/trials/statistics";
import { arm, EDGE_CASES, edgeCaseArms, expectClose } from "./fixtures";

const TOLERANCE = 1e-9;

describe.each(EDGE_CASES.cases.map((edgeCase) => [edgeCase.name, edgeCase] as const))("%s, against R", (_name, edgeCase) => {
  const arms = edgeCaseArms(edgeCase);

  it.each(edgeCase.arms.map((row) => [row.arm, row] as const))("arm %s: every step of the curve and the median", (name, expected) => {
    const fit = kaplanMeier(arm(arms, name));
    expect(fit.n).toBe(expected.n);
    expect(fit.events).toBe(expected.events);
    expect(fit.steps.map(({ time, atRisk, events, censored }) => ({ time, atRisk, events, censored }))).toEqual(
      expected.steps.map(({ time, atRisk, events, censored }) => ({ time, atRisk, events, censored })),
    );
    for (const [index, step] of expected.steps.entries()) {
      const got = fit.steps[index]!;
      expectClose(got.survival, step.survival, TOLERANCE, `survival at ${step.time}`);
      expectClose(got.lower, step.lower, TOLERANCE, `lower at ${step.time}`);
      expectClose(got.upper, step.upper, TOLERANCE, `upper at ${step.time}`);
    }
    const median = medianSurvival(fit);
    expectClose(median.value, expected.median, TOLERANCE, "median");
    expectClose(median.lower, expected.medianLower, TOLERANCE, "median lower");
    expectClose(median.upper, expected.medianUpper, TOLERANCE, "median upper");
  });

  it("S(t) and the number at risk at 0, 0.5, 1, 2, 2.5 and 100", () => {
    for (const [name, observations] of arms) {
      const expected = edgeCase.at.filter((point) => point.arm === name);
      const actual = survivalAt(
        kaplanMeier(observations),
        expected.map((point) => point.time),
      );
      for (const [index, point] of expected.entries()) {
        expectClose(actual[index]!.survival, point.survival, TOLERANCE, `${name} survival at ${point.time}`);
        expectClose(actual[index]!.lower, point.lower, TOLERANCE, `${name} lower at ${point.time}`);
        expectClose(actual[index]!.upper, point.upper, TOLERANCE, `${name} upper at ${point.time}`);
        expect(actual[index]!.atRisk, `${name} at risk at ${point.time}`).toBe(point.atRisk);
      }
    }
  });

  it(edgeCase.hazardRatio ? "hazard ratio as coxph gives it" : "no hazard ratio, where coxph warns of an infinite coefficient", () => {
    const estimate = () => hazardRatio(arm(arms, "a"), arm(arms, "b"));
    if (!edgeCase.hazardRatio) {
      expect(estimate).toThrow(/no finite maximum/);
      return;
    }
    const actual = estimate();
    expectClose(actual.value, edgeCase.hazardRatio.value, 1e-6, "hazard ratio");
    expectClose(actual.lower, edgeCase.hazardRatio.lower, 1e-6, "lower");
    expectClose(actual.upper, edgeCase.hazardRatio.upper, 1e-6, "upper");
  });

  it("log-rank as survdiff gives it", () => {
    const actual = logRank(arm(arms, "a"), arm(arms, "b"));
    expectClose(actual.chisq, edgeCase.logRank.chisq, 1e-6, "chi-square");
    expectClose(actual.p, edgeCase.logRank.p, 1e-6 * edgeCase.logRank.p, "p");
  });
});

describe("the chi-square (1 df) upper tail", () => {
  it.each(EDGE_CASES.chiSquare.map(({ x, p }) => [x, p] as const))("P(X > %s) matches R's pchisq to 1e-12 relative", (x, p) => {
    const actual = erfc(Math.sqrt(x / 2));
    expect(Math.abs(actual - p)).toBeLessThanOrEqual(1e-12 * p);
  });

  it("erfc is 2 − erfc(−x), exact at 0 and in its limits", () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(-1)).toBeCloseTo(2 - erfc(1), 15);
    expect(erfc(Number.POSITIVE_INFINITY)).toBe(0);
    expect(erfc(Number.NEGATIVE_INFINITY)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
  });
});
