/**
 * Chart state in the URL, so every view can be shared and embedded. Invalid values never fail:
 * they fall back to the default and produce a notice the page shows. Each page's state is in its own
 * module (survival-state, prevalence-state, therapies-state) built from these readers.
 */

export type SearchParams = Record<string, string | string[] | undefined>;

export const VIEWS = ["chart", "table"] as const;
export type View = (typeof VIEWS)[number];

/** Reads one parameter; a repeated or unknown value yields the fallback plus a notice. Shared by every page's URL state. */
export function pickOne<T extends string>(params: SearchParams, name: string, allowed: readonly T[], fallback: T, notices: string[]): T {
  const raw = params[name];
  if (raw === undefined) return fallback;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!Array.isArray(raw) && value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  notices.push(`The link's “${name}” setting was not recognised, so the default is shown.`);
  return fallback;
}

export function pickList<T extends string>(params: SearchParams, name: string, allowed: readonly T[], fallback: T[], notices: string[], length?: number): T[] {
  const raw = params[name];
  if (raw === undefined) return fallback;
  const values = (Array.isArray(raw) ? raw.join(",") : raw).split(",").map((v) => v.trim());
  const valid = values.every((v) => (allowed as readonly string[]).includes(v)) && new Set(values).size === values.length;
  if (valid && (length === undefined ? values.length > 0 : values.length === length)) return values as T[];
  notices.push(`The link's “${name}” setting was not recognised, so the default is shown.`);
  return fallback;
}
