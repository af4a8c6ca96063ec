import type { CurveStep, Estimate, KaplanMeierFit } from "./types";

/** R's all.equal tolerance, sqrt(.Machine$double.eps): survfit's 0.5 can be 0.5 + 1e-16 after rounding. */
const TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * The median and its 95 % interval as print(survfit) and summary(fit)$table give them: where the
 * curve, its lower and its upper confidence curves first fall below 0.5 (null where one never does). A curve exactly at 0.5 over a flat stretch gives the midpoint of that stretch, as the usual
 * median rule does; a curve that stays at 0.5 to its end gives the time it reached 0.5 (R's
 * quantile.survfit would give the midpoint with the last follow-up instead).
 */
export function medianSurvival(fit: KaplanMeierFit): Estimate {
  return {
    value: firstTimeAtHalf(fit.steps, (step) => step.survival),
    lower: firstTimeAtHalf(fit.steps, (step) => step.lower),
    upper: firstTimeAtHalf(fit.steps, (step) => step.upper),
  };
}

/** survival's `minmin`: the first step whose curve is below 0.5; steps where it is null (R's NA) are skipped. */
function firstTimeAtHalf(steps: readonly CurveStep[], curve: (step: CurveStep) => number | null): number | null {
  for (const [index, step] of steps.entries()) {
    const level = curve(step);
    if (level === null || level >= 0.5 + TOLERANCE) continue;
    if (Math.abs(level - 0.5) >= TOLERANCE) return step.time;
    // At 0.5 itself: the midpoint of the flat, up to where the curve next drops (if it ever does).
    const leaving = steps.slice(index + 1).find((later) => isBelow(curve(later), level));
    return leaving ? (step.time + leaving.time) / 2 : step.time;
  }
  return null;
}

function isBelow(value: number | null, bound: number): boolean {
  return value !== null && value < bound;
}
