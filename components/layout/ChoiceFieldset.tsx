import type { InputHTMLAttributes, ReactNode } from "react";

/** A fieldset of inputs, one per value, named like the URL parameter so it works in a GET form without JavaScript. */
export interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  /** The inputs, in the order a selection keeps. */
  values: readonly T[];
  label: (value: T) => ReactNode;
}

/** The fieldset a group of choices draws: its legend, one labelled input per value (with what `inputProps` sets on it), then anything said about them. */
export function ChoiceFieldset<T extends string>({
  legend,
  name,
  values,
  label,
  type,
  inputProps,
  children,
}: ChoiceGroupProps<T> & { type: "radio" | "checkbox"; inputProps: (value: T) => InputHTMLAttributes<HTMLInputElement>; children?: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input type={type} name={name} value={value} {...inputProps(value)} /> {label(value)}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
