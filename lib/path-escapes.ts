/**
 * Paths with a percent escape that does not decode (`/embed/%ZZ`, `/api/cards/%.png`, `%FF`). Next
 * decodes a dynamic route's segments itself and answers such a path with a bare 500 before any
 * handler runs, so the proxy (proxy.ts) answers them first.
 */

/** A "%" not followed by two hex digits, or an escaped byte above 0x7F (which may be invalid UTF-8). */
export const SUSPECT_ESCAPE = /%(?![0-9A-Fa-f]{2})|%[89A-Fa-f][0-9A-Fa-f]/;

/** True when the path cannot be percent-decoded as UTF-8. */
export function hasMalformedEscape(path: string): boolean {
  if (!SUSPECT_ESCAPE.test(path)) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
