import { chiSquareUpperTail1 } from "./chi-square";
import { poolArms } from "./risk-table";
import type { LogRankTest, Observation } from "./types";

/**
 * The log-rank test of two arms as survdiff(Surv(time, event) ~ arm) computes it: observed minus
 * expected events in one arm, squared, over the hypergeometric variance, a chi-square with 1 df.
 * Throws where survdiff has no test to give (no event, or an arm never at risk at an event time).
 */
export function logRank(control: readonly Observation[], experimental: readonly Observation[]): LogRankTest {
  let observed = 0;
  let expected = 0;
  let variance = 0;
  for (const { atRisk, events } of poolArms(control, experimental)) {
    const deaths = events[0] + events[1];
    if (deaths === 0) continue;
    const n = atRisk[0] + atRisk[1];
    observed += events[0];
    // Under no difference, the deaths at a time fall on each arm in proportion to its number at risk.
    expected += (deaths * atRisk[0]) / n;
    // Hypergeometric variance of the control arm's deaths; a single patient at risk adds none.
    if (n > 1) variance += (deaths * atRisk[0] * atRisk[1] * (n - deaths)) / (n * n * (n - 1));
  }
  if (variance === 0) throw new RangeError("No log-rank test: it needs events at times when both arms have patients at risk");
  const chisq = (observed - expected) ** 2 / variance;
  return { chisq, p: chiSquareUpperTail1(chisq) };
}
