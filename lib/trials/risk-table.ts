import type { Observation } from "./types";

/** Patients whose follow-up ends at one distinct time: how many with the event, how many censored. */
export type TimeGroup = { time: number; events: number; censored: number };

/** One distinct time of two arms pooled: each arm's number at risk (time ≥ this), events and censorings. */
export type PooledGroup = { time: number; atRisk: [number, number]; events: [number, number]; censored: [number, number] };

/**
 * The distinct times of one arm in ascending order with their counts. Times are compared exactly (the
 * trial CSVs hold at most 10 significant digits, far from survival's sqrt(eps) tie tolerance).
 */
export function groupByTime(observations: readonly Observation[]): TimeGroup[] {
  let eventCount = 0;
  for (const [index, { time, event }] of observations.entries()) {
    if (!Number.isFinite(time) || time < 0) throw new RangeError(`Observation ${index + 1}: time must be a finite number ≥ 0, got ${time}`);
    if (event) eventCount += 1;
  }
  // Two typed-array sorts and a merge are several times faster than sorting objects.
  const eventTimes = new Float64Array(eventCount);
  const censorTimes = new Float64Array(observations.length - eventCount);
  let e = 0;
  let c = 0;
  for (const { time, event } of observations) {
    if (event) eventTimes[e++] = time;
    else censorTimes[c++] = time;
  }
  eventTimes.sort();
  censorTimes.sort();

  const groups: TimeGroup[] = [];
  e = 0;
  c = 0;
  while (e < eventTimes.length || c < censorTimes.length) {
    const time = Math.min(eventTimes[e] ?? Number.POSITIVE_INFINITY, censorTimes[c] ?? Number.POSITIVE_INFINITY);
    let events = 0;
    let censored = 0;
    while (eventTimes[e] === time) {
      events += 1;
      e += 1;
    }
    while (censorTimes[c] === time) {
      censored += 1;
      c += 1;
    }
    groups.push({ time, events, censored });
  }
  return groups;
}

/** Both arms on one time axis (control first), for the Cox model and the log-rank test. */
export function poolArms(control: readonly Observation[], experimental: readonly Observation[]): PooledGroup[] {
  const arms = [groupByTime(control), groupByTime(experimental)] as const;
  const atRisk: [number, number] = [control.length, experimental.length];
  const next: [number, number] = [0, 0];
  const pooled: PooledGroup[] = [];
  for (;;) {
    const heads = [arms[0][next[0]], arms[1][next[1]]] as const;
    if (!heads[0] && !heads[1]) return pooled;
    const time = Math.min(heads[0]?.time ?? Number.POSITIVE_INFINITY, heads[1]?.time ?? Number.POSITIVE_INFINITY);
    const group: PooledGroup = { time, atRisk: [atRisk[0], atRisk[1]], events: [0, 0], censored: [0, 0] };
    for (const arm of [0, 1] as const) {
      const head = heads[arm];
      if (head?.time !== time) continue;
      group.events[arm] = head.events;
      group.censored[arm] = head.censored;
      atRisk[arm] -= head.events + head.censored;
      next[arm] += 1;
    }
    pooled.push(group);
  }
}
