/**
 * The /testing stepper's state: the answers as typed, which questions the algorithm needs next,
 * and the case as API parameters (for the URL, a shared link and `parseHer2Fields`). Which
 * question comes next is read from `classifyHer2` itself, never from a rule written here.
 */

import type { SearchParams } from "@/lib/charts/url-state";
import { classifyHer2, type Her2Classification } from "./classify";
import type { NodeId } from "./graph";
import type { IhcScoreText, UltralowAnswer } from "./ihc-criteria";
import { HER2_PARAMETERS, type Her2InputError, type Her2Parameter, her2ValueError, her2ValueErrors, type IhcScore, parseHer2Fields } from "./input";

/** A case as API parameters, values as written (blank values left out). */
export type CaseFields = Partial<Record<Her2Parameter, string>>;

/** "none": the IHC test was not done (ISH first). */
export type IhcAnswer = IhcScoreText | "none";

export const ISH_VALUE_FIELDS = ["ratio", "copies", "cep17"] as const;
export const RECOUNT_FIELDS = ["recountRatio", "recountCopies"] as const;
export const NUMERIC_FIELDS = [...ISH_VALUE_FIELDS, ...RECOUNT_FIELDS] as const;
export type NumericField = (typeof NUMERIC_FIELDS)[number];

export interface CaseDraft {
  /** Null until the first question is answered. */
  ihc: IhcAnswer | null;
  ultralow: UltralowAnswer;
  assay: "dual" | "single";
  values: Record<NumericField, string>;
}

export const EMPTY_DRAFT: CaseDraft = {
  ihc: null,
  ultralow: "",
  assay: "dual",
  values: { ratio: "", copies: "", cep17: "", recountRatio: "", recountCopies: "" },
};

/** Which questions to show, besides the IHC score (always asked first). */
export interface Questions {
  ultralow: boolean;
  /** ISH is needed to go on (IHC 2+, or no IHC at all). */
  ish: boolean;
  /** The IHC result is already final, but an ISH result may be added (the ISH-first workflow). */
  optionalIsh: boolean;
  recount: boolean;
}

/**
 * "incomplete" until the questions asked so far are answered: `needs` names an asked number still
 * empty that the answers require (a question still to answer, not a wrong answer). "invalid": a value
 * given is wrong, on its own or against another.
 */
export type DraftOutcome =
  | { kind: "incomplete"; needs?: Her2InputError & { parameter: NumericField } }
  | { kind: "invalid"; error: Her2InputError }
  | { kind: "classified"; classification: Her2Classification };

export interface DraftView {
  questions: Questions;
  fields: CaseFields;
  outcome: DraftOutcome;
  /** The walk through the flow graph as far as the answers go (the result's path once classified). */
  path: NodeId[];
  /** Each asked value that is wrong on its own (a decimal comma, a word), so every such field says so at once. */
  valueErrors: Partial<Record<Her2Parameter, Her2InputError>>;
}

export function viewDraft(draft: CaseDraft): DraftView {
  const ihcFields: CaseFields =
    draft.ihc === null || draft.ihc === "none" ? {} : { ihc: draft.ihc, ...(draft.ihc === "0" && draft.ultralow !== "" ? { ultralow: draft.ultralow } : {}) };
  // What IHC alone gives decides whether ISH is required (pending: reflex ISH) or optional (final).
  const ihcAlone = "ihc" in ihcFields ? classifyFields(ihcFields) : null;
  const ish = draft.ihc === "none" || ihcAlone?.kind === "pending";
  const optionalIsh = ihcAlone?.kind === "final";
  const ishFields: CaseFields =
    ish || optionalIsh
      ? draft.assay === "single"
        ? given({ copies: draft.values.copies }, { assay: "single" })
        : given({ ratio: draft.values.ratio, copies: draft.values.copies, cep17: draft.values.cep17 })
      : {};
  // The recount is asked only where the case without it waits for one (R-G2/3/4, §2.2).
  const beforeRecount = classifyFields({ ...ihcFields, ...ishFields });
  const recount = beforeRecount?.kind === "pending" && beforeRecount.nextStep === "recount";
  const fields: CaseFields = {
    ...ihcFields,
    ...ishFields,
    ...(recount ? given({ recountRatio: draft.values.recountRatio, recountCopies: draft.values.recountCopies }) : {}),
  };
  const questions = { ultralow: draft.ihc === "0", ish, optionalIsh, recount };
  const parsed = Object.keys(fields).length === 0 ? null : parseHer2Fields(fields);
  const outcome: DraftOutcome =
    parsed === null
      ? { kind: "incomplete" }
      : parsed.ok
        ? { kind: "classified", classification: classifyHer2(parsed.input) }
        : failedOutcome(parsed.error, fields);
  // A half-typed required ISH result or recount stops at the step that waits for it ("ISH needed",
  // "recount needed"); an optional ISH result is another route, so it shows none until it is valid.
  const partial = recount ? beforeRecount : ish ? ihcAlone : null;
  const path = outcome.kind === "classified" ? outcome.classification.path : (partial?.path ?? []);
  return { questions, fields, outcome, path, valueErrors: her2ValueErrors(fields) };
}

/** The parser stops at a required number left empty ("Required when ratio is given.") as at a wrong one. */
function failedOutcome(error: Her2InputError, fields: CaseFields): DraftOutcome {
  const { parameter } = error;
  const empty = isNumericField(parameter) && fields[parameter] === undefined;
  return empty ? { kind: "incomplete", needs: { ...error, parameter } } : { kind: "invalid", error };
}

export function isNumericField(parameter: string): parameter is NumericField {
  return (NUMERIC_FIELDS as readonly string[]).includes(parameter);
}

function classifyFields(fields: CaseFields): Her2Classification | null {
  const parsed = parseHer2Fields(fields);
  return parsed.ok ? classifyHer2(parsed.input) : null;
}

/** Blank answers mean "not given". */
function given(values: CaseFields, extra: CaseFields = {}): CaseFields {
  const entries = Object.entries(values).filter(([, value]) => value !== undefined && value.trim() !== "");
  return entries.length === 0 ? {} : { ...extra, ...Object.fromEntries(entries.map(([name, value]) => [name, value?.trim()])) };
}

const SCORE_TEXT: Record<IhcScore, IhcScoreText> = { 0: "0", 1: "1+", 2: "2+", 3: "3+" };

/** The query string for a case, parameters in the API's order ("" for an empty case). */
export function caseSearch(fields: CaseFields): string {
  const params = new URLSearchParams();
  for (const name of HER2_PARAMETERS) {
    const value = fields[name];
    if (value !== undefined) params.set(name, value);
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/**
 * A link's case as the page shows it: read as the stepper reads it (draftFromSearchParams), then its
 * canonical fields ("3" becomes "3+", the default dual-probe assay and unasked answers drop out) and
 * its outcome. The page's image and embeds draw this, so a picture names the page's own address.
 */
export function linkedCase(searchParams: SearchParams): DraftView {
  return viewDraft(draftFromSearchParams(searchParams).draft);
}

/** The testing chart's image (without extension) for a case: the whole diagram with the case's path lit. */
export function testingImagePath(fields: CaseFields): string {
  return `/api/charts/testing${caseSearch(fields)}`;
}

/**
 * The stepper's own link: the case's parameters, plus the two answers they cannot carry while the
 * case is half-typed ("IHC not done" and the single-probe choice before any number), so a reload
 * or a shared link reopens exactly what was answered. A complete case's link is its API query.
 */
export function draftSearch(draft: CaseDraft, view: DraftView = viewDraft(draft)): string {
  const noIsh = !ISH_VALUE_FIELDS.some((name) => name in view.fields);
  const asksIsh = view.questions.ish || view.questions.optionalIsh;
  return caseSearch({
    ...(draft.ihc === "none" && noIsh ? { ihc: "" } : {}),
    ...view.fields,
    ...(draft.assay === "single" && asksIsh && view.fields.assay === undefined ? { assay: "single" } : {}),
  });
}

/**
 * The draft of a case whose values are each valid (an explored route's example, or a link's values
 * once checked). Without a score, ISH values mean the IHC test was not done.
 */
export function draftOfCase(fields: CaseFields, ihcNotDone = NUMERIC_FIELDS.some((name) => fields[name] !== undefined)): CaseDraft {
  return {
    // "ihc=" (blank) is the "not done" answer, as draftSearch writes it: never a score of 0.
    ihc: fields.ihc ? SCORE_TEXT[ihcScore(fields.ihc)] : fields.ihc === "" || ihcNotDone ? "none" : null,
    ultralow: (fields.ultralow?.toLowerCase() ?? "") as UltralowAnswer,
    assay: fields.assay?.toLowerCase() === "single" ? "single" : "dual",
    values: { ...EMPTY_DRAFT.values, ...Object.fromEntries(NUMERIC_FIELDS.flatMap((name) => (fields[name] === undefined ? [] : [[name, fields[name]]]))) },
  };
}

/**
 * The draft a link describes (the stepper's own, a shared one, or the no-JavaScript form), however
 * far it was answered. Other parameters are ignored and blank ones mean "not given" (a submitted
 * form sends every field); "ihc=" is the "not done" answer. Each value is checked on its own, so a
 * half-typed case reopens as typed and the stepper asks its next question. A value the parser
 * rejects, or one the answers leave no place for (ultralow without IHC 0, a recount the case does
 * not ask for), is left out with a notice naming the parameter only: the raw value is never shown.
 */
export function draftFromSearchParams(searchParams: SearchParams): { draft: CaseDraft; notice: string | null; unreadable: NumericField[] } {
  const given = new Map<Her2Parameter, string>();
  const rejected: Her2Parameter[] = [];
  // The numbers among them that did not parse: the stepper says so beside their fields.
  const unparsed = new Set<Her2Parameter>();
  for (const name of HER2_PARAMETERS) {
    const raw = searchParams[name];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((value) => value.trim()).filter((value) => value !== "");
    if (values.length === 0) continue;
    const [value] = values;
    // Like the API: a parameter given twice is an error, not a choice between its values.
    if (values.length > 1 || value === undefined || her2ValueError(name, value) !== null) {
      rejected.push(name);
      unparsed.add(name);
    } else given.set(name, value);
  }

  const ihcText = given.get("ihc");
  const ishGiven = NUMERIC_FIELDS.some((name) => given.has(name));
  // A rejected score is not read as "not done": the first question stays open.
  const ihcNotDone = !rejected.includes("ihc") && ihcText === undefined && (searchParams.ihc !== undefined || ishGiven);
  const draft = draftOfCase(Object.fromEntries(given), ihcNotDone);

  // Valid values the answers leave no place for are left out, never kept out of sight. Until the
  // IHC question is answered the stepper shows nothing else, so the other answers wait for it.
  if (draft.ihc !== null) {
    const used = new URLSearchParams(draftSearch(draft));
    for (const name of given.keys()) {
      if (used.has(name) || (name === "assay" && draft.assay === "dual")) continue;
      rejected.push(name);
      if (name === "ultralow") draft.ultralow = "";
      else if (name !== "ihc" && name !== "assay") draft.values[name] = "";
    }
  }
  if (rejected.length === 0) return { draft, notice: null, unreadable: [] };
  const kept = draft.ihc !== null || [...given.keys()].some((name) => !rejected.includes(name));
  return {
    draft: kept ? draft : EMPTY_DRAFT,
    unreadable: kept ? NUMERIC_FIELDS.filter((name) => unparsed.has(name)) : [],
    notice: rejectedNotice(
      HER2_PARAMETERS.filter((name) => rejected.includes(name)),
      kept,
    ),
  };
}

function ihcScore(text: string): IhcScore {
  return Number(text.replace("+", "")) as IhcScore;
}

function rejectedNotice(names: readonly Her2Parameter[], kept: boolean): string {
  const quoted = names.map((name) => `“${name}”`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
  const what = names.length === 1 ? `The link's ${list} value could not be used` : `The link's ${list} values could not be used`;
  if (!kept) return `${what}, so the case starts empty.`;
  return `${what}, so ${names.length === 1 ? "it was" : "they were"} left out; the other answers are kept.`;
}
