/** zod schemas for every file in data/: the single source of the datasets' types. */
import { z } from "zod";
import { UNIT_DECIMALS } from "../format";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS } from "../subtypes";
import { UNIT_RANGES, UNITS } from "./dimensions";
import { AGE_GROUPS, INCIDENCE_STAGES, PREVALENCE_MEASURES, RACE_IDS } from "./prevalence-dimensions";
import { STAGES, SURVIVAL_MEASURES } from "./survival-dimensions";
import { DRUG_CLASSES, HER2_POPULATIONS } from "./therapy-dimensions";

const sourceId = z.string().regex(/^[a-z0-9-]+$/, "a source id (lowercase letters, digits and dashes)");
/** Diagnosis years, one year or a range: "2010" or "2013-2019". */
const period = z.string().regex(/^\d{4}(-\d{4})?$/, "a diagnosis year or range such as 2013-2019");
export const PERIOD_KINDS = ["diagnosis", "estimate", "published"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * How a figure was seen: in the source itself, in a word-for-word copy of it, or not found at all
 * (the reference looked and the source does not give it; value is then null, with the reason).
 */
const status = z
  .enum(["confirmed", "confirmed-copy", "not-found"])
  .describe(
    "confirmed: seen in the source; confirmed-copy: seen in a word-for-word copy of it; not-found: the source does not give this figure (value null, unavailableReason says why).",
  );

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
  /** null when the figure was not found (the reason then says why) or is a stated range (see range). */
  value: z.number().nullable(),
  unavailableReason: z.string().optional(),
  period,
  /**
   * What the period means: diagnosis years (the default), the year an estimate was made for, or only
   * the year the statement was published (a review's estimate or convention the source dates no further).
   */
  periodKind: z.enum(PERIOD_KINDS).optional(),
  registry: z.string(),
  population: z.string(),
  definition: z.string(),
  sourceId,
  status,
  note: z.string().optional(),
  decimals: z
    .number()
    .int()
    .min(0)
    .max(2)
    .optional()
    .describe(
      `Decimals the source printed, where they differ from the unit's usual ones (e.g. "about 60%": 0). Without it, a value has its unit's: ${Object.entries(
        UNIT_DECIMALS,
      )
        .map(([unit, places]) => `${unit} ${places}`)
        .join(", ")} (so 77 in percent is 77.0).`,
    ),
};

/** What a row without a subtype covers: all subtypes together, or a HER2 group that is not one subtype. */
export const FIGURE_GROUPS = ["all-subtypes", "her2-positive", "her2-negative", "her2-low"] as const;
const group = z
  .enum(FIGURE_GROUPS)
  .describe("What a row with subtype null covers: all subtypes together, or the HER2-positive, HER2-negative or HER2-low group.");

/** A range the source states as such ("about 80–85%"): stored as its two ends, never as a midpoint. */
const RangeSchema = z
  .object({ low: z.number(), high: z.number() })
  .refine((range) => range.low <= range.high, { message: "low end above high end" })
  .describe("A figure the source states as a range (e.g. “about 80–85%”): its two ends. value is then null.");

type FigureLike = {
  value: number | null;
  unit: z.infer<typeof figureFields.unit>;
  unavailableReason?: string;
  status: z.infer<typeof status>;
  range?: { low: number; high: number };
  subtype: string | null;
  group?: string;
};

function checkInUnitRange(value: number, unit: FigureLike["unit"], path: string[], ctx: z.RefinementCtx) {
  const { min, max } = UNIT_RANGES[unit];
  if (value < min || value > max) ctx.addIssue({ code: "custom", path, message: `out of range for ${unit}: expected ${min} to ${max}` });
}

/**
 * A value must be in range for its unit; a figure is a single value or a stated range, never both;
 * a missing value says why (not found, or suppressed); a row without a subtype names its group.
 */
function checkFigure(row: FigureLike, ctx: z.RefinementCtx) {
  if ((row.subtype === null) !== (row.group !== undefined)) {
    ctx.addIssue({ code: "custom", path: ["group"], message: "required exactly when subtype is null" });
  }
  if (row.status === "not-found") {
    if (row.value !== null || row.range) ctx.addIssue({ code: "custom", path: ["value"], message: "must be null when status is not-found" });
    if (!row.unavailableReason) ctx.addIssue({ code: "custom", path: ["unavailableReason"], message: "required when status is not-found" });
    return;
  }
  if (row.range) {
    if (row.value !== null) ctx.addIssue({ code: "custom", path: ["value"], message: "must be null when a range is given" });
    checkInUnitRange(row.range.low, row.unit, ["range", "low"], ctx);
    checkInUnitRange(row.range.high, row.unit, ["range", "high"], ctx);
    return;
  }
  if (row.value === null) {
    // Not found, or suppressed by the registry (a confirmed gap): either way the reason is shown.
    if (!row.unavailableReason) ctx.addIssue({ code: "custom", path: ["unavailableReason"], message: "required when value is null" });
    return;
  }
  checkInUnitRange(row.value, row.unit, ["value"], ctx);
}

export const SurvivalRowSchema = z
  .object({
    ...figureFields,
    /** null for a figure on all subtypes together; group then says so. */
    subtype: z.enum(SUBTYPE_CATEGORY_IDS).nullable(),
    group: group.optional(),
    measure: z.enum(SURVIVAL_MEASURES),
    stage: z.enum(STAGES),
    unit: z.literal("percent"),
  })
  .superRefine(checkFigure);
export type SurvivalRow = z.infer<typeof SurvivalRowSchema>;
/** A survival figure for one subtype category (every chart draws these; all-subtype rows are references). */
export type SubtypeSurvivalRow = SurvivalRow & { subtype: NonNullable<SurvivalRow["subtype"]> };

const ConfidenceIntervalSchema = z
  .object({ lower: z.number(), upper: z.number(), level: z.literal(95) })
  .refine((ci) => ci.lower <= ci.upper, { message: "lower bound above upper bound" });

export const PrevalenceRowSchema = z
  .object({
    ...figureFields,
    measure: z.enum(PREVALENCE_MEASURES),
    /**
     * null for figures that are not about one subtype: all subtypes together, HER2-negative, or
     * HER2-low (a sub-group of HER2-negative); group then says which.
     */
    subtype: z.enum(SUBTYPE_CATEGORY_IDS).nullable(),
    group: group.optional(),
    /** SEER Combined Summary Stage at diagnosis, for incidence by stage; absent when not broken down by stage. */
    stage: z.enum(INCIDENCE_STAGES).describe("SEER Combined Summary Stage at diagnosis, for incidence by stage.").optional(),
    range: RangeSchema.optional(),
    race: z.enum(RACE_IDS).nullable(),
    ageGroup: z.enum(AGE_GROUPS).nullable(),
    ci: ConfidenceIntervalSchema.nullable(),
    /** "about" when the source itself gives an approximate figure. */
    qualifier: z.literal("about").nullable(),
    /** Which cases a share is of; "not-stated" where the source gives the split without saying. */
    denominator: z
      .enum(["all-cases", "known-status-cases", "not-stated"])
      .describe("Which cases a share is of; not-stated where the source gives the split without saying.")
      .optional(),
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
  aliases: z.array(z.object({ name: z.string(), kind: z.enum(["intrinsic-approximation", "common-name"]), sourceId })),
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
  /** Set only where the approval covers one hormone-receptor status (her2-therapies.md §1 and caveat 6). */
  hr: z
    .literal("positive")
    .describe("Set only where the approval is limited to hormone-receptor-positive disease; absent means HR-positive or HR-negative.")
    .optional(),
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
