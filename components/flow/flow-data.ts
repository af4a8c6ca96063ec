import { exploreOutcomes, workedExamples as findWorkedExamples } from "@/lib/her2/explore";

/** Computes `value` on the first call only. */
function once<T>(value: () => T): () => T {
  let result: { value: T } | null = null;
  return () => {
    result ??= { value: value() };
    return result.value;
  };
}

/**
 * The graph is fixed, so the routes into every outcome and the worked examples are each computed
 * once, on first use, identically on the server and in the browser: a page load does not pay for
 * them. The routes are needed when a reader explores an outcome, the worked examples by presenter
 * mode, the slides and the batch example.
 */
export const outcomeRoutes = once(exploreOutcomes);
export const workedExamples = once(() => findWorkedExamples(outcomeRoutes()));
