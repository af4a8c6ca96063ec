/**
 * The published datasets, validated once when this module first loads. Importing it from a page or
 * route means a broken data file fails `next build` (pages are prerendered) and every test run.
 */
import prevalenceFile from "../../data/prevalence.json";
import sourcesFile from "../../data/sources.json";
import subtypesFile from "../../data/subtypes.json";
import survivalFile from "../../data/survival.json";
import therapiesFile from "../../data/therapies.json";
import { PrevalenceFileSchema, type Source, SourcesFileSchema, SubtypesFileSchema, SurvivalFileSchema, TherapiesFileSchema } from "./schemas";
import { checkReferences, parseDataFile } from "./validate";

const sources = parseDataFile("data/sources.json", sourcesFile, SourcesFileSchema);
const subtypes = parseDataFile("data/subtypes.json", subtypesFile, SubtypesFileSchema);
const survival = parseDataFile("data/survival.json", survivalFile, SurvivalFileSchema);
const prevalence = parseDataFile("data/prevalence.json", prevalenceFile, PrevalenceFileSchema);
const therapies = parseDataFile("data/therapies.json", therapiesFile, TherapiesFileSchema);

const sourceById = new Map(sources.sources.map((source) => [source.id, source]));
const sourceIds = new Set(sourceById.keys());
checkReferences("data/survival.json", survival.rows, sourceIds);
checkReferences("data/prevalence.json", prevalence.rows, sourceIds);
checkReferences("data/therapies.json", therapies.rows, sourceIds);
checkReferences(
  "data/subtypes.json",
  [
    ...subtypes.subtypes,
    ...subtypes.subtypes.flatMap((s) => s.aliases.map((a) => ({ id: `${s.id}/${a.name}`, sourceId: a.sourceId }))),
    ...Object.entries(subtypes.definitions).map(([id, d]) => ({ id, sourceId: d.sourceId })),
  ],
  sourceIds,
);

export { DATA_VERSION } from "../release";

export const datasets = {
  sources: sources.sources,
  subtypes,
  survival: survival.rows,
  prevalence: prevalence.rows,
  therapies: therapies.rows,
  therapiesAsOf: { asOf: therapies.asOf, note: therapies.asOfNote, excluded: therapies.excluded },
};

export function sourceFor(id: string): Source {
  const source = sourceById.get(id);
  if (!source) throw new Error(`Unknown source id "${id}"`);
  return source;
}

/**
 * The sources a served value cites anywhere in it (a row's own sourceId, its aliases', a definition's),
 * each once, in first-cited order.
 */
export function sourcesFor(value: unknown): Source[] {
  const ids = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === "object") {
      const { sourceId, ...rest } = node as Record<string, unknown>;
      if (typeof sourceId === "string") ids.add(sourceId);
      Object.values(rest).forEach(visit);
    }
  };
  visit(value);
  return [...ids].map(sourceFor);
}

export * from "./dimensions";
export * from "./prevalence-dimensions";
export * from "./schemas";
export * from "./survival-dimensions";
export * from "./therapy-dimensions";
export { DataFileError, parseDataFile } from "./validate";
