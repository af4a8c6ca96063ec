/**
 * Strict parsing of a dataset query string (design.md §3): every parameter known, given once, and
 * each value one of the allowed ones. Anything else is an error naming the parameter.
 */
import { safeExcerpt } from "../excerpt";

export interface QueryError {
  parameter: string;
  message: string;
  allowed: readonly string[];
}

export interface FilterSpec<Name extends string = string> {
  name: Name;
  allowed: readonly string[];
  description: string;
}

export const FORMATS = ["json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export type ParsedQuery<Name extends string> = { ok: true; filters: Partial<Record<Name, string[]>>; format: Format } | { ok: false; error: QueryError };

/**
 * `formats` are those the route offers through `format`; none for a route whose address fixes it (an
 * image's file extension), where `format` is then a parameter it does not take, whatever its value.
 */
export function parseListQuery<Name extends string>(
  params: URLSearchParams,
  filters: readonly FilterSpec<Name>[],
  formats: readonly Format[] = FORMATS,
): ParsedQuery<Name> {
  const byName = new Map<string, FilterSpec<Name>>(filters.map((f) => [f.name, f]));
  const parameterNames = [...filters.map((f) => f.name), ...(formats.length > 0 ? ["format"] : [])];
  const parsed: Partial<Record<Name, string[]>> = {};
  let format: Format = "json";
  const seen = new Set<string>();

  for (const [name, rawValue] of params) {
    if (seen.has(name)) {
      return fail(name, "Give this parameter once; to ask for several values use a comma-separated list.", allowedFor(name));
    }
    seen.add(name);
    if (name === "format" && formats.length === 0)
      return fail(name, "Not a parameter here: the address fixes the format (an image's is its file extension).", parameterNames);
    const spec = byName.get(name);
    if (name !== "format" && !spec) {
      return fail(safeExcerpt(name), "Unknown parameter.", parameterNames);
    }
    const values = rawValue.split(",").map((v) => v.trim());
    if (values.some((v) => v === "")) {
      return fail(name, "Empty value: give one of the allowed values, or leave the parameter out for all.", allowedFor(name));
    }
    const allowed = allowedFor(name);
    const unknown = values.find((v) => !allowed.includes(v));
    if (unknown !== undefined) {
      return fail(name, `"${safeExcerpt(unknown)}" is not an allowed value.`, allowed);
    }
    if (name === "format") {
      if (values.length > 1) return fail(name, "Give a single format.", formats);
      format = values[0] as Format;
    } else if (spec) {
      parsed[spec.name] = [...new Set(values)];
    }
  }
  return { ok: true, filters: parsed, format };

  function allowedFor(name: string): readonly string[] {
    return name === "format" ? formats : (byName.get(name)?.allowed ?? parameterNames);
  }
}

function fail(parameter: string, message: string, allowed: readonly string[]): { ok: false; error: QueryError } {
  return { ok: false, error: { parameter, message, allowed } };
}

/** A row's value for a filter: one value, several (it matches if any does), or none. */
export type FilterValue = string | readonly string[] | null;

/** A row passes when, for every given filter, one of its values is one of the filter's values. */
export function matchesFilters<Name extends string>(values: Record<Name, FilterValue>, filters: Partial<Record<Name, string[]>>): boolean {
  return (Object.keys(filters) as Name[]).every((name) => {
    const wanted = filters[name];
    const value = values[name];
    if (!wanted) return true;
    if (value === null) return false;
    return typeof value === "string" ? wanted.includes(value) : value.some((v) => wanted.includes(v));
  });
}
