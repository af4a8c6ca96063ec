/**
 * The /testing stepper's state: the answers as typed, which questions the algorithm needs next,
 * and the case as API parameters (for the URL, a shared link and `parseHer2Fields`). Which
 * question comes next is read from `classifyHer2` itself, never from a rule written here.
 */

import type { SearchParams } from "@/lib/charts/url-state";
import { classifyHer2, type Her2Classification } from "./classify";
import type { IhcScoreText, UltralowAnswer } from "./ihc-criteria";
import { HER2_PARAMETERS, parseHer2Fields, parseHer2Query, type Her2InputError, type Her2Parameter, type IhcScore } from "./input";

/** A case as API parameters, values as written (blank values left out). */
export type CaseFields = Partial<Record<Her2Parameter, string>>;

/** "none": the IHC test was not done (ISH first). */
export type IhcAnswer = IhcScoreText | "none";

export const ISH_VALUE_FIELDS = ["ratio", "copies", "cep17"] as const;
export const RECOUNT_FIELDS = ["recountRatio", "recountCopies"] as const;
export type NumericField = (typeof ISH_VALUE_FIELDS)[number] | (typeof RECOUNT_FIELDS)[number];

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

export type DraftOutcome =
  | { kind: "incomplete" }
  | { kind: "invalid"; error: Her2InputError }
  | { kind: "classified"; classification: Her2Classification };

export interface DraftView {
  questions: Questions;
  fields: CaseFields;
  outcome: DraftOutcome;
}

export function viewDraft(draft: CaseDraft): DraftView {
  const ihcFields: CaseFields =
    draft.ihc === null || draft.ihc === "none"
      ? {}
      : { ihc: draft.ihc, ...(draft.ihc === "0" && draft.ultralow !== "" ? { ultralow: draft.ultralow } : {}) };
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
  if (Object.keys(fields).length === 0) return { questions, fields, outcome: { kind: "incomplete" } };
  const parsed = parseHer2Fields(fields);
  const outcome: DraftOutcome = parsed.ok
    ? { kind: "classified", classification: classifyHer2(parsed.input) }
    : { kind: "invalid", error: parsed.error };
  return { questions, fields, outcome };
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
 * The draft a shared link (or the no-JavaScript form) describes. Other parameters are ignored and
 * blank ones mean "not given" (a submitted form sends every field); "ihc=" is the "not done" answer.
 * A case the API would reject opens as an empty form with a notice that names the parameter only:
 * the raw value is never shown.
 */
export function draftFromSearchParams(searchParams: SearchParams): { draft: CaseDraft; notice: string | null } {
  const params = new URLSearchParams();
  for (const name of HER2_PARAMETERS) {
    const raw = searchParams[name];
    for (const value of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
      if (value.trim() !== "") params.append(name, value);
    }
  }
  const ihcNotDone = searchParams.ihc !== undefined && !params.has("ihc");
  // The form always sends the assay choice; with nothing else the case is just not started.
  if ([...params.keys()].every((name) => name === "assay")) {
    return { draft: { ...EMPTY_DRAFT, ihc: ihcNotDone ? "none" : null, assay: params.get("assay")?.trim() === "single" ? "single" : "dual" }, notice: null };
  }

  const parsed = parseHer2Query(params);
  if (!parsed.ok) {
    return {
      draft: EMPTY_DRAFT,
      notice: `The link's “${parsed.error.parameter}” value could not be used, so the case starts empty.`,
    };
  }
  const { ihc, ish } = parsed.input;
  // Every number passed the parser, so it is a plain decimal and safe to put back in the form.
  const value = (name: NumericField) => params.get(name)?.trim() ?? "";
  return {
    draft: {
      ihc: ihc === null ? "none" : SCORE_TEXT[ihc.score],
      ultralow: ihc?.score === 0 && ihc.ultralow !== null ? (String(ihc.ultralow) as UltralowAnswer) : "",
      assay: ish?.assay ?? "dual",
      values: { ratio: value("ratio"), copies: value("copies"), cep17: value("cep17"), recountRatio: value("recountRatio"), recountCopies: value("recountCopies") },
    },
    notice: null,
  };
}

const FIELD_WORDS: Record<Her2Parameter, (value: string) => string> = {
  ihc: (value) => `IHC ${value}`,
  ultralow: (value) => (value === "true" ? "faint staining (ultralow)" : "no staining (null)"),
  ratio: (value) => `ratio ${value}`,
  copies: (value) => `${value} copies`,
  cep17: (value) => `CEP17 ${value}`,
  recountRatio: (value) => `recount ratio ${value}`,
  recountCopies: (value) => `recount ${value} copies`,
  assay: (value) => (value === "single" ? "single-probe ISH" : "dual-probe ISH"),
};

/** A case in a few words: "IHC 2+, ratio 2.5, 5.0 copies". */
export function describeFields(fields: CaseFields): string {
  const words = HER2_PARAMETERS.flatMap((name) => {
    const value = fields[name];
    return value === undefined ? [] : [FIELD_WORDS[name](value)];
  });
  return fields.ihc === undefined ? ["no IHC", ...words].join(", ") : words.join(", ");
}
