/**
 * The outcomes page's state in the URL: a patient's PREDICT inputs under the API's names, so a
 * clinician can share the link. Unlike a chart setting, a patient is never filled in with defaults:
 * no inputs shows the form, and a wrong or missing one is shown beside its field with no result.
 */
import { emptyFieldMessage, fieldLabel } from "../predict/fields";
import {
  checkPredictFields,
  PREDICT_PARAMETERS,
  type PredictInput,
  type PredictParameter,
  type PredictQueryResult,
  parsePredictQuery,
  REQUIRED,
} from "../predict/inputs";
import { type SearchParams, unrecognisedNotice } from "./url-state";

export type OutcomesState =
  | { kind: "empty" }
  /** Some inputs given by a link (a HER2 result, a subtype), all valid, the rest for the reader. */
  | { kind: "draft"; values: Partial<Record<PredictParameter, string>> }
  | { kind: "invalid"; values: Partial<Record<PredictParameter, string>>; errors: Partial<Record<PredictParameter, string>> }
  | { kind: "valid"; input: PredictInput };

const HEART_DOSE_NEEDS_RADIOTHERAPY = "Give 0 when there is no radiotherapy: the dose to the heart comes from it.";

/** The heart dose comes from radiotherapy; PREDICT would still count it without (benefits32 does), so the page asks for 0. */
function heartDoseWithoutRadiotherapy(input: PredictInput): boolean {
  return input.radio === 0 && input.heartGy > 0;
}

/** A patient as the outcomes page takes one, for its image: the API's checks, then the page's own. */
export function parseOutcomesQuery(params: URLSearchParams): PredictQueryResult {
  const parsed = parsePredictQuery(params);
  if (!parsed.ok || !heartDoseWithoutRadiotherapy(parsed.input)) return parsed;
  return { ok: false, error: { parameter: "heartGy", message: HEART_DOSE_NEEDS_RADIOTHERAPY } };
}

/** The example on the page (a HER2-positive, ER-negative case), and the image drawn when no patient is given. */
export const EXAMPLE_PATIENT: PredictInput = {
  age: 42,
  screen: 0,
  size: 25,
  grade: 3,
  nodes: 1,
  er: 0,
  pr: 0,
  her2: 1,
  ki67: 1,
  generation: 3,
  horm: 0,
  traz: 1,
  bis: 0,
  radio: 1,
  heartGy: 2,
  smoker: 0,
};

/**
 * The patient an embed shows for a link: the link's own, or the page's example when the link gives
 * none; null when the link describes no patient in full (nothing is shown). Its link back to the page
 * names the same patient.
 */
export function shownPatient(state: OutcomesState): PredictInput | null {
  return state.kind === "valid" ? state.input : state.kind === "empty" ? EXAMPLE_PATIENT : null;
}

const isParameter = (name: string): name is PredictParameter => (PREDICT_PARAMETERS as readonly string[]).includes(name);

export function parseOutcomesState(params: SearchParams): { state: OutcomesState; notices: string[] } {
  const notices: string[] = [];
  const values: Partial<Record<PredictParameter, string>> = {};
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    if (!isParameter(name)) {
      notices.push(unrecognisedNotice(name));
      continue;
    }
    // Like the API and the other pages: a repeated input is not a choice of its first value.
    if (Array.isArray(raw) && raw.length > 1) {
      notices.push(repeatedNotice(name));
      continue;
    }
    values[name] = Array.isArray(raw) ? raw[0] : raw;
  }
  if (Object.keys(values).length === 0) return { state: { kind: "empty" }, notices };
  // No radiotherapy, no dose to the heart: an empty box then means 0, the only dose the page takes without it.
  if (values.radio === "0" && values.heartGy?.trim() === "") values.heartGy = "0";
  const { input, errors: checked } = checkPredictFields(values);
  const errors: Partial<Record<PredictParameter, string>> = Object.fromEntries(
    Object.entries(checked).map(([name, error]) => [name, error === REQUIRED ? emptyFieldMessage(name as PredictParameter) : error]),
  );
  // The dose is asked for with radiotherapy: while radiotherapy is unanswered, its own message is the one to act on.
  if (errors.radio && values.heartGy?.trim() === "") delete errors.heartGy;
  // A link that sets some inputs (a form always sends every field, empty or not) is a start, not a mistake.
  const missing = PREDICT_PARAMETERS.filter((name) => values[name] === undefined);
  if (missing.length > 0) {
    const wrong = Object.fromEntries(Object.entries(errors).filter(([name]) => values[name as PredictParameter] !== undefined));
    return { state: Object.keys(wrong).length > 0 ? { kind: "invalid", values, errors: wrong } : { kind: "draft", values }, notices };
  }
  if (input && heartDoseWithoutRadiotherapy(input)) return { state: { kind: "invalid", values, errors: { heartGy: HEART_DOSE_NEEDS_RADIOTHERAPY } }, notices };
  return { state: input ? { kind: "valid", input } : { kind: "invalid", values, errors }, notices };
}

/** The input is left out, so the form asks for it again: no value is picked for the reader. */
function repeatedNotice(name: PredictParameter): string {
  return `The link gives “${name}” more than once, so it was left out; the other answers are kept.`;
}

/** A patient's query string, every input given in the API's order (a draft's too, so the form reopens as the link had it). */
export function outcomesSearch(values: Partial<Record<PredictParameter, string | number>>): string {
  const given = PREDICT_PARAMETERS.flatMap((name) => (values[name] === undefined ? [] : [[name, String(values[name])]]));
  return given.length === 0 ? "" : `?${new URLSearchParams(given).toString()}`;
}

const fieldName = (name: PredictParameter) => `${fieldLabel(name)} (${name})`;

/**
 * Why a link's patient gets no result, for a view with no form to show it beside each field (the
 * embed): each wrong input with its problem, then the inputs left out. None for a valid patient or
 * for no patient at all (the example is drawn, and says so).
 */
export function outcomesStateNotices(state: OutcomesState): string[] {
  if (state.kind === "valid" || state.kind === "empty") return [];
  const notices: string[] = [];
  if (state.kind === "invalid") {
    const wrong = Object.entries(state.errors).map(([name, error]) => `${fieldName(name as PredictParameter)}: ${error}`);
    notices.push(`No outcomes are shown: the link's patient has inputs the model cannot use. ${wrong.join(" ")}`);
  }
  const missing = PREDICT_PARAMETERS.filter((name) => state.values[name] === undefined);
  if (missing.length > 0) {
    notices.push(
      `No outcomes are shown: the link leaves out ${missing.length} of the ${PREDICT_PARAMETERS.length} inputs the model needs: ${missing.map(fieldName).join(", ")}.`,
    );
  }
  return notices;
}
