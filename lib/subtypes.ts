/**
 * The one definition of each breast-cancer subtype category: id, labels, colours, order, marker.
 * Every chart, legend, table, API response and test reads it from here.
 * Ids are part of the public API (design.md §2) and never change.
 */

/** Also the display order: SEER's order of frequency would reorder per chart; a fixed order keeps legends stable. */
export const SUBTYPE_IDS = ["hr-pos-her2-neg", "hr-pos-her2-pos", "hr-neg-her2-pos", "hr-neg-her2-neg"] as const;
export type SubtypeId = (typeof SUBTYPE_IDS)[number];

/** Registry cases whose HR or HER2 status was not recorded: a category of its own, never dropped. */
export const UNKNOWN_SUBTYPE = "unknown" as const;
export const SUBTYPE_CATEGORY_IDS = [...SUBTYPE_IDS, UNKNOWN_SUBTYPE] as const;
export type SubtypeCategoryId = (typeof SUBTYPE_CATEGORY_IDS)[number];

/** A second, non-colour encoding so colour is never the only cue (WCAG 1.4.1). */
export type Marker = "circle" | "square" | "diamond" | "triangle" | "cross";

export interface SubtypeStyle {
  id: SubtypeCategoryId;
  /** Compact label used on axes and in tables. */
  label: string;
  /** Plain-language name that reads naturally inside a sentence. */
  plainName: string;
  /** Hormone-receptor and HER2 status; null for the unknown category. */
  hr: "positive" | "negative" | null;
  her2: "positive" | "negative" | null;
  /** Colour on the light and the dark background (Okabe–Ito family, tuned for ≥3:1 contrast). */
  color: { light: string; dark: string };
  marker: Marker;
}

export const SUBTYPES: Record<SubtypeCategoryId, SubtypeStyle> = {
  "hr-pos-her2-neg": {
    id: "hr-pos-her2-neg",
    label: "HR+/HER2−",
    plainName: "hormone receptor-positive, HER2-negative",
    hr: "positive",
    her2: "negative",
    color: { light: "#0072B2", dark: "#56B4E9" },
    marker: "circle",
  },
  "hr-pos-her2-pos": {
    id: "hr-pos-her2-pos",
    label: "HR+/HER2+",
    plainName: "hormone receptor-positive, HER2-positive",
    hr: "positive",
    her2: "positive",
    color: { light: "#B84E00", dark: "#E69F00" },
    marker: "square",
  },
  "hr-neg-her2-pos": {
    id: "hr-neg-her2-pos",
    label: "HR−/HER2+",
    plainName: "hormone receptor-negative, HER2-positive",
    hr: "negative",
    her2: "positive",
    color: { light: "#A3457A", dark: "#CC79A7" },
    marker: "diamond",
  },
  "hr-neg-her2-neg": {
    id: "hr-neg-her2-neg",
    label: "HR−/HER2−",
    plainName: "triple-negative",
    hr: "negative",
    her2: "negative",
    color: { light: "#007A5A", dark: "#2BB58C" },
    marker: "triangle",
  },
  unknown: {
    id: "unknown",
    label: "Unknown",
    plainName: "unknown hormone receptor or HER2 status",
    hr: null,
    her2: null,
    color: { light: "#6B6B6B", dark: "#A3A3A3" },
    marker: "cross",
  },
};

export function isHer2Positive(id: SubtypeCategoryId): boolean {
  return SUBTYPES[id].her2 === "positive";
}

/** Each of the four subtypes has a page of its own; "unknown" has none. */
export type SubtypePagePath = `/subtypes/${SubtypeId}`;

export function subtypePath(id: SubtypeId): SubtypePagePath {
  return `/subtypes/${id}`;
}

export function isSubtypeId(id: string): id is SubtypeId {
  return (SUBTYPE_IDS as readonly string[]).includes(id);
}

/**
 * A table cell that names a subtype category, as data: the renderer (FigureTable) makes it a link
 * to the subtype's page where it has one, so lib/ stays free of markup.
 */
export interface SubtypeCell {
  subtype: SubtypeCategoryId;
}

/** A table row's label cell: words, or a subtype category. */
export type TableLabel = string | SubtypeCell;

/** The label cell naming a row's subtype category, blank for a row of no one subtype (a total). */
export function subtypeLabel(row: { subtype: SubtypeCategoryId | null }): TableLabel {
  return row.subtype ? { subtype: row.subtype } : "";
}
