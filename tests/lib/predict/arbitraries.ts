// Valid PREDICT inputs for fast-check, drawn across every range the README names, for the property
// tests and the bench: whole and decimal ages 25–85, every code, sizes and doses with decimals.
import fc from "fast-check";
import { PREDICT_CODES, type PredictInput, PredictInputSchema } from "@/lib/predict/inputs";

const code = <P extends keyof typeof PREDICT_CODES>(name: P) => fc.constantFrom(...PREDICT_CODES[name]);
const decimal = (min: number, max: number) => fc.oneof(fc.integer({ min: Math.ceil(min), max }), fc.double({ min, max, noNaN: true }));

/** Clinical inputs: tumours up to 300 mm, up to 40 nodes, heart doses up to 20 Gy. */
export const predictInput: fc.Arbitrary<PredictInput> = fc
  .record({
    age: decimal(25, 85),
    screen: code("screen"),
    size: decimal(0.1, 300),
    grade: code("grade"),
    nodes: fc.integer({ min: 0, max: 40 }),
    er: code("er"),
    pr: code("pr"),
    her2: code("her2"),
    ki67: code("ki67"),
    generation: code("generation"),
    horm: code("horm"),
    traz: code("traz"),
    bis: code("bis"),
    radio: code("radio"),
    heartGy: fc.oneof(fc.constant(0), decimal(0, 20)),
    smoker: code("smoker"),
  })
  .map((input) => PredictInputSchema.parse(input));

/** Inputs the schema accepts but no clinic sees: sizes from 1e-6 to 1e9 mm, thousands of nodes, hundreds of Gy. */
export const extremeInput: fc.Arbitrary<PredictInput> = fc
  .tuple(predictInput, fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 5000, noNaN: true }))
  .map(([input, size, nodes, heartGy]) => PredictInputSchema.parse({ ...input, size, nodes, heartGy }));
