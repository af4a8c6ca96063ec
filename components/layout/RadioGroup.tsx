import type { ReactNode } from "react";

/** A fieldset of inputs, one per value, named like the URL parameter so it works in a GET form without JavaScript. */
export interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  /** The inputs, in the order a selection keeps. */
  values: readonly T[];
  label: (value: T) => ReactNode;
}

/** One value of several, as radio buttons. */
export function RadioGroup<T extends string>({
  legend,
  name,
  values,
  label,
  selected,
  onChange,
}: ChoiceGroupProps<T> & { selected: T; onChange: (next: T) => void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input type="radio" name={name} value={value} checked={selected === value} onChange={() => onChange(value)} /> {label(value)}
        </label>
      ))}
    </fieldset>
  );
}
