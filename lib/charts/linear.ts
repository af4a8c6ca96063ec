/**
 * A linear scale with d3's tick and "nice" rules, built on d3-array alone. The page charts need
 * nothing more, and d3-scale would bring its interpolators, colour parsing and locale formatting
 * into every page's JavaScript (about 15 kB gzipped).
 */
import { nice, ticks } from "d3-array";

export interface LinearScale {
  (value: number): number;
  /** Round values across the domain, as d3's scale.ticks(count). */
  ticks(count: number): number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // A zero-width domain maps everything to the middle of the range, as d3 does.
  const scale = (value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
  return Object.assign(scale, { ticks: (count: number) => ticks(d0, d1, count) });
}

/** The top of the axis after d3's scale.nice(count) on [0, max]: 0–73 with 5 ticks becomes 0–80. */
export function niceMax(max: number, count: number): number {
  return nice(0, max, count)[1];
}
