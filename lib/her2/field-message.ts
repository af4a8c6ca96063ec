/**
 * The parser's messages speak the API's language (parameter names, "finite number > 0", as the
 * reference's cases expect of a 400). Beside a form's field they name the fields by their labels and
 * say the number plainly.
 */
const PARAMETER = /\b(recountRatio|recountCopies|ratio|copies|cep17)\b/g;

/** "Required when ratio is given." → "Required when “HER2/CEP17 ratio” is given.": labels as the form shows them, without "(optional)". */
export function fieldMessage(message: string, labels: Readonly<Record<string, { label: string }>>): string {
  return message.replace("Must be a finite number > 0", "Must be a number above 0").replace(PARAMETER, (name) => {
    const label = labels[name]?.label.replace(/\s*\(optional\)$/, "");
    return label ? `“${label}”` : name;
  });
}
