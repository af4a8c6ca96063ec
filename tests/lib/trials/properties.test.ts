// Properties every Kaplan–Meier fit, S(t), median, hazard ratio and log-rank test must have, checked
// on the 19 trial endpoints and on generated data (fast-check with a fixed seed, so a failure
// reproduces). S(t) and the number at risk are also checked against a brute-force oracle that counts
// patients directly, with no grouping or search.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hazardRatio, type KaplanMeierFit, kaplanMeier, logRank, medianSurvival, type Observation, survivalAt } from "@/lib/trials/statistics";
import { CSV_IDS, loadArms } from "./fixtures";

const RUNS = { seed: 19, numRuns: 300 };

/** Small integer times make ties of events and censorings (and time 0) common; doubles make them rare. */
const observation = fc.record({
  time: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 60, noNaN: true })),
  event: fc.boolean(),
});
const arm = fc.array(observation, { minLength: 1, maxLength: 60 });

/** S(t) by the product-limit definition, counting who is at risk at each event time afresh. */
function bruteForceSurvival(observations: readonly Observation[], t: number): number {
  const eventTimes = [...new Set(observations.filter((o) => o.event && o.time <= t).map((o) => o.time))];
  return eventTimes.reduce((survival, time) => {
    const atRisk = observations.filter((o) => o.time >= time).length;
    const deaths = observations.filter((o) => o.event && o.time === time).length;
    return survival * (1 - deaths / atRisk);
  }, 1);
}

/**
 * Step times, a point between each pair, 0, and points past the end: all of them for generated data,
 * about 50 spread over a trial arm's thousands (the brute-force oracle is quadratic).
 */
function probeTimes(fit: KaplanMeierFit): number[] {
  const stride = Math.max(1, Math.floor(fit.steps.length / 25));
  const times = fit.steps.map((step) => step.time).filter((_, index) => index % stride === 0);
  const between = fit.steps
    .slice(1)
    .map((step, index) => (step.time + fit.steps[index]!.time) / 2)
    .filter((_, index) => index % stride === 0);
  const last = fit.steps.at(-1)!.time;
  return [...new Set([0, ...times, ...between, last, last + 0.5, last * 2 + 1])].sort((a, b) => a - b);
}

/**
 * The curve's invariants, collected as broken-rule messages (one expect per fit: thousands of expect
 * calls per trial arm would take seconds).
 */
function curveViolations(observations: readonly Observation[]): string[] {
  const broken: string[] = [];
  const check = (holds: boolean, rule: string) => {
    if (!holds) broken.push(rule);
  };
  const fit = kaplanMeier(observations);
  const { steps } = fit;
  check(fit.n === observations.length, "n counts every patient");
  check(fit.events === observations.filter((o) => o.event).length, "events counts every event");
  check(steps[0]!.atRisk === observations.length, "everyone is at risk at the first step");
  for (const [index, step] of steps.entries()) {
    const at = `step ${index} (t = ${step.time})`;
    check(step.survival >= 0 && step.survival <= 1, `${at}: 0 ≤ S ≤ 1`);
    if (step.survival === 0) check(step.lower === null && step.upper === null, `${at}: no interval where S = 0`);
    else check(step.lower! <= step.survival && step.survival <= step.upper! && step.upper! <= 1, `${at}: lower ≤ S ≤ upper ≤ 1`);
    const next = steps[index + 1];
    if (!next) continue;
    check(next.time > step.time, `${at}: times strictly ascending`);
    check(next.survival <= step.survival, `${at}: S non-increasing`);
    check(next.atRisk === step.atRisk - step.events - step.censored, `${at}: the next number at risk loses this step's patients`);
  }

  const points = survivalAt(fit, probeTimes(fit));
  for (const [index, point] of points.entries()) {
    const at = `S(${point.time})`;
    check(point.atRisk === observations.filter((o) => o.time >= point.time).length, `${at}: at risk = patients with time ≥ t`);
    check(Math.abs(point.survival - bruteForceSurvival(observations, point.time)) < 1e-12, `${at}: the product-limit value`);
    check(point.lower === null || point.lower <= point.survival, `${at}: lower ≤ S`);
    check(point.upper === null || point.upper >= point.survival, `${at}: upper ≥ S`);
    const previous = points[index - 1];
    if (!previous) continue;
    check(point.survival <= previous.survival, `${at}: S non-increasing in t`);
    check(point.atRisk <= previous.atRisk, `${at}: at risk non-increasing in t`);
  }

  const median = medianSurvival(fit);
  check((median.value === null) === steps.at(-1)!.survival > 0.5 + 1e-8, "a median exactly when S reaches 0.5");
  if (median.value !== null) {
    // The lower curve is NA where S = 0, so a curve that drops straight to 0 has no lower limit.
    check(median.lower === null || median.lower <= median.value, "median lower limit ≤ median");
    check(median.upper === null || median.upper >= median.value, "median upper limit ≥ median");
    check(bruteForceSurvival(observations, median.value) <= 0.5 + 1e-8, "S(median) ≤ 0.5");
  } else check(median.upper === null, "no upper limit without a median");
  return broken;
}

function checkCurve(observations: readonly Observation[]): void {
  expect(curveViolations(observations)).toEqual([]);
}

/** The hazard ratio when it exists; null where the likelihood has no finite maximum. */
function hazardRatioOrNull(control: readonly Observation[], experimental: readonly Observation[]) {
  try {
    return hazardRatio(control, experimental);
  } catch (error) {
    expect((error as Error).message).toMatch(/No hazard ratio/);
    return null;
  }
}

function checkComparison(control: readonly Observation[], experimental: readonly Observation[]): void {
  const forward = hazardRatioOrNull(control, experimental);
  const swapped = hazardRatioOrNull(experimental, control);
  expect(forward === null).toBe(swapped === null);
  if (forward && swapped) {
    // Swapping the arms negates β: the ratio and its interval invert.
    expect(forward.lower).toBeLessThanOrEqual(forward.value);
    expect(forward.upper).toBeGreaterThanOrEqual(forward.value);
    expect(Math.abs(Math.log(forward.value) + Math.log(swapped.value))).toBeLessThan(1e-6);
    expect(Math.abs(Math.log(forward.lower) + Math.log(swapped.upper))).toBeLessThan(1e-6);
    // Both models see only the order of the times: doubling every time changes nothing.
    const doubled = hazardRatio(...([control, experimental].map((arm) => arm.map((o) => ({ ...o, time: o.time * 2 }))) as [Observation[], Observation[]]));
    expect(Math.abs(Math.log(doubled.value / forward.value))).toBeLessThan(1e-9);
  }
  const test = logRankOrNull(control, experimental);
  if (!test) return;
  expect(test.chisq).toBeGreaterThanOrEqual(0);
  expect(test.p).toBeGreaterThanOrEqual(0);
  expect(test.p).toBeLessThanOrEqual(1);
  expect(Math.abs(logRank(experimental, control).chisq - test.chisq)).toBeLessThan(1e-9 * Math.max(1, test.chisq));
}

function logRankOrNull(control: readonly Observation[], experimental: readonly Observation[]) {
  try {
    return logRank(control, experimental);
  } catch (error) {
    expect((error as Error).message).toMatch(/No log-rank test/);
    return null;
  }
}

describe.each(CSV_IDS)("%s: curve, S(t), median and comparison properties", (id) => {
  const arms = [...loadArms(id).values()];
  it.each(arms.map((observations, index) => [index + 1, observations] as const))("arm %s", (_index, observations) => checkCurve(observations));
  it("hazard ratio and log-rank", () => checkComparison(arms[0]!, arms[1]!));
});

describe("generated data", () => {
  it("one arm: steps, S(t) against the brute-force product limit, number at risk, median", () => {
    fc.assert(
      fc.property(arm, (observations) => checkCurve(observations)),
      RUNS,
    );
  });

  it("two arms: hazard ratio and log-rank symmetric in the arms and blind to the time scale", () => {
    fc.assert(
      fc.property(arm, arm, (control, experimental) => checkComparison(control, experimental)),
      RUNS,
    );
  });

  it("censoring only: S = 1 everywhere with the interval (1, 1), and no median", () => {
    const censoredOnly = fc.array(fc.record({ time: fc.double({ min: 0, max: 60, noNaN: true }), event: fc.constant(false) }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(censoredOnly, (observations) => {
        const fit = kaplanMeier(observations);
        for (const point of survivalAt(fit, probeTimes(fit))) expect([point.survival, point.lower, point.upper]).toEqual([1, 1, 1]);
        expect(medianSurvival(fit)).toEqual({ value: null, lower: null, upper: null });
      }),
      RUNS,
    );
  });

  it("identical arms: log-rank chi-square 0 (p = 1) and a hazard ratio of 1", () => {
    fc.assert(
      fc.property(arm, (observations) => {
        fc.pre(observations.some((o) => o.event) && observations.length > 1);
        const test = logRankOrNull(observations, observations);
        if (test) expect(test.p).toBeCloseTo(1, 12);
        const ratio = hazardRatioOrNull(observations, observations);
        if (ratio) expect(ratio.value).toBeCloseTo(1, 12);
      }),
      RUNS,
    );
  });
});
