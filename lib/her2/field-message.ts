/**
 * The parser's messages speak the API's language (parameter names, "finite number > 0", as the
 * reference's cases expect of a 400). Beside a form's field they name the fields by their labels and
 * say the number plainly.
 */
const PARAMETER = /\b(recountRatio|recountCopies|ratio|copies|cep17)\b/g;

/** "Required when ratio is given." → "Required when “HER2/CEP17 ratio” is given.": each field as `names` calls it (fieldNames). */
export function fieldMessage(message: string, names: Readonly<Record<string, string>>): string {
  return message.replace("Must be a finite number > 0", "Must be a number above 0").replace(PARAMETER, (name) => names[name] ?? name);
}

/** How a message names each field: its label in quotes, without "(optional)". */
export function fieldNames(fields: Readonly<Record<string, { label: string }>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, { label }]) => [name, `“${label.replace(/\s*\(optional\)$/, "")}”`]));
}
