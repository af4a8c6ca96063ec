import { Fragment, type ReactNode } from "react";
import type { OutcomesState } from "@/lib/charts/outcomes-state";
import { PREDICT_FIELDS, type PredictField, predictCautions } from "@/lib/predict/fields";
import type { PredictParameter } from "@/lib/predict/inputs";

/** The form's sections, in the order a clinic letter gives them. */
const SECTIONS: readonly { legend: string; fields: readonly PredictParameter[] }[] = [
  { legend: "The woman and how the cancer was found", fields: ["age", "screen", "smoker"] },
  { legend: "The tumour", fields: ["size", "grade", "nodes", "er", "pr", "her2", "ki67"] },
  { legend: "Treatments after surgery", fields: ["generation", "horm", "traz", "bis", "radio", "heartGy"] },
];

const FIELDS = new Map(PREDICT_FIELDS.map((field) => [field.name, field]));
const fieldOf = (name: PredictParameter) => FIELDS.get(name) as PredictField;

/** Where a submitted form lands: the result when there is one, else the answers to fix (one of them is on the page). */
export const ANSWER_ID = "answer";

/**
 * The answers to fix, in the form's order, each a link to its field: a wrong value with its message,
 * and the fields left empty named in one line (each says beside it what would answer it), so an empty
 * form is not met by a screenful of messages.
 */
function ErrorSummary({ errors, values }: { errors: Partial<Record<PredictParameter, string>>; values: Partial<Record<PredictParameter, string>> }) {
  const wrong = SECTIONS.flatMap((section) => section.fields).filter((name) => errors[name] !== undefined);
  const empty = wrong.filter((name) => (values[name] ?? "").trim() === "");
  const invalid = wrong.filter((name) => !empty.includes(name));
  const link = (name: PredictParameter, text: string) => <a href={`#${fieldId(name)}`}>{text}</a>;
  return (
    <div className="field-error" role="alert" id={ANSWER_ID} tabIndex={-1} data-testid="form-errors">
      <p>
        {wrong.length === 1 ? "One answer needs a look" : `${wrong.length} answers need a look`}: no result is shown until each is within what the model takes.
      </p>
      {invalid.length > 0 && (
        <ul>
          {invalid.map((name) => (
            <li key={name}>{link(name, `${fieldOf(name).label}: ${errors[name]}`)}</li>
          ))}
        </ul>
      )}
      {empty.length > 0 && (
        <p data-testid="form-errors-empty">
          Not answered yet:{" "}
          {empty.map((name, index) => (
            <Fragment key={name}>
              {index > 0 && ", "}
              {link(name, fieldOf(name).label)}
            </Fragment>
          ))}
          .
        </p>
      )}
    </div>
  );
}

const fieldId = (name: PredictParameter) => `predict-${name}`;

/**
 * A plain GET form to /outcomes, the same with or without JavaScript: every input has its label and
 * plain description, and the server's message about it beside it (an error, or a caution about an
 * answer the model takes but whose results were never checked there). Nothing is filled in for a patient
 * who has not been described: the model must not run on guesses.
 */
export function OutcomesForm({ state, gloss }: { state: OutcomesState; gloss: (text: string) => ReactNode }) {
  const values: Partial<Record<PredictParameter, string>> =
    state.kind === "valid"
      ? Object.fromEntries(Object.entries(state.input).map(([name, value]) => [name, String(value)]))
      : state.kind === "invalid" || state.kind === "draft"
        ? state.values
        : {};
  const errors = state.kind === "invalid" ? state.errors : {};
  const cautions = predictCautions(values);
  return (
    // A submit is a new page: it opens at the answer (the result, or the answers to fix), not at the top.
    // autoComplete off: going Back, the browser would otherwise put back what was typed before the last
    // submit into the form of the page before it, so the form would show a patient the result is not for.
    <form method="get" action={`/outcomes#${ANSWER_ID}`} className="outcomes-form" data-testid="outcomes-form" noValidate autoComplete="off">
      {state.kind === "invalid" && <ErrorSummary errors={errors} values={values} />}
      {SECTIONS.map((section) => (
        <fieldset key={section.legend}>
          <legend>{section.legend}</legend>
          {section.fields.map((name) => (
            <Field
              key={name}
              field={fieldOf(name)}
              value={values[name] ?? ""}
              message={messageOf(errors[name], cautions[name])}
              hint={gloss(fieldOf(name).description)}
            />
          ))}
        </fieldset>
      ))}
      <button type="submit" className="button">
        Show outcomes
      </button>
    </form>
  );
}

type FieldMessage = { kind: "error" | "caution"; text: string } | null;

/** What shows beside a field: its error, else its caution (a wrong value needs fixing before it can be judged). */
function messageOf(error: string | undefined, caution: string | undefined): FieldMessage {
  if (error !== undefined) return { kind: "error", text: error };
  return caution === undefined ? null : { kind: "caution", text: caution };
}

function Field({ field, value, message, hint }: { field: PredictField; value: string; message: FieldMessage; hint: ReactNode }) {
  const id = fieldId(field.name);
  const describedBy = message === null ? `${id}-hint` : `${id}-${message.kind} ${id}-hint`;
  const invalid = message?.kind === "error" ? true : undefined;
  return (
    <div className="control predict-field">
      <label htmlFor={id}>{field.label}</label>
      {field.kind === "code" ? (
        <select id={id} name={field.name} defaultValue={value} aria-invalid={invalid} aria-describedby={describedBy}>
          <option value="">Choose…</option>
          {field.options.map((option) => (
            <option key={option.value} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={field.name}
          type="text"
          inputMode={field.integer ? "numeric" : "decimal"}
          autoComplete="off"
          defaultValue={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      )}
      {message !== null && (
        <span id={`${id}-${message.kind}`} className={`field-${message.kind}`} data-testid={`${message.kind}-${field.name}`}>
          {message.text}
        </span>
      )}
      <small id={`${id}-hint`} className="muted">
        {hint}
        {field.name === "her2" && (
          <>
            {" "}
            <a href="/testing">How HER2 is tested</a>.
          </>
        )}
      </small>
    </div>
  );
}
