import type { NumericField } from "@/lib/her2/case-draft";

export interface CaseFieldProps {
  name: NumericField;
  label: string;
  hint: string;
  value: string;
  /** The parser's message when it names this field; shown beside it and linked with aria-describedby. */
  error: string | null;
  /** Whether the field holds a wrong answer (a message about an empty, still required field is not one). */
  invalid: boolean;
  onChange: (value: string) => void;
}

/**
 * One ISH number. A text input with a decimal keypad rather than type="number", so what was typed
 * reaches the parser as written and its message can say what is wrong with it.
 */
export function CaseField({ name, label, hint, value, error, invalid, onChange }: CaseFieldProps) {
  const id = `case-${name}`;
  return (
    <div className="control case-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={error === null ? `${id}-hint` : `${id}-error ${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      {error !== null && (
        <span id={`${id}-error`} className="field-error" data-testid={`error-${name}`}>
          {error}
        </span>
      )}
      <small id={`${id}-hint`} className="muted">
        {hint}
      </small>
    </div>
  );
}
