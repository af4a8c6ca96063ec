/**
 * The dataset routes of the public API: for each, its filters, its rows, and how a row is flattened
 * for CSV. Route handlers, the /api index and the OpenAPI description all read this one table.
 */
import type { z } from "zod";
import type { CsvValue } from "../csv/format";
import {
  DRUG_CLASSES,
  datasets,
  HER2_POPULATIONS,
  PREVALENCE_BREAKDOWNS,
  PREVALENCE_MEASURES,
  type PrevalenceBreakdown,
  type PrevalenceRow,
  PrevalenceRowSchema,
  RACE_IDS,
  STAGES,
  SURVIVAL_MEASURES,
  type SubtypeRow,
  SubtypeRowSchema,
  SubtypesFileSchema,
  type SurvivalRow,
  SurvivalRowSchema,
  TherapiesFileSchema,
  type TherapyRow,
  TherapyRowSchema,
} from "../datasets";
import { UNIT_DECIMALS } from "../format";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS, SUBTYPES } from "../subtypes";
import type { FilterSpec, FilterValue } from "./query";
import { trialsEndpoint } from "./trials";

export const DATASET_NAMES = ["subtypes", "prevalence", "survival", "therapies", "trials"] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export interface DatasetEndpoint<Name extends string = string, Row extends { sourceId: string } = { sourceId: string }> {
  dataset: DatasetName;
  path: `/api/${DatasetName}`;
  description: string;
  filters: readonly FilterSpec<Name>[];
  rows: readonly Row[];
  /** The value(s) each filter compares against, per row; null never matches a filter. */
  filterValues(row: Row): Record<Name, FilterValue>;
  /** Envelope fields describing the whole dataset (e.g. its "as of" date), with their schema. */
  envelope?: EnvelopeExtras;
  /** A row flattened for CSV: its keys, in order, are the CSV's columns (csvColumns). */
  toCsvRecord(row: Row): Record<string, CsvValue>;
  rowSchema: z.ZodType;
}

/** The CSV header: the record's fields in the record's order, so a column is named in one place. */
export function csvColumns<Row extends { sourceId: string }>(endpoint: Pick<DatasetEndpoint<string, Row>, "rows" | "toCsvRecord">): string[] {
  const [first] = endpoint.rows;
  return first === undefined ? [] : Object.keys(endpoint.toCsvRecord(first));
}

export interface EnvelopeExtras {
  schema: z.ZodObject;
  value: Record<string, unknown>;
}

/** Pairs the extras with the schema they satisfy, checked by the compiler. */
function envelopeExtras<Schema extends z.ZodObject>(schema: Schema, value: z.infer<Schema>): EnvelopeExtras {
  return { schema, value };
}

/**
 * The filters of a dataset of published figures: the subtype first, the dataset's own, then the
 * diagnosis periods present in its rows (so two editions can be told apart in a query).
 */
function figureFilters<Name extends string>(rows: readonly { period: string }[], own: FilterSpec<Name>[]): FilterSpec<Name | "subtype" | "period">[] {
  return [
    { name: "subtype", allowed: SUBTYPE_CATEGORY_IDS, description: "Subtype id, or unknown (HR or HER2 status not recorded)." },
    ...own,
    {
      name: "period",
      allowed: [...new Set(rows.map((row) => row.period))].sort(),
      description: "The year or years that date the figures (as in each row's period; its periodKind says how).",
    },
  ];
}

type FigureRow = SurvivalRow | PrevalenceRow;

/** What a dataset of published figures says of itself: its own filters and columns, before the shared ones. */
interface FigureDataset<Name extends string, Row extends FigureRow> {
  rows: readonly Row[];
  description: string;
  ownFilters: FilterSpec<Name>[];
  filterValues(row: Row): Record<Name | "subtype" | "period", FilterValue>;
  ownRecord(row: Row): Record<string, CsvValue>;
  rowSchema: z.ZodType;
}

/** A dataset of published figures: its route is its name, and the shared filters and figure columns frame its own. */
function figureEndpoint<Name extends string, Row extends FigureRow>(
  dataset: "survival" | "prevalence",
  spec: FigureDataset<Name, Row>,
): DatasetEndpoint<Name | "subtype" | "period", Row> {
  return {
    dataset,
    path: `/api/${dataset}`,
    description: spec.description,
    filters: figureFilters(spec.rows, spec.ownFilters),
    rows: spec.rows,
    filterValues: spec.filterValues,
    toCsvRecord: (row) => ({ ...spec.ownRecord(row), ...figureRecord(row) }),
    rowSchema: spec.rowSchema,
  };
}

/**
 * Shared flat columns for any published figure. A CSV cell is text, so the value keeps the decimals
 * the source printed (77.0, not 77: JSON drops the zero), padded and never rounded; `decimals` and
 * `period_kind` say what the JSON's decimals and periodKind say (periodKind absent means diagnosis).
 */
function figureRecord(row: FigureRow): Record<string, CsvValue> {
  const decimals = row.decimals ?? UNIT_DECIMALS[row.unit];
  return {
    value: row.value === null ? null : withDecimals(row.value, decimals),
    decimals,
    unit: row.unit,
    period: row.period,
    period_kind: row.periodKind ?? "diagnosis",
    registry: row.registry,
    population: row.population,
    definition: row.definition,
    status: row.status,
    note: row.note,
    unavailable_reason: row.unavailableReason,
    source_id: row.sourceId,
  };
}

/** The value's own digits, with trailing zeros up to `decimals`: "77" → "77.0"; never fewer digits than it has. */
export function withDecimals(value: number, decimals: number): string {
  const text = String(value);
  const fraction = text.split(".")[1] ?? "";
  if (decimals === 0 || fraction.length >= decimals || text.includes("e")) return text;
  return `${text.includes(".") ? text : `${text}.`}${"0".repeat(decimals - fraction.length)}`;
}

/** Which `by` a row answers; a stage row answers none (design.md's breakdowns are subtype, age and race). */
export function prevalenceBreakdown(row: PrevalenceRow): PrevalenceBreakdown | null {
  // One stage's observed rate is not a subtype total (those are delay-adjusted): caveat 7, never mix them.
  if (row.stage !== undefined) return null;
  if (row.ageGroup !== null) return "age";
  if (row.race !== null) return "race";
  return "subtype";
}

const survivalEndpoint = figureEndpoint("survival", {
  rows: datasets.survival,
  description:
    "Survival by HR/HER2 subtype: four-year breast cancer-specific survival (all stages, and de novo stage IV where given) and five-year relative survival by SEER Combined Summary Stage, with the all-subtypes figure where the source gives one (subtype null, group all-subtypes). Rows name their diagnosis years; a figure the source does not give has value null and status not-found.",
  ownFilters: [
    { name: "measure", allowed: SURVIVAL_MEASURES, description: "Which survival measure." },
    { name: "stage", allowed: STAGES, description: "SEER Combined Summary Stage, all stages, or AJCC de novo stage IV." },
  ],
  filterValues: (row) => ({ subtype: row.subtype, measure: row.measure, stage: row.stage, period: row.period }),
  ownRecord: (row) => ({ id: row.id, subtype: row.subtype, group: row.group, measure: row.measure, stage: row.stage }),
  rowSchema: SurvivalRowSchema,
});

const prevalenceEndpoint = figureEndpoint("prevalence", {
  rows: datasets.prevalence,
  description:
    "How common each subtype is: share of cases and incidence rates per 100,000, by subtype, and by age group, race/ethnicity and stage at diagnosis where sources give them, with 95% confidence intervals where given; all-subtype totals; HER2-positive, HER2-negative and HER2-low shares (rows without a subtype name their group). A share the source states as a range has value null and range { low, high }.",
  ownFilters: [
    {
      name: "by",
      allowed: PREVALENCE_BREAKDOWNS,
      description:
        "Breakdown: subtype totals, by age group, or by race/ethnicity. Rates by stage at diagnosis are not subtype totals and match none of these: ask without by.",
    },
    { name: "measure", allowed: PREVALENCE_MEASURES, description: "Which measure." },
    { name: "race", allowed: RACE_IDS, description: "Race/ethnicity group, for the rows given by race/ethnicity (rows with none never match)." },
  ],
  filterValues: (row) => ({ subtype: row.subtype, by: prevalenceBreakdown(row), measure: row.measure, race: row.race, period: row.period }),
  ownRecord: (row) => ({
    id: row.id,
    subtype: row.subtype,
    group: row.group,
    measure: row.measure,
    race: row.race,
    age_group: row.ageGroup,
    stage: row.stage,
    ci_lower: row.ci?.lower,
    ci_upper: row.ci?.upper,
    range_low: row.range?.low,
    range_high: row.range?.high,
    qualifier: row.qualifier,
    denominator: row.denominator,
    cases: row.cases,
  }),
  rowSchema: PrevalenceRowSchema,
});

const subtypeRows: SubtypeRow[] = datasets.subtypes.subtypes.map((definition) => {
  const { id: _id, marker: _marker, ...style } = SUBTYPES[definition.id];
  return { ...style, ...definition };
});

const subtypesEndpoint: DatasetEndpoint<"id", SubtypeRow> = {
  dataset: "subtypes",
  path: "/api/subtypes",
  description:
    "The four HR/HER2 subtypes: ids, labels, plain-language names, ER/PR/HER2 definitions, colours, and intrinsic-subtype aliases (approximations only). The envelope's definitions carry the dataset's shared definitions, each with its source.",
  filters: [{ name: "id", allowed: SUBTYPE_IDS, description: "Subtype id." }],
  rows: subtypeRows,
  // The dataset's shared definitions (HR+, HER2+, intrinsic subtypes…), each with its source.
  envelope: envelopeExtras(SubtypesFileSchema.pick({ definitions: true }), { definitions: datasets.subtypes.definitions }),
  filterValues: (row) => ({ id: row.id }),
  toCsvRecord: (row) => ({
    id: row.id,
    label: row.label,
    plain_name: row.plainName,
    hr: row.hr,
    her2: row.her2,
    rule: row.rule,
    description: row.description,
    aliases: row.aliases.map((a) => `${a.name} (${a.kind})`).join("; "),
    color_light: row.color.light,
    color_dark: row.color.dark,
    source_id: row.sourceId,
  }),
  rowSchema: SubtypeRowSchema,
};

const therapiesEndpoint: DatasetEndpoint<"class" | "population", TherapyRow> = {
  dataset: "therapies",
  path: "/api/therapies",
  description:
    "US FDA approvals of HER2-targeted drugs in breast cancer, oldest first: drug, brand, class, approval date, one-line indication, the HER2 populations covered, pivotal trials. Only approvals whose exact date was confirmed are listed; the envelope carries the date the list is as of.",
  filters: [
    { name: "class", allowed: DRUG_CLASSES, description: "Drug class." },
    { name: "population", allowed: HER2_POPULATIONS, description: "HER2 population an approval covers (a row matches if it covers any of the given ones)." },
  ],
  // Oldest first, as the page's table and timeline list them (the data file keeps the reference's row order).
  rows: [...datasets.therapies].sort((a, b) => a.approvalDate.localeCompare(b.approvalDate) || a.id.localeCompare(b.id)),
  filterValues: (row) => ({ class: row.class, population: row.populations }),
  envelope: envelopeExtras(TherapiesFileSchema.pick({ asOf: true, asOfNote: true, excluded: true }), {
    asOf: datasets.therapiesAsOf.asOf,
    asOfNote: datasets.therapiesAsOf.note,
    excluded: datasets.therapiesAsOf.excluded,
  }),
  toCsvRecord: (row) => ({
    id: row.id,
    approval_date: row.approvalDate,
    drug: row.drug,
    brand: row.brand,
    class: row.class,
    indication: row.indication,
    populations: row.populations.join("; "),
    population_note: row.populationNote,
    pivotal_trials: row.pivotalTrials.join("; "),
    status: row.status,
    note: row.note,
    source_id: row.sourceId,
  }),
  rowSchema: TherapyRowSchema,
};

export const ENDPOINTS = {
  survival: survivalEndpoint,
  prevalence: prevalenceEndpoint,
  subtypes: subtypesEndpoint,
  therapies: therapiesEndpoint,
  trials: trialsEndpoint,
} as const;
