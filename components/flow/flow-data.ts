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
 * once, on first use: a page load does not pay for them. The server finds the routes for the
 * diagram's outcomes to explore (TestingView); the worked examples serve presenter mode, the slides
 * and the batch example, which load their code when opened.
 */
export const outcomeRoutes = once(exploreOutcomes);
export const workedExamples = once(() => findWorkedExamples(outcomeRoutes()));
