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

/** Σ r, Σ r·z and Σ r·z² over a set of patients, r = exp(βz): the sums Efron's terms are made of. */
interface RiskSums {
  risk: number;
  z: number;
  z2: number;
}

/** Adds each arm's patients (so many per arm) to the sums, arm by arm. */
function addPatients(sums: RiskSums, perArm: readonly [number, number], risk: readonly [number, number], covariate: readonly [number, number]): void {
  for (const arm of [0, 1] as const) {
    const r = perArm[arm] * risk[arm];
    sums.risk += r;
    sums.z += r * covariate[arm];
    sums.z2 += r * covariate[arm] ** 2;
  }
}

/**
 * Efron's log partial likelihood with its first and second derivatives in β, over the times in
 * descending order (survival's coxfit6, with counts per arm in place of patients).
 */
function partialLikelihood(pooled: readonly PooledGroup[], covariate: [number, number], beta: number): Evaluation {
  const risk = [Math.exp(beta * covariate[0]), Math.exp(beta * covariate[1])] as const;
  let logLikelihood = 0;
  let score = 0;
  let information = 0;
  const riskSet: RiskSums = { risk: 0, z: 0, z2: 0 };
  for (const { events, censored } of pooled) {
    addPatients(riskSet, censored, risk, covariate);
    const deaths = events[0] + events[1];
    if (deaths === 0) continue;
    // The tied deaths' own sums, added a 1/d share at a time: Efron's term k counts them (k+1)/d in.
    const tied: RiskSums = { risk: 0, z: 0, z2: 0 };
    addPatients(tied, events, risk, covariate);
    for (const arm of [0, 1] as const) {
      logLikelihood += events[arm] * beta * covariate[arm];
      score += events[arm] * covariate[arm];
    }
    for (let k = 0; k < deaths; k++) {
      riskSet.risk += tied.risk / deaths;
      riskSet.z += tied.z / deaths;
      riskSet.z2 += tied.z2 / deaths;
      const meanZ = riskSet.z / riskSet.risk;
      logLikelihood -= Math.log(riskSet.risk);
      score -= meanZ;
      information += (riskSet.z2 - meanZ * riskSet.z) / riskSet.risk;
    }
  }
  return { logLikelihood, score, information };
}
