/** zod schemas for every file in data/: the single source of the datasets' types. */
import { z } from "zod";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS } from "../subtypes";
import {
  AGE_GROUPS,
  DRUG_CLASSES,
  HER2_POPULATIONS,
  PREVALENCE_MEASURES,
  RACE_IDS,
  STAGES,
  SURVIVAL_MEASURES,
  UNIT_RANGES,
  UNITS,
} from "./dimensions";

const sourceId = z.string().regex(/^[a-z0-9-]+$/, "a source id (lowercase letters, digits and dashes)");
/** Diagnosis years, one year or a range: "2010" or "2013-2019". */
const period = z.string().regex(/^\d{4}(-\d{4})?$/, "a diagnosis year or range such as 2013-2019");
const status = z.enum(["confirmed", "confirmed-copy"]);

export const SourceSchema = z.object({
  id: sourceId,
  citation: z.string().min(10),
  url: z.url().optional(),
  alsoAt: z.array(z.url()).optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourcesFileSchema = z.object({
  version: z.string(),
  accessNote: z.string(),
  sources: z.array(SourceSchema).min(1),
});

/** Fields every published figure carries: what it measures, for whom, when, and where it comes from. */
const figureFields = {
  id: z.string().min(1),
  unit: z.enum(UNITS),
  /** null only when the figure is unavailable; the reason then says why. */
  value: z.number().nullable(),
  unavailableReason: z.string().optional(),
  period,
  /** What the period means: diagnosis years (the default), or the year an estimate was made. */
  periodKind: z.enum(["diagnosis", "estimate"]).optional(),
  registry: z.string(),
  population: z.string(),
  definition: z.string(),
  sourceId,
  status,
  note: z.string().optional(),
  /** Decimals the source printed, where they differ from the unit's usual one (e.g. "about 60%"). */
  decimals: z.number().int().min(0).max(2).optional(),
};

type FigureLike = { value: number | null; unit: z.infer<typeof figureFields.unit>; unavailableReason?: string };

/** A value must be in range for its unit, and a missing value must say why it is missing. */
function checkFigure(row: FigureLike, ctx: z.RefinementCtx) {
  if (row.value === null) {
    if (!row.unavailableReason) ctx.addIssue({ code: "custom", path: ["unavailableReason"], message: "required when value is null" });
    return;
  }
  const { min, max } = UNIT_RANGES[row.unit];
  if (row.value < min || row.value > max) {
    ctx.addIssue({ code: "custom", path: ["value"], message: `out of range for ${row.unit}: expected ${min} to ${max}` });
  }
}

export const SurvivalRowSchema = z
  .object({
    ...figureFields,
    subtype: z.enum(SUBTYPE_CATEGORY_IDS),
    measure: z.enum(SURVIVAL_MEASURES),
    stage: z.enum(STAGES),
    unit: z.literal("percent"),
  })
  .superRefine(checkFigure);
export type SurvivalRow = z.infer<typeof SurvivalRowSchema>;

const ConfidenceIntervalSchema = z
  .object({ lower: z.number(), upper: z.number(), level: z.literal(95) })
  .refine((ci) => ci.lower <= ci.upper, { message: "lower bound above upper bound" });

export const PrevalenceRowSchema = z
  .object({
    ...figureFields,
    measure: z.enum(PREVALENCE_MEASURES),
    /** null for figures about HER2-negative sub-groups (HER2-low), which are not one subtype. */
    subtype: z.enum(SUBTYPE_CATEGORY_IDS).nullable(),
    race: z.enum(RACE_IDS).nullable(),
    ageGroup: z.enum(AGE_GROUPS).nullable(),
    ci: ConfidenceIntervalSchema.nullable(),
    /** "about" when the source itself gives an approximate figure. */
    qualifier: z.literal("about").nullable(),
    denominator: z.enum(["all-cases", "known-status-cases"]).optional(),
    cases: z.number().int().nonnegative().optional(),
  })
  .superRefine((row, ctx) => {
    checkFigure(row, ctx);
    if (row.ci && row.value !== null && (row.value < row.ci.lower || row.value > row.ci.upper)) {
      ctx.addIssue({ code: "custom", path: ["ci"], message: "the value lies outside its confidence interval" });
    }
    if (row.measure === "percent-of-cases" && !row.denominator) {
      ctx.addIssue({ code: "custom", path: ["denominator"], message: "required for percent-of-cases" });
    }
  });
export type PrevalenceRow = z.infer<typeof PrevalenceRowSchema>;

const DefinitionSchema = z.object({ text: z.string(), sourceId });

export const SubtypeDefinitionSchema = z.object({
  id: z.enum(SUBTYPE_IDS),
  hormoneReceptors: z.string(),
  her2Status: z.string(),
  rule: z.string(),
  description: z.string(),
  aliases: z.array(
    z.object({ name: z.string(), kind: z.enum(["intrinsic-approximation", "common-name"]), sourceId }),
  ),
  sourceId,
});
export type SubtypeDefinition = z.infer<typeof SubtypeDefinitionSchema>;

export const SubtypesFileSchema = z.object({
  dataset: z.literal("subtypes"),
  version: z.string(),
  definitions: z.record(z.string(), DefinitionSchema),
  subtypes: z.array(SubtypeDefinitionSchema).length(SUBTYPE_IDS.length),
});

export const SurvivalFileSchema = z.object({
  dataset: z.literal("survival"),
  version: z.string(),
  rows: z.array(SurvivalRowSchema),
});

export const PrevalenceFileSchema = z.object({
  dataset: z.literal("prevalence"),
  version: z.string(),
  rows: z.array(PrevalenceRowSchema),
});

/** A subtype as the API serves it: its definition joined with its display config from lib/subtypes. */
export const SubtypeRowSchema = SubtypeDefinitionSchema.extend({
  label: z.string(),
  plainName: z.string(),
  hr: z.enum(["positive", "negative"]).nullable(),
  her2: z.enum(["positive", "negative"]).nullable(),
  color: z.object({ light: z.string(), dark: z.string() }),
});
export type SubtypeRow = z.infer<typeof SubtypeRowSchema>;

/** One US FDA approval of a HER2-targeted drug in breast cancer (reference her2-therapies.md §1). */
export const TherapyRowSchema = z.object({
  id: z.string().min(1),
  drug: z.string(),
  brand: z.string(),
  class: z.enum(DRUG_CLASSES),
  /** FDA action date. */
  approvalDate: z.iso.date(),
  indication: z.string(),
  populations: z.array(z.enum(HER2_POPULATIONS)).min(1),
  populationNote: z.string().nullable(),
  pivotalTrials: z.array(z.string()).min(1),
  sourceId,
  /** Only confirmed dates ship: seen on fda.gov, or in a secondary copy of the FDA's own text. */
  status: z.enum(["confirmed", "confirmed-secondary"]),
  note: z.string().optional(),
});
export type TherapyRow = z.infer<typeof TherapyRowSchema>;

export const TherapiesFileSchema = z.object({
  dataset: z.literal("therapies"),
  version: z.string(),
  asOf: z.iso.date(),
  asOfNote: z.string(),
  excluded: z.string(),
  rows: z.array(TherapyRowSchema),
});
