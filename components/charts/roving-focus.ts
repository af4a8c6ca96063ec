/**
 * Where an arrow key, Home or End moves a chart's one Tab stop among `count` marks, from mark `from`:
 * the next or previous mark (stopping at the ends), the first or the last; null for any other key.
 */
export function rovingTarget(key: string, from: number, count: number): number | null {
  const last = count - 1;
  const moves: Record<string, number> = { ArrowRight: from + 1, ArrowDown: from + 1, ArrowLeft: from - 1, ArrowUp: from - 1, Home: 0, End: last };
  const target = moves[key];
  return target === undefined ? null : Math.max(0, Math.min(last, target));
}
