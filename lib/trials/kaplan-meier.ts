import { groupByTime } from "./risk-table";
import type { CurveStep, KaplanMeierFit, Observation, SurvivalPoint } from "./types";

/** qnorm(0.975): the normal quantile of a two-sided 95 % interval, as R computes it. */
export const Z_95 = 1.959963984540054;

/**
 * The Kaplan–Meier estimate of one arm with survfit's defaults: a step at every distinct time, the
 * Greenwood variance and the 95 % interval on log S (conf.type = "log").
 */
export function kaplanMeier(observations: readonly Observation[]): KaplanMeierFit {
  const groups = groupByTime(observations);
  if (groups.length === 0) throw new RangeError("A Kaplan–Meier curve needs at least one observation");
  let atRisk = observations.length;
  let survival = 1;
  let greenwood = 0;
  let events = 0;
  const steps = groups.map((group): CurveStep => {
    if (group.events > 0) {
      survival *= (atRisk - group.events) / atRisk;
      // Greenwood's Σ d/(n(n−d)) is the variance of log S; it is infinite once S reaches 0 (n = d).
      greenwood += group.events / (atRisk * (atRisk - group.events));
      events += group.events;
    }
    const step = { time: group.time, atRisk, events: group.events, censored: group.censored, survival, ...logInterval(survival, Math.sqrt(greenwood)) };
    atRisk -= group.events + group.censored;
    return step;
  });
  return { n: observations.length, events, steps };
}

/** exp(log S ± z·se), the upper limit capped at 1 as survfit caps it; none where S = 0 (log S is −∞). */
function logInterval(survival: number, standardError: number): { lower: number | null; upper: number | null } {
  if (survival === 0) return { lower: null, upper: null };
  const logS = Math.log(survival);
  return { lower: Math.exp(logS - Z_95 * standardError), upper: Math.min(1, Math.exp(logS + Z_95 * standardError)) };
}

/**
 * S(t), its interval and the number at risk at each time, following summary(fit, times, extend = TRUE):
 * before the first step the curve is 1 with the interval (1, 1); otherwise it holds the last step at or
 * before t, past the last follow-up too; the number at risk counts patients with time ≥ t (0 past the
 * end). Points come back in the order asked.
 */
export function survivalAt(fit: KaplanMeierFit, times: readonly number[]): SurvivalPoint[] {
  const { steps } = fit;
  return times.map((time) => {
    if (!Number.isFinite(time) || time < 0) throw new RangeError(`A time must be a finite number ≥ 0, got ${time}`);
    const index = lastStepAtOrBefore(steps, time);
    const step = steps[index];
    const firstAtOrAfter = step?.time === time ? step : steps[index + 1];
    const atRisk = firstAtOrAfter?.atRisk ?? 0;
    if (!step) return { time, survival: 1, lower: 1, upper: 1, atRisk };
    return { time, survival: step.survival, lower: step.lower, upper: step.upper, atRisk };
  });
}

/** Binary search: the index of the last step with time ≤ t, or −1 when t is before the first step. */
function lastStepAtOrBefore(steps: readonly CurveStep[], time: number): number {
  let low = 0;
  let high = steps.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((steps[middle]?.time ?? Number.POSITIVE_INFINITY) <= time) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
