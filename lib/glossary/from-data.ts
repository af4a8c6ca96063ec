/**
 * Precise definitions the datasets already state, read from them rather than restated: a change to
 * a definition in data/ changes the glossary with it. Each throws if the data lacks what it names,
 * which fails the build (the glossary page is prerendered) and the tests.
 */
import { datasets, formatPeriod, RACE_LABELS, type SurvivalMeasure } from "../datasets";
import { formatFigure, formatIsoDate, formatNumber } from "../format";
import { SUBTYPES, type SubtypeId } from "../subtypes";
import type { Precise } from "./types";

/** A shared definition of data/subtypes.json, with its source. */
export function subtypesDefinition(key: string): Precise {
  const definition = datasets.subtypes.definitions[key];
  if (!definition) throw new Error(`data/subtypes.json has no "${key}" definition`);
  return { text: definition.text, sources: [definition.sourceId] };
}

/** The definition every survival row of one measure carries (they all say the same). */
export function survivalDefinition(measure: SurvivalMeasure): Precise {
  const rows = datasets.survival.filter((row) => row.measure === measure);
  const definitions = [...new Set(rows.map((row) => row.definition))];
  const [text] = definitions;
  if (definitions.length !== 1 || text === undefined) throw new Error(`Survival rows of ${measure} carry ${definitions.length} definitions, not one`);
  return { text, sources: [...new Set(rows.map((row) => row.sourceId))] };
}

function prevalenceRow(id: string) {
  const row = datasets.prevalence.find((r) => r.id === id);
  if (!row) throw new Error(`data/prevalence.json has no row "${id}"`);
  return row;
}

/** One prevalence row's definition, with its source. */
export function prevalenceDefinition(id: string): Precise {
  const row = prevalenceRow(id);
  return { text: row.definition, sources: [row.sourceId] };
}

/** A published figure with its interval, as an example of reading one: from the row itself, never retyped. */
export function intervalExample(id: string): Precise {
  const row = prevalenceRow(id);
  if (!row.ci || !row.subtype || !row.race) throw new Error(`Prevalence row "${id}" has no interval, subtype or race to show`);
  const decimals = row.decimals ?? 1;
  const text =
    `For example, SEER*Explorer gives the ${SUBTYPES[row.subtype].label} rate among ${RACE_LABELS[row.race]} women, ` +
    `${formatPeriod(row.period)}, as ${formatFigure(row)} with a ${row.ci.level}% confidence interval of ` +
    `${formatNumber(row.ci.lower, decimals)}–${formatNumber(row.ci.upper, decimals)}.`;
  return { text, sources: [row.sourceId] };
}

/** The approvals of one drug in the therapies dataset, one line each (a list, no text), with their sources. */
export function approvalsOf(drug: RegExp): Precise {
  const rows = datasets.therapies.filter((row) => drug.test(row.drug)).sort((a, b) => a.approvalDate.localeCompare(b.approvalDate));
  if (rows.length === 0) throw new Error(`No approvals of ${drug} in data/therapies.json`);
  return {
    text: "",
    items: rows.map((row) => `${formatIsoDate(row.approvalDate)}: ${row.indication}`),
    sources: [...new Set(rows.map((row) => row.sourceId))],
  };
}

/** One subtype's rule as data/subtypes.json states it, after its label. */
export function subtypeRule(id: SubtypeId): Precise {
  const row = datasets.subtypes.subtypes.find((r) => r.id === id);
  if (!row) throw new Error(`data/subtypes.json has no subtype "${id}"`);
  return { text: `${SUBTYPES[id].label}: ${row.rule}.`, sources: [row.sourceId] };
}

/** The four subtypes' rules as data/subtypes.json states them, each after its label (a list, no text). */
export function subtypeRules(): Precise {
  const rows = datasets.subtypes.subtypes;
  return { text: "", items: rows.map((row) => `${SUBTYPES[row.id].label}: ${row.rule}.`), sources: [...new Set(rows.map((row) => row.sourceId))] };
}

/** Parts joined into one definition: their texts in order, their sources each once. */
export function combine(...parts: readonly Precise[]): Precise {
  const items = parts.flatMap((part) => part.items ?? []);
  return {
    text: parts
      .map((part) => part.text)
      .filter((text) => text !== "")
      .join(" "),
    ...(items.length > 0 ? { items } : {}),
    sources: [...new Set(parts.flatMap((part) => part.sources))],
  };
}
