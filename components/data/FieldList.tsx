import type { FieldDefinition } from "@/lib/api/field-definitions";

/**
 * A dataset row's fields as a definition list: name and kind of value, then what it means. A list
 * rather than a table so that on a phone each definition keeps the full width of the screen.
 */
export function FieldList({ fields }: { fields: readonly FieldDefinition[] }) {
  return (
    <dl className="field-list">
      {fields.map((field) => (
        <div key={field.name}>
          <dt>
            <code>{field.name}</code> <span className="muted">{field.optional ? `${field.type}, optional` : field.type}</span>
          </dt>
          <dd>{field.description}</dd>
        </div>
      ))}
    </dl>
  );
}
