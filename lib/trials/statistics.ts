// The survival statistics behind /trials and /api/trials, pure and dependency-free; each reproduces
// R 4.2.2's survival 3.5.3 (tests/fixtures/trials holds R's values and scripts/reference the R).
export { hazardRatio } from "./cox";
export { observationsByArm, parseTrialCsv } from "./csv";
export { kaplanMeier, survivalAt } from "./kaplan-meier";
export { logRank } from "./log-rank";
export { medianSurvival } from "./median";
export type { CurveStep, Estimate, HazardRatio, KaplanMeierFit, LogRankTest, Observation, SurvivalPoint, TrialRow } from "./types";
