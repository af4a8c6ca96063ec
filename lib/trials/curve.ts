/** A fitted curve as the points a chart or a download needs: the start (everyone at risk), then every step. */
import type { KaplanMeierFit, SurvivalPoint } from "./statistics";

export function curvePoints(fit: KaplanMeierFit): SurvivalPoint[] {
  const steps = fit.steps.map(({ time, survival, lower, upper, atRisk }) => ({ time, survival, lower, upper, atRisk }));
  // survfit's curve starts at 1 with everyone at risk; an event at time 0 already gives that time its own step.
  if (steps[0]?.time === 0) return steps;
  return [{ time: 0, survival: 1, lower: 1, upper: 1, atRisk: fit.n }, ...steps];
}
