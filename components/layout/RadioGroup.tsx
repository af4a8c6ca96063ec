import { ChoiceFieldset, type ChoiceGroupProps } from "./ChoiceFieldset";

/** One value of several, as radio buttons. */
export function RadioGroup<T extends string>({ selected, onChange, ...group }: ChoiceGroupProps<T> & { selected: T; onChange: (next: T) => void }) {
  return <ChoiceFieldset {...group} type="radio" inputProps={(value) => ({ checked: selected === value, onChange: () => onChange(value) })} />;
}
