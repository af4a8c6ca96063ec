import { type ReactNode, useState } from "react";
import { type CaseDraft, type DraftView, ISH_VALUE_FIELDS, isNumericField, type NumericField, RECOUNT_FIELDS } from "@/lib/her2/case-draft";
import { fieldMessage } from "@/lib/her2/field-message";
import { IHC_SCORES, ULTRALOW_ANSWERS } from "@/lib/her2/ihc-criteria";
import { CaseField } from "./CaseField";
import type { StepWords } from "./step-words";

export interface StepperProps {
  draft: CaseDraft;
  /** STEP_WORDS, from the server. */
  words: StepWords;
  view: DraftView;
  /** Before hydration the form is a plain GET form with a submit button. */
  hydrated: boolean;
  /** Numbers the server could not read and left out: each says so beside its field while it is empty. */
  leftOut: readonly NumericField[];
  onChange: (draft: CaseDraft) => void;
}

const NONE_VISITED: ReadonlySet<NumericField> = new Set();

/** The questions, only those the algorithm needs next (read from `viewDraft`). */
export function Stepper({ draft, words, view, hydrated, leftOut, onChange }: StepperProps) {
  const { questions, outcome, valueErrors } = view;
  const error = outcome.kind === "invalid" ? outcome.error : null;
  const needs = outcome.kind === "incomplete" ? outcome.needs : undefined;
  // The boxes the reader has left at least once on this route (IHC answer and ISH test), and the one
  // the opened case already waited for.
  const route = `${draft.ihc}|${draft.assay}`;
  const [visitedOn, setVisitedOn] = useState(() => ({ route, names: new Set<NumericField>(needs ? [needs.parameter] : []) }));
  // Another answer asks its boxes afresh, even if the reader comes back to this one.
  if (visitedOn.route !== route) setVisitedOn({ route, names: new Set() });
  const visited = visitedOn.route === route ? visitedOn.names : NONE_VISITED;
  const field = (name: NumericField) => {
    const unread = leftOut.includes(name) && draft.values[name] === "";
    // A value wrong on its own says so at once; the case's one error (the first the parser met, or a
    // rule between values) goes beside the field it names. A number the answers now require waits
    // until the reader has been to its box: not while she is still typing the one before it.
    const needed = needs?.parameter === name && visited.has(name) ? needs : null;
    const own = valueErrors[name] ?? (error?.parameter === name ? error : needed);
    return (
      <CaseField
        key={name}
        name={name}
        {...words.fields[name]}
        value={draft.values[name]}
        error={unread ? words.unread : own && fieldMessage(own.message, words.fieldNames)}
        invalid={unread || (own !== null && draft.values[name].trim() !== "")}
        onChange={(value) => onChange({ ...draft, values: { ...draft.values, [name]: value } })}
      />
    );
  };
  const ishFields: readonly NumericField[] = draft.assay === "dual" ? ISH_VALUE_FIELDS : ["copies"];
  // The optional ISH section opens for a case that has ISH values, and stays as the reader leaves it:
  // were it open only while a box holds a value, clearing the box to retype would snap it shut and
  // drop the focus with it.
  const [optionalIshOpen, setOptionalIshOpen] = useState(false);
  const hasIshValue = ishFields.some((name) => draft.values[name].trim() !== "");
  const shownFields: readonly string[] = [...(questions.ish || questions.optionalIsh ? ishFields : []), ...(questions.recount ? RECOUNT_FIELDS : [])];

  const ish = (
    <fieldset className="step">
      <legend>{words.headings.ish}</legend>
      <fieldset className="step-choices inline">
        <legend>{words.headings.assay}</legend>
        {(["dual", "single"] as const).map((assay) => (
          <label key={assay} className="choice-inline">
            <input type="radio" name="assay" value={assay} checked={draft.assay === assay} onChange={() => onChange({ ...draft, assay })} />{" "}
            {words.assays[assay]}
          </label>
        ))}
      </fieldset>
      {ishFields.map(field)}
    </fieldset>
  );

  return (
    <form
      className="stepper"
      method="get"
      action="/testing"
      aria-labelledby="stepper-heading"
      data-testid="stepper"
      // Once hydrated every answer applies at once; Enter in a field must not reload the page.
      onSubmit={(event) => hydrated && event.preventDefault()}
      // Which number boxes the reader has left (a blur bubbles up here as React's focusout).
      onBlur={({ target }) => {
        const name = target instanceof HTMLInputElement ? target.name : "";
        if (isNumericField(name) && !visited.has(name)) setVisitedOn({ route, names: new Set([...visited, name]) });
      }}
    >
      <h2 id="stepper-heading">Your case</h2>
      <fieldset className="step">
        <legend>{words.headings.ihc}</legend>
        <p className="step-help">{words.ihcHelp}</p>
        {IHC_SCORES.map((score) => (
          <Choice
            key={score}
            name="ihc"
            value={score}
            checked={draft.ihc === score}
            onSelect={() => onChange({ ...draft, ihc: score })}
            hint={words.criteria[score]}
          >
            IHC {score}
          </Choice>
        ))}
        <Choice name="ihc" value="" checked={draft.ihc === "none"} onSelect={() => onChange({ ...draft, ihc: "none" })} hint={words.noIhcHint}>
          Not done
        </Choice>
      </fieldset>

      {questions.ultralow && (
        <fieldset className="step">
          <legend>{words.headings.ultralow}</legend>
          <p className="step-help">{words.ultralowHelp}</p>
          {ULTRALOW_ANSWERS.map((answer) => (
            <Choice
              key={answer || "unknown"}
              name="ultralow"
              value={answer}
              checked={draft.ultralow === answer}
              onSelect={() => onChange({ ...draft, ultralow: answer })}
            >
              {words.ultralowChoices[answer]}
            </Choice>
          ))}
        </fieldset>
      )}

      {questions.ish && ish}
      {questions.optionalIsh && (
        <details className="step-optional" open={optionalIshOpen || hasIshValue} onToggle={(event) => setOptionalIshOpen(event.currentTarget.open)}>
          <summary>{words.headings.optionalIsh}</summary>
          {ish}
        </details>
      )}

      {questions.recount && (
        <fieldset className="step">
          <legend>{words.headings.recount}</legend>
          <p className="step-help">{words.recountHelp}</p>
          {RECOUNT_FIELDS.map(field)}
        </fieldset>
      )}

      {error !== null && !shownFields.includes(error.parameter) && (
        <p className="field-error" data-testid="form-error">
          {error.parameter}: {error.message}
        </p>
      )}
      {!hydrated && (
        <button type="submit" className="button">
          Show the result
        </button>
      )}
    </form>
  );
}

interface ChoiceProps {
  name: string;
  value: string;
  checked: boolean;
  onSelect: () => void;
  hint?: string;
  children: ReactNode;
}

/** A radio answer; its criterion is a description, so the name stays short. */
function Choice({ name, value, checked, onSelect, hint, children }: ChoiceProps) {
  const id = `case-${name}-${value || "none"}`;
  return (
    <div className="choice">
      <input id={id} type="radio" name={name} value={value} checked={checked} onChange={onSelect} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{children}</label>
      {hint && (
        <span id={`${id}-hint`} className="choice-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
