import { Z_95 } from "./kaplan-meier";
import { type PooledGroup, poolArms } from "./risk-table";
import type { HazardRatio, Observation } from "./types";

/** coxph's defaults: stop when the log partial likelihood changes by ≤ 1e-9 relative, after ≤ 20 steps. */
const EPSILON = 1e-9;
const MAX_ITERATIONS = 20;

/**
 * The hazard ratio of the experimental arm against the control arm from a Cox model with the arm as
 * its one binary covariate, as coxph(Surv(time, event) ~ arm) fits it: Efron's handling of tied event
 * times, Newton–Raphson from β = 0 with coxph's step halving and stopping rule, and the Wald 95 %
 * interval exp(β ± z·se). Throws when no finite β maximises the likelihood (R warns and prints a
 * meaningless huge coefficient), e.g. when one arm has no events.
 */
export function hazardRatio(control: readonly Observation[], experimental: readonly Observation[]): HazardRatio {
  // Descending time: each risk set is the previous one plus the patients leaving at this time.
  const pooled = poolArms(control, experimental).reverse();
  requireFiniteMaximum(pooled);
  // coxph centres the covariate on its mean for stability; β and its variance do not change.
  const mean = experimental.length / (control.length + experimental.length);
  const covariate: [number, number] = [-mean, 1 - mean];

  let beta = 0;
  let best = partialLikelihood(pooled, covariate, beta);
  let newBeta = beta + best.score / best.information;
  let halving = 0;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const current = partialLikelihood(pooled, covariate, newBeta);
    if (Number.isFinite(current.logLikelihood) && Math.abs(1 - best.logLikelihood / current.logLikelihood) <= EPSILON) {
      return waldInterval(newBeta, current.information);
    }
    if (!Number.isFinite(current.logLikelihood) || current.logLikelihood < best.logLikelihood) {
      // A step that lowers the likelihood overshot: move back towards the best β, harder each time.
      halving += 1;
      newBeta = (newBeta + halving * beta) / (halving + 1);
    } else {
      halving = 0;
      best = current;
      beta = newBeta;
      newBeta += current.score / current.information;
    }
  }
  // Out of iterations: coxph keeps the best β found, with its information.
  return waldInterval(beta, partialLikelihood(pooled, covariate, beta).information);
}

function waldInterval(beta: number, information: number): HazardRatio {
  const standardError = Math.sqrt(1 / information);
  return { value: Math.exp(beta), lower: Math.exp(beta - Z_95 * standardError), upper: Math.exp(beta + Z_95 * standardError) };
}

/**
 * With one binary covariate the likelihood keeps rising without end exactly when every event at a time
 * some experimental patient is at risk is an experimental event (β → +∞), or likewise for control
 * (β → −∞): the limit of each event's score term is then 0, so the score never changes sign.
 */
function requireFiniteMaximum(pooled: readonly PooledGroup[]): void {
  let events = 0;
  let againstExperimental = 0;
  let againstControl = 0;
  for (const {
    atRisk,
    events: [control, experimental],
  } of pooled) {
    events += control + experimental;
    if (atRisk[1] > 0) againstExperimental += control;
    if (atRisk[0] > 0) againstControl += experimental;
  }
  if (events === 0) throw new RangeError("No hazard ratio: neither arm has an event");
  if (againstExperimental === 0 || againstControl === 0) {
    throw new RangeError("No hazard ratio: the Cox likelihood has no finite maximum (one arm has no event while the other arm is at risk)");
  }
}

type Evaluation = { logLikelihood: number; score: number; information: number };

/**
 * Efron's log partial likelihood with its first and second derivatives in β, over the times in
 * descending order (survival's coxfit6, with counts per arm in place of patients).
 */
function partialLikelihood(pooled: readonly PooledGroup[], covariate: [number, number], beta: number): Evaluation {
  const risk = [Math.exp(beta * covariate[0]), Math.exp(beta * covariate[1])] as const;
  let logLikelihood = 0;
  let score = 0;
  let information = 0;
  // Σ r, Σ r·z and Σ r·z² over the risk set, r = exp(βz).
  let denominator = 0;
  let weightedZ = 0;
  let weightedZ2 = 0;
  for (const { events, censored } of pooled) {
    for (const arm of [0, 1] as const) {
      const r = censored[arm] * risk[arm];
      denominator += r;
      weightedZ += r * covariate[arm];
      weightedZ2 += r * covariate[arm] ** 2;
    }
    const deaths = events[0] + events[1];
    if (deaths === 0) continue;
    // The tied deaths' own sums, added a 1/d share at a time: Efron's term k counts them (k+1)/d in.
    let deathRisk = 0;
    let deathZ = 0;
    let deathZ2 = 0;
    for (const arm of [0, 1] as const) {
      const r = events[arm] * risk[arm];
      deathRisk += r;
      deathZ += r * covariate[arm];
      deathZ2 += r * covariate[arm] ** 2;
      logLikelihood += events[arm] * beta * covariate[arm];
      score += events[arm] * covariate[arm];
    }
    for (let k = 0; k < deaths; k++) {
      denominator += deathRisk / deaths;
      weightedZ += deathZ / deaths;
      weightedZ2 += deathZ2 / deaths;
      const meanZ = weightedZ / denominator;
      logLikelihood -= Math.log(denominator);
      score -= meanZ;
      information += (weightedZ2 - meanZ * weightedZ) / denominator;
    }
  }
  return { logLikelihood, score, information };
}
