// The Kaplan–Meier rules on data small enough to work out by hand (R's own values for such cases
// are in edge-cases.test.ts).
import { describe, expect, it } from "vitest";
import { Z_95 } from "@/lib/trials/kaplan-meier";
import { hazardRatio, kaplanMeier, logRank, medianSurvival, type Observation, survivalAt } from "@/lib/trials/statistics";

const event = (time: number): Observation => ({ time, event: true });
const censored = (time: number): Observation => ({ time, event: false });

describe("kaplanMeier", () => {
  // 1 event · 2 event and censoring (tied) · 3 event · 4 censoring
  const fit = kaplanMeier([censored(4), event(2), event(1), censored(2), event(3)]);

  it("steps at every distinct time, a censoring at t still at risk at t", () => {
    expect(fit.n).toBe(5);
    expect(fit.events).toBe(3);
    expect(fit.steps.map(({ time, atRisk, events, censored }) => [time, atRisk, events, censored])).toEqual([
      [1, 5, 1, 0],
      [2, 4, 1, 1],
      [3, 2, 1, 0],
      [4, 1, 0, 1],
    ]);
    expect(fit.steps.map((step) => step.survival)).toEqual([4 / 5, (4 / 5) * (3 / 4), (4 / 5) * (3 / 4) * (1 / 2), (4 / 5) * (3 / 4) * (1 / 2)]);
  });

  it("the Greenwood interval on log S, its upper end capped at 1", () => {
    const greenwood = 1 / (5 * 4) + 1 / (4 * 3) + 1 / (2 * 1);
    const step = fit.steps[2]!;
    expect(step.lower).toBeCloseTo(0.3 * Math.exp(-Z_95 * Math.sqrt(greenwood)), 15);
    expect(step.upper).toBe(1); // 0.3 · e^(1.96 · 0.80) ≈ 1.4
    expect(fit.steps[0]!.upper).toBe(1);
    expect(fit.steps[0]!.lower).toBeCloseTo(0.8 * Math.exp(-Z_95 * Math.sqrt(1 / 20)), 15);
  });

  it("no interval once everyone has had the event (S = 0)", () => {
    const steps = kaplanMeier([event(1), event(2)]).steps;
    expect(steps.at(-1)).toMatchObject({ survival: 0, lower: null, upper: null, atRisk: 1 });
  });

  it("an event at time 0 is a step at 0", () => {
    const zero = kaplanMeier([event(0), censored(0), event(1), censored(5)]);
    expect(zero.steps[0]).toMatchObject({ time: 0, atRisk: 4, events: 1, censored: 1, survival: 3 / 4 });
    expect(survivalAt(zero, [0])).toEqual([{ time: 0, survival: 3 / 4, lower: zero.steps[0]!.lower, upper: zero.steps[0]!.upper, atRisk: 4 }]);
  });

  it.each([[[]], [[event(-1)]], [[event(Number.NaN)]], [[censored(Number.POSITIVE_INFINITY)]]])("refuses %j", (observations) => {
    expect(() => kaplanMeier(observations)).toThrow(RangeError);
  });
});

describe("survivalAt", () => {
  const fit = kaplanMeier([event(1), event(2), censored(2), event(3), censored(4)]);

  it("is 1 with the interval (1, 1) before the first step, everyone at risk", () => {
    expect(survivalAt(fit, [0, 0.5])).toEqual([
      { time: 0, survival: 1, lower: 1, upper: 1, atRisk: 5 },
      { time: 0.5, survival: 1, lower: 1, upper: 1, atRisk: 5 },
    ]);
  });

  it("holds the step at or before t; counts at risk those with time ≥ t", () => {
    const [atTwo, justAfter, atFour, past] = survivalAt(fit, [2, 2.5, 4, 10]);
    expect(atTwo).toMatchObject({ survival: fit.steps[1]!.survival, atRisk: 4 });
    expect(justAfter).toMatchObject({ survival: fit.steps[1]!.survival, lower: fit.steps[1]!.lower, atRisk: 2 });
    expect(atFour).toMatchObject({ survival: fit.steps[3]!.survival, atRisk: 1 });
    // Past the last follow-up: the last value and interval, nobody at risk.
    expect(past).toEqual({ time: 10, survival: fit.steps[3]!.survival, lower: fit.steps[3]!.lower, upper: fit.steps[3]!.upper, atRisk: 0 });
  });

  it("answers in the order asked", () => {
    expect(survivalAt(fit, [3, 1, 3]).map((point) => point.time)).toEqual([3, 1, 3]);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("refuses the time %s", (time) => {
    expect(() => survivalAt(fit, [time])).toThrow(RangeError);
  });
});

describe("medianSurvival", () => {
  it("is the first time S falls below 0.5", () => {
    expect(medianSurvival(kaplanMeier([event(1), event(2), event(3)])).value).toBe(2);
  });

  it("is the midpoint of a flat stretch at exactly 0.5", () => {
    expect(medianSurvival(kaplanMeier([event(1), event(2), event(4), event(6)])).value).toBe(3);
  });

  it("is the time S reached 0.5 when the curve stays there to its end", () => {
    expect(medianSurvival(kaplanMeier([event(1), censored(3)])).value).toBe(1);
  });

  it("is null, with its upper limit, when S never reaches 0.5", () => {
    expect(medianSurvival(kaplanMeier([event(1), censored(2), censored(3)]))).toMatchObject({ value: null, upper: null });
  });
});

describe("comparisons that have no answer", () => {
  const some = [event(1), censored(2), event(3)];
  it("no hazard ratio without events, or with one arm event-free", () => {
    expect(() => hazardRatio([censored(1)], [censored(2)])).toThrow(/neither arm has an event/);
    expect(() => hazardRatio([censored(1), censored(5)], some)).toThrow(/no finite maximum/);
  });

  it("no log-rank test without events at times both arms are at risk", () => {
    expect(() => logRank([censored(1)], [censored(2)])).toThrow(/No log-rank test/);
    expect(() => logRank([event(1)], [censored(0.5)])).toThrow(/No log-rank test/);
  });
});
