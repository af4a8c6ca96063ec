/** One patient of one arm: months from randomisation to the endpoint's event (`event`) or to censoring. */
export type Observation = { time: number; event: boolean };

/**
 * The curve at one distinct time of an arm (an event time or a censoring time), as survfit reports it:
 * `atRisk` counts patients with time ≥ `time` (a censoring at `time` is still at risk then), and the
 * 95 % interval is null where survival is 0, where R's log interval is NA.
 */
export type CurveStep = {
  time: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
  lower: number | null;
  upper: number | null;
};

/** `steps` are in ascending time, one per distinct time, like survfit's time points. */
export type KaplanMeierFit = { n: number; events: number; steps: CurveStep[] };

/** S(t) with its 95 % interval and the number at risk at t, as summary(fit, times, extend = TRUE) gives them. */
export type SurvivalPoint = { time: number; survival: number; lower: number | null; upper: number | null; atRisk: number };

/** A point estimate with its 95 % interval; null where it is not reached (a median) or R gives NA. */
export type Estimate = { value: number | null; lower: number | null; upper: number | null };

export type HazardRatio = { value: number; lower: number; upper: number };

export type LogRankTest = { chisq: number; p: number };

/** One row of a trial endpoint's CSV (`time,event,arm`). */
export type TrialRow = { arm: string; time: number; event: boolean };
