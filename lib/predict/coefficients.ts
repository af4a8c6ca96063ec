/**
 * The fitted coefficients of PREDICT Breast v3.2 (data/predict/coefficients.json, a copy of the R
 * package's coefficients_v3.csv), validated when this module first loads, and the sources the model
 * rests on. No file system: the JSON is bundled, so the model also runs in the browser.
 */
import { z } from "zod";
import coefficientsFile from "../../data/predict/coefficients.json";
import { parseDataFile } from "../datasets/validate";

/** The variables of coefficients_v3.csv, in its row order. */
export const COEFFICIENT_NAMES = [
  "ag1_er0",
  "ag2_er0",
  "sz1_er0",
  "nd1_er0",
  "gr1_er0",
  "sc1_er0",
  "yr1_er0",
  "ag1_er1",
  "ag2_er1",
  "sz1_er1",
  "nd1_er1",
  "gr1_er1",
  "sc1_er1",
  "yr1_er1",
  "ag_ot_ea.beta.1",
  "ag_ot_ea.beta.2",
  "yr_ot_ea.beta",
  "h0_br_i",
  "h0_br_t1",
  "h0_br_t2",
  "h1_br_i",
  "h1_br_t1",
  "h1_br_t2",
  "h_ot_i",
  "h_ot_t1",
  "h_ot_t2",
] as const;
export type CoefficientName = (typeof COEFFICIENT_NAMES)[number];

const CoefficientsFileSchema = z.strictObject({
  version: z.string(),
  sourceId: z.literal("predict-v32"),
  model: z.string(),
  // An enum key makes the record exhaustive: a missing or misspelt variable fails validation.
  coefficients: z.record(z.enum(COEFFICIENT_NAMES), z.number()),
});

export const predictCoefficients = parseDataFile("data/predict/coefficients.json", coefficientsFile, CoefficientsFileSchema);

/**
 * What the model is credited to: the R package whose formulae and coefficients it implements, then
 * the published descriptions of the model family (v1, v2, v3 with progesterone receptor status).
 */
export const PREDICT_SOURCE_IDS = [predictCoefficients.sourceId, "wishart-2010-bcr", "candido-dos-reis-2017-bcr", "grootes-2022-ejc"] as const;
