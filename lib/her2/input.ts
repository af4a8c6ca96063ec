/**
 * A HER2 test result as given to `classifyHer2`, and its parsers: from a query string (the API) and
 * from a plain object (a CSV row or a JSON body). Both run the same validation core, the rules of
 * reference her2-testing.md §3.4 (R-V). The types make most contradictions unrepresentable; the
 * core rejects the rest with an error naming the parameter.
 */

import { safeExcerpt } from "../excerpt";
import { dualProbeGroup, type IshCount, isWorkupGroup } from "./ish";

export type IhcScore = 0 | 1 | 2 | 3;

/** `ultralow` splits IHC 0 only (§1.2); null means the lab did not record which half of IHC 0 it was. */
export type IhcResult = { score: 0; ultralow: boolean | null } | { score: 1 } | { score: 2 } | { score: 3 };

export interface DualProbeIsh extends IshCount {
  assay: "dual";
  /** Average CEP17 signals per cell, when given; `ratio` is copies ÷ cep17 if no ratio was reported. */
  cep17: number | null;
  /** The blinded second count of §2.2 (IHC 2+ with groups 2–4 only). */
  recount: IshCount | null;
}

export interface SingleProbeIsh {
  assay: "single";
  copies: number;
}

export type IshResult = DualProbeIsh | SingleProbeIsh;

/** At least one of the two tests is present. */
export type Her2Input = { ihc: IhcResult; ish: IshResult | null } | { ihc: null; ish: IshResult };

export const HER2_PARAMETERS = ["ihc", "ultralow", "ratio", "copies", "cep17", "recountRatio", "recountCopies", "assay"] as const;
export type Her2Parameter = (typeof HER2_PARAMETERS)[number];

/** The canonical spellings; parsing also accepts 0–3 without "+", and surrounding spaces. */
export const IHC_VALUES = ["0", "1+", "2+", "3+"] as const;
export const BOOLEAN_VALUES = ["true", "false"] as const;
export const ASSAY_VALUES = ["dual", "single"] as const;

/** The parameters that take one of a fixed set of values (the rest are positive decimals). */
export const HER2_ALLOWED_VALUES: Readonly<Partial<Record<Her2Parameter, readonly string[]>>> = {
  ihc: IHC_VALUES,
  ultralow: BOOLEAN_VALUES,
  assay: ASSAY_VALUES,
};

/** The design.md §3 error body: `{ parameter, message, allowed? }`. */
export interface Her2InputError {
  parameter: string;
  message: string;
  allowed?: readonly string[];
}

export type Her2ParseResult = { ok: true; input: Her2Input } | { ok: false; error: Her2InputError };

export interface ParseOptions {
  /** Parameters the caller handles itself (e.g. `format`): skipped here, but not "unknown". */
  reserved?: readonly string[];
}

/** A value as it arrives: always a string from a query or CSV, possibly a number or boolean from JSON. */
export type RawValue = string | number | boolean;

type Fields = Partial<Record<Her2Parameter, RawValue>>;

// ENGINEERING (§3.4 rule 6): the lab rounds averages, so a reported ratio may differ a little from
// copies ÷ cep17. The epsilon keeps a decimal difference of exactly 0.05 accepted despite binary floats.
export const RATIO_TOLERANCE = 0.05;
const FLOAT_EPSILON = 1e-9;

export function parseHer2Query(params: URLSearchParams, options: ParseOptions = {}): Her2ParseResult {
  return parseEntries(params.entries(), options);
}

/**
 * From a plain object: a CSV row (strings) or a JSON body (numbers and booleans too). `null` and
 * `undefined` mean "not given"; any other non-scalar is an error.
 */
export function parseHer2Fields(fields: Readonly<Record<string, unknown>>, options: ParseOptions = {}): Her2ParseResult {
  const entries: [string, RawValue][] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      return fail(safeExcerpt(name), "Give a single string, number or boolean.", isHer2Parameter(name) ? HER2_ALLOWED_VALUES[name] : undefined);
    }
    entries.push([name, value]);
  }
  return parseEntries(entries, options);
}

function parseEntries(entries: Iterable<[string, RawValue]>, { reserved = [] }: ParseOptions): Her2ParseResult {
  const fields: Fields = {};
  for (const [name, value] of entries) {
    if (reserved.includes(name)) continue;
    if (!isHer2Parameter(name)) {
      return fail(safeExcerpt(name), "Unknown parameter.", [...HER2_PARAMETERS, ...reserved]);
    }
    if (name in fields) return fail(name, "Give this parameter once.", HER2_ALLOWED_VALUES[name]);
    fields[name] = value;
  }
  return validate(fields);
}

function isHer2Parameter(name: string): name is Her2Parameter {
  return (HER2_PARAMETERS as readonly string[]).includes(name);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: Her2InputError };

/** The validation core: one value at a time, then the rules that tie values together. */
function validate(fields: Fields): Her2ParseResult {
  const ihc = optional(fields, "ihc", parseIhcScore);
  if (!ihc.ok) return ihc;
  const ultralow = optional(fields, "ultralow", parseBoolean);
  if (!ultralow.ok) return ultralow;
  const assay = optional(fields, "assay", parseAssay);
  if (!assay.ok) return assay;
  const numbers: Partial<Record<NumericParameter, number>> = {};
  for (const name of NUMERIC_PARAMETERS) {
    const parsed = optional(fields, name, (value) => parsePositiveNumber(name, value));
    if (!parsed.ok) return parsed;
    if (parsed.value !== undefined) numbers[name] = parsed.value;
  }

  const ihcResult = toIhcResult(ihc.value, ultralow.value);
  if (!ihcResult.ok) return ihcResult;
  const ish = toIshResult(assay.value ?? "dual", numbers);
  if (!ish.ok) return ish;
  const ishWithRecount = withRecount(ihcResult.value, ish.value, numbers);
  if (!ishWithRecount.ok) return ishWithRecount;

  const [ihcValue, ishValue] = [ihcResult.value, ishWithRecount.value];
  if (ihcValue !== null) return { ok: true, input: { ihc: ihcValue, ish: ishValue } };
  if (ishValue !== null) return { ok: true, input: { ihc: null, ish: ishValue } };
  // §3.4 rule 8: nothing to classify.
  return fail("ihc", "Give an IHC score and/or ISH values.", IHC_VALUES);
}

/**
 * One parameter's value on its own, without the rules that tie values together (the stepper reopens
 * a half-typed case this way): null when the parser would accept it, else the parser's error.
 */
export function her2ValueError(name: Her2Parameter, value: RawValue): Her2InputError | null {
  const parsed = VALUE_PARSERS[name](value);
  return parsed.ok ? null : parsed.error;
}

/**
 * Every given value's own error, by parameter. The parser stops at the first bad value, so a form that
 * showed only that one would mark a second bad field ("4,5" after "2,1") only once the first is fixed.
 */
export function her2ValueErrors(fields: Partial<Record<Her2Parameter, RawValue>>): Partial<Record<Her2Parameter, Her2InputError>> {
  return Object.fromEntries(
    HER2_PARAMETERS.flatMap((name) => {
      const value = fields[name];
      const error = value === undefined ? null : her2ValueError(name, value);
      return error === null ? [] : [[name, error]];
    }),
  );
}

const VALUE_PARSERS: Record<Her2Parameter, (value: RawValue) => Parsed<unknown>> = {
  ihc: parseIhcScore,
  ultralow: parseBoolean,
  assay: parseAssay,
  ratio: (value) => parsePositiveNumber("ratio", value),
  copies: (value) => parsePositiveNumber("copies", value),
  cep17: (value) => parsePositiveNumber("cep17", value),
  recountRatio: (value) => parsePositiveNumber("recountRatio", value),
  recountCopies: (value) => parsePositiveNumber("recountCopies", value),
};

function optional<T>(fields: Fields, name: Her2Parameter, parse: (value: RawValue) => Parsed<T>): Parsed<T | undefined> {
  const value = fields[name];
  return value === undefined ? { ok: true, value: undefined } : parse(value);
}

// §3.4 rule 1: "0"–"3" with at most one trailing "+". Surrounding whitespace is ignored; that also
// covers an unencoded "+" in a query string, which arrives as a space ("2 " is 2+). A decoded value
// cannot tell "2++" from "2" and spaces, so `parseHer2QueryString` checks the raw query for that.
function parseIhcScore(value: RawValue): Parsed<IhcScore> {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  const match = /^([0-3])\+?$/.exec(text);
  if (match?.[1] === undefined) {
    return failValue("ihc", value, "The IHC score must be 0, 1+, 2+ or 3+.", IHC_VALUES);
  }
  return { ok: true, value: Number(match[1]) as IhcScore };
}

function parseBoolean(value: RawValue): Parsed<boolean> {
  if (typeof value === "boolean") return { ok: true, value };
  const text = String(value).trim().toLowerCase();
  if (text === "true" || text === "false") return { ok: true, value: text === "true" };
  return failValue("ultralow", value, "Give true or false.", BOOLEAN_VALUES);
}

function parseAssay(value: RawValue): Parsed<"dual" | "single"> {
  const text = String(value).trim().toLowerCase();
  if (text === "dual" || text === "single") return { ok: true, value: text };
  return failValue("assay", value, "Give dual (the default) or single.", ASSAY_VALUES);
}

const NUMERIC_PARAMETERS = ["ratio", "copies", "cep17", "recountRatio", "recountCopies"] as const;
type NumericParameter = (typeof NUMERIC_PARAMETERS)[number];

// §3.4 rules 3–4: a count or ratio of zero is a failed hybridisation, and a negative one is
// impossible. Only plain decimals are read (no exponent, hex, sign or Infinity), and never rounded.
function parsePositiveNumber(name: NumericParameter, value: RawValue): Parsed<number> {
  const number = readDecimal(value);
  // Much of the world writes 2,3 for 2.3: say so, rather than that it is not a number. Three digits
  // after the comma may be thousands (1,234), and a point that would still be refused (0,0) helps no one.
  const pointed = typeof value === "string" && /^\s*\d+,\d{1,2}\s*$/.test(value) ? value.trim().replace(",", ".") : null;
  if (pointed !== null && Number(pointed) > 0) return failValue(name, value, `Write the decimal with a point, as in ${pointed}.`);
  if (!Number.isFinite(number) || number <= 0) {
    return failValue(name, value, "Must be a finite number > 0, written as a plain decimal such as 2.1.");
  }
  return { ok: true, value: number };
}

function readDecimal(value: RawValue): number {
  if (typeof value === "number") return value;
  const text = typeof value === "string" ? value.trim() : "";
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

function toIhcResult(score: IhcScore | undefined, ultralow: boolean | undefined): Parsed<IhcResult | null> {
  // §3.4 rule 2 (design.md §5): ultralow is one half of IHC 0 (§1.2), so it needs IHC 0.
  if (ultralow !== undefined && score !== 0) return fail("ultralow", "Only allowed with IHC 0.", BOOLEAN_VALUES);
  if (score === undefined) return { ok: true, value: null };
  if (score === 0) return { ok: true, value: { score, ultralow: ultralow ?? null } };
  return { ok: true, value: { score } };
}

function toIshResult(assay: "dual" | "single", numbers: Partial<Record<NumericParameter, number>>): Parsed<IshResult | null> {
  const { ratio, copies, cep17 } = numbers;
  if (assay === "single") {
    // §3.4 rule 8: a single-probe assay has no CEP17 probe, so it has no ratio.
    if (ratio !== undefined) return fail("ratio", "Not allowed with assay=single (a single-probe assay has no ratio).");
    if (cep17 !== undefined) return fail("cep17", "Not allowed with assay=single (a single-probe assay has no CEP17).");
    return { ok: true, value: copies === undefined ? null : { assay, copies } };
  }
  if (ratio === undefined && copies === undefined && cep17 === undefined) return { ok: true, value: null };
  // §3.4 rule 5: both numbers are needed to tell group 1 from 2, and 3 from 4 and 5.
  if (copies === undefined) {
    return fail("copies", ratio !== undefined ? "Required when ratio is given." : "Required when cep17 is given.");
  }
  if (ratio === undefined) {
    if (cep17 === undefined) return fail("ratio", "Required when copies is given (or give cep17 to derive it).");
    // R-CEP (ENGINEERING): plain division is exact enough at the 2.0 threshold (§3.4 "Floating point").
    return { ok: true, value: { assay, ratio: copies / cep17, copies, cep17, recount: null } };
  }
  // §3.4 rule 6: three numbers that do not agree are contradictory.
  if (cep17 !== undefined && Math.abs(ratio - copies / cep17) > RATIO_TOLERANCE + FLOAT_EPSILON) {
    return fail("ratio", `Does not match copies ÷ cep17 (differs by more than ${RATIO_TOLERANCE}).`);
  }
  return { ok: true, value: { assay, ratio, copies, cep17: cep17 ?? null, recount: null } };
}

// §3.4 rule 7: the blinded recount exists only for IHC 2+ with dual-probe group 2, 3 or 4 (§2.2).
function withRecount(
  ihc: IhcResult | null,
  ish: IshResult | null,
  { recountRatio, recountCopies }: Partial<Record<NumericParameter, number>>,
): Parsed<IshResult | null> {
  if (recountRatio === undefined && recountCopies === undefined) return { ok: true, value: ish };
  if (recountRatio === undefined) return fail("recountRatio", "Required when recountCopies is given.");
  if (recountCopies === undefined) return fail("recountCopies", "Required when recountRatio is given.");
  if (ish?.assay !== "dual" || ihc?.score !== 2 || !isWorkupGroup(dualProbeGroup(ish))) {
    return fail("recountRatio", "Only allowed for IHC 2+ with ISH group 2, 3 or 4.");
  }
  return { ok: true, value: { ...ish, recount: { ratio: recountRatio, copies: recountCopies } } };
}

function fail(parameter: string, message: string, allowed?: readonly string[]): { ok: false; error: Her2InputError } {
  return { ok: false, error: allowed ? { parameter, message, allowed } : { parameter, message } };
}

/** A refused value, quoted (shortened and made safe) in the message. */
export function failValue(parameter: Her2Parameter, value: RawValue, message: string, allowed?: readonly string[]) {
  return fail(parameter, `${message} Got "${safeExcerpt(String(value))}".`, allowed);
}
