/**
 * One endpoint, analysed: each arm's Kaplan–Meier fit and median, the hazard ratio and the log-rank
 * test, computed from the reconstructed patients once per process (all nineteen take milliseconds).
 */
import type { Trial, TrialEndpoint } from "../datasets/trials-schema";
import { endpointArms, endpointObservations, trialEndpoint, trialOf } from "./data";
import { type Estimate, hazardRatio, type KaplanMeierFit, kaplanMeier, logRank, medianSurvival } from "./statistics";

export interface ArmAnalysis {
  arm: string;
  label: string;
  plain: string;
  n: number;
  events: number;
  median: Estimate;
  fit: KaplanMeierFit;
}

export interface EndpointAnalysis {
  endpoint: TrialEndpoint;
  trial: Trial;
  control: ArmAnalysis;
  experimental: ArmAnalysis;
  hazardRatio: { value: number; lower: number; upper: number };
  logRank: { chisq: number; p: number };
  /** The longest follow-up in either arm, months. */
  maxTime: number;
}

const cache = new Map<string, EndpointAnalysis>();

/** The analysis of a known endpoint id (undefined for any other string). */
export function analyseEndpoint(id: string): EndpointAnalysis | undefined {
  const cached = cache.get(id);
  if (cached) return cached;
  const endpoint = trialEndpoint(id);
  if (!endpoint) return undefined;
  const observations = endpointObservations(id);
  const [controlArm, experimentalArm] = endpointArms(endpoint);
  const controlRows = observations[controlArm.arm] ?? [];
  const experimentalRows = observations[experimentalArm.arm] ?? [];
  const arm = (meta: Trial["arms"][number], rows: typeof controlRows): ArmAnalysis => {
    const fit = kaplanMeier(rows);
    return { ...meta, n: fit.n, events: fit.events, median: medianSurvival(fit), fit };
  };
  const control = arm(controlArm, controlRows);
  const experimental = arm(experimentalArm, experimentalRows);
  const analysis: EndpointAnalysis = {
    endpoint,
    trial: trialOf(endpoint),
    control,
    experimental,
    hazardRatio: hazardRatio(controlRows, experimentalRows),
    logRank: logRank(controlRows, experimentalRows),
    maxTime: Math.max(...[control, experimental].map((a) => a.fit.steps.at(-1)?.time ?? 0)),
  };
  cache.set(id, analysis);
  return analysis;
}

/** The analysis of an endpoint a parser has already checked (page state, image options): an unknown id is a bug. */
export function knownAnalysis(id: string): EndpointAnalysis {
  const analysis = analyseEndpoint(id);
  if (!analysis) throw new Error(`Unknown trial endpoint "${id}"`);
  return analysis;
}
