/**
 * How an embed sits on its host's page, set in the embed's own address (its page has no such
 * settings): the colour scheme (`auto` follows the reader's system), `plain` (no title, takeaway or
 * link back, for hosts that caption the chart themselves) and a transparent background. Small and
 * pure, so the snippet builder in the browser, oEmbed and the embed page read it alike.
 */
import { pickOne, type SearchParams } from "./charts/url-state";

export const EMBED_THEMES = ["auto", "light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedAppearance {
  theme: EmbedTheme;
  plain: boolean;
  transparent: boolean;
}

export const DEFAULT_APPEARANCE: EmbedAppearance = { theme: "auto", plain: false, transparent: false };

/** Each parameter and the values it takes: a switch is on with 1 (0, the default, is accepted too). */
export const APPEARANCE_VALUES = {
  theme: EMBED_THEMES,
  plain: ["0", "1"],
  transparent: ["0", "1"],
} as const satisfies Record<keyof EmbedAppearance, readonly string[]>;

export type AppearanceParameter = keyof typeof APPEARANCE_VALUES;
export const APPEARANCE_PARAMETERS = Object.keys(APPEARANCE_VALUES) as AppearanceParameter[];

export function isAppearanceParameter(name: string): name is AppearanceParameter {
  return Object.hasOwn(APPEARANCE_VALUES, name);
}

/**
 * The appearance in an embed's query, and the rest of the query (its page's state, for the page's
 * own parser, which would report these names as unknown settings). A value it cannot use falls back
 * to the default with the notice every page gives, which names the setting but never its value.
 */
export function parseEmbedAppearance(params: SearchParams): { appearance: EmbedAppearance; notices: string[]; rest: SearchParams } {
  const notices: string[] = [];
  const appearance: EmbedAppearance = {
    theme: pickOne(params, "theme", EMBED_THEMES, DEFAULT_APPEARANCE.theme, notices),
    plain: pickOne(params, "plain", APPEARANCE_VALUES.plain, "0", notices) === "1",
    transparent: pickOne(params, "transparent", APPEARANCE_VALUES.transparent, "0", notices) === "1",
  };
  const rest = Object.fromEntries(Object.entries(params).filter(([name]) => !isAppearanceParameter(name)));
  return { appearance, notices, rest };
}

/** The parameters that differ from the defaults, in a fixed order, so one look has one address. */
function appearancePairs({ theme, plain, transparent }: EmbedAppearance): string[] {
  return [theme !== "auto" && `theme=${theme}`, plain && "plain=1", transparent && "transparent=1"].filter((pair) => pair !== false);
}

function pairName(pair: string): string {
  const name = pair.split("=")[0] ?? "";
  try {
    return decodeURIComponent(name.replace(/\+/g, " "));
  } catch {
    return name;
  }
}

/**
 * An embed's query string with this appearance: the appearance parameters already in `search` are
 * replaced, and the page's own parameters are kept exactly as written (not re-encoded).
 */
export function withAppearance(search: string, appearance: EmbedAppearance): string {
  const own = search
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => pair !== "" && !isAppearanceParameter(pairName(pair)));
  const pairs = [...own, ...appearancePairs(appearance)];
  return pairs.length > 0 ? `?${pairs.join("&")}` : "";
}

/**
 * The `color-scheme` the iframe element needs on the host's page: where it differs from the embedded
 * page's own, browsers paint an opaque backdrop behind the frame, and a transparent embed is not.
 */
export function frameColorScheme(theme: EmbedTheme): string {
  return theme === "auto" ? "light dark" : theme;
}
