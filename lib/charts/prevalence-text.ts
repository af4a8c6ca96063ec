/** What a prevalence figure says, in words: who it is about, its value and interval, and its period. */
import { formatPeriod } from "../datasets/dimensions";
import { type AgeGroup, RACE_LABELS } from "../datasets/prevalence-dimensions";
import type { PrevalenceRow } from "../datasets/schemas";
import { formatFigure, formatNumber } from "../format";
import { SUBTYPES, type SubtypeCategoryId } from "../subtypes";
import type { Wording } from "./wording";

function ageText(age: AgeGroup): string {
  return age === "90+" ? "aged 90 and over" : `aged ${formatPeriod(age)}`;
}

/** "Non-Hispanic Black women aged 65–69", "women": who a figure is about. */
function whoText(row: PrevalenceRow): string {
  const group = row.race === null || row.race === "all" ? "women" : `${RACE_LABELS[row.race]} women`;
  return row.ageGroup === null || row.ageGroup === "all" ? group : `${group} ${ageText(row.ageGroup)}`;
}

/** "HR+/HER2+ (hormone receptor-positive, HER2-positive)", read inside a sentence. */
function subtypeText(id: SubtypeCategoryId): string {
  const subtype = SUBTYPES[id];
  return id === "hr-neg-her2-neg" ? `triple-negative (${subtype.label})` : `${subtype.label} (${subtype.plainName})`;
}

/** "HR+/HER2+ breast cancers", "breast cancers of unknown … status". */
function subtypeNoun(id: SubtypeCategoryId | null): string {
  if (id === null) return "breast cancers";
  if (id === "unknown") return `breast cancers of ${SUBTYPES[id].plainName}`;
  return id === "hr-neg-her2-neg" ? "triple-negative breast cancers" : `${SUBTYPES[id].label} breast cancers`;
}

/** " Population: women aged 20 and over …" where a figure covers less than all ages and says so. */
function populationNote(row: PrevalenceRow): string {
  return row.ageGroup === null && !row.population.startsWith("Women of all ages")
    ? ` Population: ${row.population.charAt(0).toLowerCase()}${row.population.slice(1)}.`
    : "";
}

/** "12.3–14.5": a confidence interval as the table prints it. */
export function ciText(row: PrevalenceRow): string {
  return row.ci ? `${formatNumber(row.ci.lower, 1)}–${formatNumber(row.ci.upper, 1)}` : "";
}

/** The value as drawn beside a bar: rates and ages without their unit (the chart names it), shares with %. */
export function chartValueText(row: PrevalenceRow): string {
  return row.unit === "percent" ? formatFigure(row) : formatFigure(row, { unitText: false });
}

/** One sentence per figure for the tooltip and screen readers; wording changes the words, never the number. */
export function describePrevalence(row: PrevalenceRow, wording: Wording): string {
  const subject = [
    row.subtype ? SUBTYPES[row.subtype].label : "HER2-low",
    row.race && row.race !== "all" ? RACE_LABELS[row.race] : null,
    row.ageGroup && row.ageGroup !== "all" ? ageText(row.ageGroup) : null,
  ]
    .filter(Boolean)
    .join(", ");
  const years = formatPeriod(row.period);
  if (row.value === null) return `${subject}: not available. ${row.unavailableReason ?? ""}`.trim();
  const ci = row.ci ? ` (95% CI ${ciText(row)})` : "";
  if (wording === "details") {
    // An estimate's year (the FDA's "about 60%", 2022) is when it was made, not a diagnosis period.
    const when = row.measure === "her2-low-share-of-her2-negative" ? years : `diagnosed ${years}`;
    return `${subject}: ${formatFigure(row)}${ci}. ${row.definition} ${row.registry}, ${when}.`;
  }

  const value = formatFigure(row);
  switch (row.measure) {
    case "percent-of-cases":
      return row.subtype === null || row.subtype === "unknown"
        ? `${value} of all new breast cancers diagnosed in ${years} had ${SUBTYPES.unknown.plainName}.`
        : `${value} of all new breast cancers diagnosed in ${years} were ${subtypeText(row.subtype)}.`;
    case "incidence-rate":
      return `${formatFigure(row, { unitText: false })} new ${subtypeNoun(row.subtype)} per 100,000 ${whoText(row)}${ci}, diagnosed ${years}.${populationNote(row)}`;
    case "median-age-at-diagnosis": {
      const age = formatFigure(row, { unitText: false });
      const who = row.race === "all" || row.race === null ? "women (all races)" : whoText(row);
      return `Among ${who} with ${subtypeNoun(row.subtype)}, half were younger than ${age} at diagnosis and half were ${age} or older (diagnosed ${years}).`;
    }
    case "her2-low-share-of-her2-negative":
      return `${row.registry}: ${value} of HER2-negative breast cancers${row.race ? ` in ${RACE_LABELS[row.race]} women` : ""} were HER2-low (${years}).`;
    case "incidence-trend":
      return `${subtypeNoun(row.subtype)} among ${whoText(row)}: ${value} (${years}).`;
  }
}
