/**
 * Chart state in the URL, so every view can be shared and embedded. Invalid values never fail:
 * they fall back to the default and produce a notice the page shows. Each page's state is in its own
 * module (survival-state, prevalence-state, therapies-state) built from these readers.
 */

import { safeExcerpt } from "../excerpt";
import { WORDINGS, type Wording } from "./wording";

/** How a page's folded chart starts: closed, or open where the link chose that chart's own settings. */
export type FoldStart = "closed" | "open";

export type SearchParams = Record<string, string | string[] | undefined>;

/** A page's search params, as Next gives them, as a query: a repeated parameter stays repeated. */
export function searchParamsOf(params: SearchParams): URLSearchParams {
  return new URLSearchParams(Object.entries(params).flatMap(([name, value]) => [value ?? []].flat().map((one) => [name, one])));
}

export const VIEWS = ["chart", "table"] as const;
export type View = (typeof VIEWS)[number];

/** What every page's state holds besides its own fields: the wording and the open view. */
export interface PageViewState {
  wording: Wording;
  view: View;
}

/** The notice for a parameter that fell back: its name is the link's text, so only a short, harmless excerpt of it is shown. */
export function unrecognisedNotice(name: string): string {
  return `The link's “${safeExcerpt(name)}” setting was not recognised, so the default is shown.`;
}

/** At most this many notices are shown; a link with more gets one line saying how many more there were. */
export const MAX_NOTICES = 5;

/** The notices to show: each once (excerpts of two long names can read the same), and at most MAX_NOTICES lines. */
export function limitNotices(notices: readonly string[]): string[] {
  const unique = [...new Set(notices)];
  if (unique.length <= MAX_NOTICES) return unique;
  const more = unique.length - (MAX_NOTICES - 1);
  return [...unique.slice(0, MAX_NOTICES - 1), `The link has ${more} more settings that could not be used, so their defaults are shown.`];
}

/** Reads one parameter; a repeated or unknown value yields the fallback plus a notice. Shared by every page's URL state. */
export function pickOne<T extends string>(params: SearchParams, name: string, allowed: readonly T[], fallback: T, notices: string[]): T {
  const raw = params[name];
  if (raw === undefined) return fallback;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!Array.isArray(raw) && value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  notices.push(unrecognisedNotice(name));
  return fallback;
}

export function pickList<T extends string>(params: SearchParams, name: string, allowed: readonly T[], fallback: T[], notices: string[], length?: number): T[] {
  const raw = params[name];
  if (raw === undefined) return fallback;
  const values = (Array.isArray(raw) ? raw.join(",") : raw).split(",").map((v) => v.trim());
  const valid = values.every((v) => (allowed as readonly string[]).includes(v)) && new Set(values).size === values.length;
  if (valid && (length === undefined ? values.length > 0 : values.length === length)) return values as T[];
  notices.push(unrecognisedNotice(name));
  return fallback;
}

/**
 * Reads a page's state: its own fields (`fields` reads them, adding a notice for each it could not
 * use), then the wording and the open view every page has. Each notice is kept once.
 */
export function parsePageState<F>(
  params: SearchParams,
  defaults: PageViewState,
  fields: (notices: string[]) => F,
): { state: F & PageViewState; notices: string[] } {
  const notices: string[] = [];
  const state = {
    ...fields(notices),
    wording: pickOne(params, "wording", WORDINGS, defaults.wording, notices),
    view: pickOne(params, "view", VIEWS, defaults.view, notices),
  };
  return { state, notices: [...new Set(notices)] };
}

type StateValue = string | readonly string[] | null;

function paramText(value: StateValue): string | null {
  return value === null || typeof value === "string" ? value : value.join(",");
}

/**
 * The query string for a page's state: each field that differs from its default, in the defaults'
 * order and under its parameter name (`names` maps a field to another), lists comma-joined. Defaults
 * are left out so shared links stay short and one view has one address; a null field (nothing chosen)
 * is left out too.
 */
export function pageSearch<S extends Record<keyof S, StateValue>>(state: S, defaults: S, names: Partial<Record<keyof S, string>> = {}): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaults) as (keyof S & string)[]) {
    const text = paramText(state[key]);
    if (text !== null && text !== paramText(defaults[key])) params.set(names[key] ?? key, text);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
