import type { ReactNode } from "react";
import type { OutcomesState } from "@/lib/charts/outcomes-state";
import { PREDICT_FIELDS, type PredictField } from "@/lib/predict/fields";
import type { PredictParameter } from "@/lib/predict/inputs";

/** The form's sections, in the order a clinic letter gives them. */
const SECTIONS: readonly { legend: string; fields: readonly PredictParameter[] }[] = [
  { legend: "The woman and how the cancer was found", fields: ["age", "screen", "smoker"] },
  { legend: "The tumour", fields: ["size", "grade", "nodes", "er", "pr", "her2", "ki67"] },
  { legend: "Treatments after surgery", fields: ["generation", "horm", "traz", "bis", "radio", "heartGy"] },
];

const FIELDS = new Map(PREDICT_FIELDS.map((field) => [field.name, field]));
const fieldOf = (name: PredictParameter) => FIELDS.get(name) as PredictField;

/**
 * A plain GET form to /outcomes, the same with or without JavaScript: every input has its label and
 * plain description, and the server's message about it beside it. Nothing is filled in for a patient
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
  return (
    <form method="get" action="/outcomes" className="outcomes-form" data-testid="outcomes-form" noValidate>
      {state.kind === "invalid" && (
        <p className="field-error" role="alert" data-testid="form-errors">
          {Object.keys(errors).length === 1 ? "One answer needs a look" : `${Object.keys(errors).length} answers need a look`}: no result is shown until each is
          within what the model takes.
        </p>
      )}
      {SECTIONS.map((section) => (
        <fieldset key={section.legend}>
          <legend>{section.legend}</legend>
          {section.fields.map((name) => (
            <Field key={name} field={fieldOf(name)} value={values[name] ?? ""} error={errors[name] ?? null} hint={gloss(fieldOf(name).description)} />
          ))}
        </fieldset>
      ))}
      <button type="submit" className="button">
        Show outcomes
      </button>
    </form>
  );
}

function Field({ field, value, error, hint }: { field: PredictField; value: string; error: string | null; hint: ReactNode }) {
  const id = `predict-${field.name}`;
  const describedBy = error === null ? `${id}-hint` : `${id}-error ${id}-hint`;
  return (
    <div className="control predict-field">
      <label htmlFor={id}>{field.label}</label>
      {field.kind === "code" ? (
        <select id={id} name={field.name} defaultValue={value} aria-invalid={error === null ? undefined : true} aria-describedby={describedBy}>
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
          aria-invalid={error === null ? undefined : true}
          aria-describedby={describedBy}
        />
      )}
      {error !== null && (
        <span id={`${id}-error`} className="field-error" data-testid={`error-${field.name}`}>
          {error}
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
