"use client";
import { useId } from "react";
import { ChoiceFieldset, type ChoiceGroupProps } from "./ChoiceFieldset";
import { useHydrated } from "./useHydrated";

/** Toggle one value, keeping the canonical order; never leaves the selection empty. */
export function toggleInOrder<T extends string>(order: readonly T[], selected: readonly T[], value: T, checked: boolean): T[] {
  const next = checked ? order.filter((v) => v === value || selected.includes(v)) : selected.filter((v) => v !== value);
  return next.length > 0 ? next : [...selected];
}

/**
 * A fieldset of checkboxes (a GET-form field without JavaScript) that keeps at least one checked.
 * Once hydrated, the last box left checked is disabled, and the hint beside it says why, rather than
 * ignoring a click; without JavaScript an empty choice reloads the page's default instead.
 */
export function CheckboxGroup<T extends string>({
  selected,
  onChange,
  ...group
}: ChoiceGroupProps<T> & { selected: readonly T[]; onChange: (next: T[]) => void }) {
  const hint = useId();
  const lastOne = useHydrated() && selected.length === 1;
  return (
    <ChoiceFieldset
      {...group}
      type="checkbox"
      inputProps={(value) => {
        const locked = lastOne && selected.includes(value);
        return {
          checked: selected.includes(value),
          disabled: locked,
          "aria-describedby": locked ? hint : undefined,
          onChange: (e) => onChange(toggleInOrder(group.values, selected, value, e.target.checked)),
        };
      }}
    >
      {lastOne && (
        <small id={hint} className="muted">
          At least one stays selected: tick another to untick this one.
        </small>
      )}
    </ChoiceFieldset>
  );
}
