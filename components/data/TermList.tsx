import type { ReactNode } from "react";

export interface TermItem {
  name: string;
  /** What kind of value it takes, in a few words ("number or null", "required"). */
  kind: string;
  definition: ReactNode;
}

/**
 * Names with their definitions (a row's fields, a route's parameters) as a definition list rather
 * than a table, so that on a phone each definition keeps the full width of the screen.
 */
export function TermList({ items }: { items: readonly TermItem[] }) {
  return (
    <dl className="term-list">
      {items.map((item) => (
        <div key={item.name}>
          <dt>
            <code>{item.name}</code> <span className="muted">{item.kind}</span>
          </dt>
          <dd>{item.definition}</dd>
        </div>
      ))}
    </dl>
  );
}
