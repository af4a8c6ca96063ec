import type { ReactNode } from "react";
import type { FieldDefinition } from "@/lib/api/field-definitions";
import type { TermItem } from "./TermList";

/**
 * A dataset row's fields as terms to list: name, kind of value, and what it means, passed through the
 * page's `gloss` in the order given (a page calls this where the fields stand in its text).
 */
export function fieldTerms(fields: readonly FieldDefinition[], gloss: (text: string) => ReactNode): TermItem[] {
  return fields.map((field) => ({ name: field.name, kind: field.optional ? `${field.type}, optional` : field.type, definition: gloss(field.description) }));
}
