"use client";
import type { ReactNode } from "react";

/** Toggle one value, keeping the canonical order; never leaves the selection empty. */
export function toggleInOrder<T extends string>(order: readonly T[], selected: readonly T[], value: T, checked: boolean): T[] {
  const next = checked ? order.filter((v) => v === value || selected.includes(v)) : selected.filter((v) => v !== value);
  return next.length > 0 ? next : [...selected];
}

/** A fieldset of checkboxes (a GET-form field without JavaScript) that keeps at least one checked. */
export function CheckboxGroup<T extends string>({
  legend,
  name,
  options,
  selected,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly { value: T; label: ReactNode }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  const order = options.map((o) => o.value);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <label key={value}>
          <input type="checkbox" name={name} value={value} checked={selected.includes(value)} onChange={(e) => onChange(toggleInOrder(order, selected, value, e.target.checked))} />{" "}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
