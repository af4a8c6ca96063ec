import type { ReactNode } from "react";

/** Items inline, joined by commas: a run of codes or links within a sentence, not a list to navigate. */
export function CommaList<T>({ items, keyOf, render }: { items: readonly T[]; keyOf: (item: T) => string; render: (item: T) => ReactNode }) {
  return items.map((item, i) => (
    <span key={keyOf(item)}>
      {i > 0 && ", "}
      {render(item)}
    </span>
  ));
}

/** Values as code, joined by commas (a filter's or a parameter's allowed values). */
export function CodeList({ values }: { values: readonly string[] }) {
  return <CommaList items={values} keyOf={String} render={(value) => <code>{value}</code>} />;
}
