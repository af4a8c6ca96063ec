/**
 * A bad value is echoed in an error only as a short excerpt of harmless characters, never as markup
 * or a payload: enough to recognise it. Shared by every parser that names what it rejected.
 */
export function safeExcerpt(value: string): string {
  const harmless = value.replace(/[^A-Za-z0-9 .,+\-_%]/g, "?");
  return harmless.length > 16 ? `${harmless.slice(0, 16)}…` : harmless;
}
