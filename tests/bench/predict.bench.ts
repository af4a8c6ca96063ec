// @vitest-environment node
// `npm run bench` (BENCH_ONLY=predict) runs this with `vitest bench`: PREDICT Breast v3.2 for 10,000
// patients, all ten treatment sequences over 15 years each. The inputs are drawn with a fixed seed
// and validated once, outside the timed loop. Target (reported, never asserted): < 100 ms.
import fc from "fast-check";
import { bench, describe } from "vitest";
import { predictOutcomes } from "@/lib/predict/model";
import { predictInput } from "../lib/predict/arbitraries";

const patients = fc.sample(predictInput, { seed: 2017, numRuns: 10_000 });

describe("PREDICT for 10,000 patients", () => {
  bench("predictOutcomes: 10 sequences × 15 years each", () => {
    for (const input of patients) predictOutcomes(input);
  });
});
