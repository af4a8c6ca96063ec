import type { ReactNode } from "react";

/** A fieldset of radio buttons, one per value, named like the URL parameter so it works in a GET form without JavaScript. */
export function RadioGroup<T extends string>({
  legend,
  name,
  values,
  label,
  selected,
  onChange,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  label: (value: T) => ReactNode;
  selected: T;
  onChange: (next: T) => void;
}) {
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
