/**
 * What PREDICT Breast v3.2 takes: one zod schema with the names, codes and ranges of the reference
 * (reference/predict README, the codes benefits32 reads), and the strict parser of a query string
 * that feeds it. A parameter that is missing, unknown, repeated, malformed or out of range is an
 * error naming it (design.md §3).
 */
import { z } from "zod";
import { FORMATS, type Format } from "../api/query";
import { safeExcerpt } from "../excerpt";

/** Ages the model was fitted for (README: 25–85). */
export const AGE_RANGE = { min: 25, max: 85 } as const;

/**
 * The range of each open-ended number among the reference's cases (README: size "reference cases
 * 1–250", nodes "0–25", heartGy "0–8"). Not limits (the README gives none): above them the model
 * still answers, but its results were never checked there, so a form cautions about a value beyond.
 */
export const CHECKED_RANGES = { size: { min: 1, max: 250 }, nodes: { min: 0, max: 25 }, heartGy: { min: 0, max: 8 } } as const;
export type CheckedParameter = keyof typeof CHECKED_RANGES;

/**
 * The dose to the heart benefits32 takes when none is given (its `heart.gy.in = 4`): what a reader
 * who does not know hers is told she may type, said as the code's default, not as an estimate of her
 * dose (the model's baseline for other deaths assumes an average of 2 Gy, benefits32.R).
 */
export const MODEL_DEFAULT_HEART_GY = 4;

/** The codes each coded parameter takes, as the R function reads them (9 = not known). */
export const PREDICT_CODES = {
  screen: [0, 1, 2],
  grade: [1, 2, 3, 9],
  er: [0, 1],
  pr: [0, 1, 9],
  her2: [0, 1, 9],
  ki67: [0, 1, 9],
  generation: [0, 2, 3],
  horm: [0, 1],
  traz: [0, 1],
  bis: [0, 1],
  radio: [0, 1],
  smoker: [0, 1],
} as const;
export type CodedParameter = keyof typeof PREDICT_CODES;

function coded<P extends CodedParameter>(name: P) {
  return z.literal(PREDICT_CODES[name], { error: `Must be one of ${PREDICT_CODES[name].join(", ")}.` });
}

const atLeastZero = "Must be 0 or more.";
/** An input left out (the API's error) or a field left empty (the form's, which says more: fields.ts, emptyFieldMessage). */
export const REQUIRED = "Required.";
const ageRange = `Must be from ${AGE_RANGE.min} to ${AGE_RANGE.max} (years).`;

// Size has no upper bound: neither benefits32 nor the README gives one (the reference cases stop at
// 250 mm, a sample, not a limit), and the formulae stay finite for any finite size.
export const PredictInputSchema = z.strictObject({
  age: z.number({ error: ageRange }).min(AGE_RANGE.min, ageRange).max(AGE_RANGE.max, ageRange),
  screen: coded("screen"),
  size: z.number({ error: "Must be a finite number of mm." }).positive("Must be more than 0 (mm)."),
  grade: coded("grade"),
  nodes: z.int("Must be a whole number, 0 or more.").min(0, atLeastZero),
  er: coded("er"),
  pr: coded("pr"),
  her2: coded("her2"),
  ki67: coded("ki67"),
  generation: coded("generation"),
  horm: coded("horm"),
  traz: coded("traz"),
  bis: coded("bis"),
  radio: coded("radio"),
  heartGy: z.number({ error: "Must be a finite number of Gy." }).min(0, atLeastZero),
  smoker: coded("smoker"),
});
export type PredictInput = z.infer<typeof PredictInputSchema>;
export type PredictParameter = keyof PredictInput;

/** Every parameter, in the order of the README's table (and of a form). */
export const PREDICT_PARAMETERS = Object.keys(PredictInputSchema.shape) as readonly PredictParameter[];

/** What a query may hold: the model's parameters and the response format. */
export const PREDICT_QUERY_PARAMETERS: readonly string[] = [...PREDICT_PARAMETERS, "format"];

/** The design.md §3 error body: `{ parameter, message, allowed? }`. */
export interface PredictInputError {
  parameter: string;
  message: string;
  allowed?: readonly string[];
}

export type PredictQueryResult = { ok: true; input: PredictInput; format: Format } | { ok: false; error: PredictInputError };

/** Whole numbers (node counts), with a sign so that "-1" is told it is below 0, not malformed. */
const PLAIN_INTEGER = /^-?\d+$/;
/** Plain decimals only: no exponent, hex, "+", "Infinity", spaces or bare ".5". */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const WHOLE_NUMBERS: ReadonlySet<PredictParameter> = new Set(["nodes"]);

function isPredictParameter(name: string): name is PredictParameter {
  return (PREDICT_PARAMETERS as readonly string[]).includes(name);
}

function isCoded(name: PredictParameter): name is CodedParameter {
  return name in PREDICT_CODES;
}

/** The allowed values of a parameter, as strings, where it has a fixed set. */
function allowedValues(name: string): readonly string[] | undefined {
  if (name === "format") return FORMATS;
  return isPredictParameter(name) && isCoded(name) ? PREDICT_CODES[name].map(String) : undefined;
}

export function parsePredictQuery(params: URLSearchParams): PredictQueryResult {
  const given = new Map<string, string>();
  for (const [name, value] of params) {
    if (name !== "format" && !isPredictParameter(name)) return fail(safeExcerpt(name), "Unknown parameter.", PREDICT_QUERY_PARAMETERS);
    if (given.has(name)) return fail(name, "Give this parameter once.", allowedValues(name));
    given.set(name, value);
  }

  const format = given.get("format") ?? "json";
  if (!(FORMATS as readonly string[]).includes(format)) return fail("format", `"${safeExcerpt(format)}" is not an allowed format.`, FORMATS);

  const numbers: Partial<Record<PredictParameter, number>> = {};
  for (const name of PREDICT_PARAMETERS) {
    const text = given.get(name);
    if (text === undefined) return fail(name, REQUIRED, allowedValues(name));
    const read = readValue(name, text);
    if (!read.ok) return { ok: false, error: read.error };
    numbers[name] = read.value;
  }
  return checkInput(numbers, format as Format);
}

type Read = { ok: true; value: number } | { ok: false; error: PredictInputError };

/** One value's spelling: a code exactly as listed, or a plain whole number or decimal. */
function readValue(name: PredictParameter, text: string): Read {
  if (isCoded(name)) {
    const allowed = PREDICT_CODES[name].map(String);
    return allowed.includes(text) ? { ok: true, value: Number(text) } : fail(name, `Must be one of ${allowed.join(", ")}.`, allowed);
  }
  const whole = WHOLE_NUMBERS.has(name);
  // Much of the world writes 22,5 for 22.5 (the HER2 stepper says the same): say so, not just "not a decimal".
  const pointed = !whole && /^\d+,\d{1,2}$/.test(text) ? text.replace(",", ".") : null;
  if (pointed !== null) return fail(name, `Write the decimal with a point, as in ${pointed}.`);
  if (!(whole ? PLAIN_INTEGER : PLAIN_DECIMAL).test(text)) {
    const shape = whole ? "a whole number such as 2" : "a plain decimal such as 20 or 12.5";
    return fail(name, `"${safeExcerpt(text)}" is not ${shape}.`);
  }
  return { ok: true, value: Number(text) };
}

/** The schema's ranges, reported for the first parameter that breaks one. */
function checkInput(numbers: Partial<Record<PredictParameter, number>>, format: Format): PredictQueryResult {
  const parsed = PredictInputSchema.safeParse(numbers);
  if (parsed.success) return { ok: true, input: parsed.data, format };
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? "");
  return fail(name, issue?.message ?? "Invalid value.", allowedValues(name));
}

function fail(parameter: string, message: string, allowed?: readonly string[]): { ok: false; error: PredictInputError } {
  return { ok: false, error: allowed ? { parameter, message, allowed } : { parameter, message } };
}

export interface PredictFormCheck {
  /** The patient, when every field is given and valid. */
  input: PredictInput | null;
  /** Each field's problem, to show beside it; a field left empty is "Required." only once any is filled. */
  errors: Partial<Record<PredictParameter, string>>;
}

/**
 * A form's fields, each checked on its own so every problem shows beside its field (the API stops
 * at the first). Unknown and repeated parameters are the page's to report; this reads the first value.
 */
export function checkPredictFields(values: Partial<Record<string, string>>): PredictFormCheck {
  const errors: Partial<Record<PredictParameter, string>> = {};
  const numbers: Partial<Record<PredictParameter, number>> = {};
  for (const name of PREDICT_PARAMETERS) {
    const text = values[name]?.trim();
    if (text === undefined || text === "") {
      errors[name] = REQUIRED;
      continue;
    }
    const read = readValue(name, text);
    if (!read.ok) {
      errors[name] = read.error.message;
      continue;
    }
    const field = PredictInputSchema.shape[name].safeParse(read.value);
    if (field.success) numbers[name] = read.value;
    else errors[name] = field.error.issues[0]?.message ?? "Invalid value.";
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return { input: PredictInputSchema.parse(numbers), errors };
}
