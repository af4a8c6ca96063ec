/** zod schemas for every file in data/: the single source of the datasets' types. */
import { z } from "zod";
import { UNIT_DECIMALS } from "../format";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS } from "../subtypes";
import { FIGURE_STATUSES, UNITS } from "./dimensions";
import { checkFigure } from "./figure-checks";
import { AGE_GROUPS, INCIDENCE_STAGES, PREVALENCE_MEASURES, RACE_IDS } from "./prevalence-dimensions";
import { RELATIVE_SURVIVAL_COMPARISON, STAGES, SURVIVAL_MEASURES } from "./survival-dimensions";
import { DRUG_CLASSES, HER2_POPULATIONS } from "./therapy-dimensions";

const sourceId = z.string().regex(/^[a-z0-9-]+$/, "a source id (lowercase letters, digits and dashes)");
/** A row's sourceId, described for the API: `whose` reads "the figure's". */
const sourceIdOf = (whose: string) => sourceId.describe(`The id of ${whose} source; its full citation is in sources.`);
/** Diagnosis years, one year or a range: "2010" or "2013-2019". */
const period = z.string().regex(/^\d{4}(-\d{4})?$/, "a diagnosis year or range such as 2013-2019");
export const PERIOD_KINDS = ["diagnosis", "estimate", "published"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Not found: the reference looked and the source does not give the figure. */
const status = z
  .enum(FIGURE_STATUSES)
  .describe(
    "confirmed: seen in the source, or in its publisher's own summary of it (note says so); confirmed-copy: seen in a word-for-word copy of it; not-found: not found in the source or in any copy we could read (value null, unavailableReason says why).",
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

/**
 * Fields every published figure carries: what it measures, for whom, when, and where it comes from.
 * Each field's description is its definition for readers of the API (OpenAPI, the data page).
 */
const figureFields = {
  id: z.string().min(1).describe("The figure's id, unique within its dataset."),
  unit: z
    .enum(UNITS)
    .describe(
      "The unit of value: percent (0–100), per-100000 (a rate per 100,000 women of the row's population), percent-per-year (an average yearly percent change) or years.",
    ),
  value: z
    .number()
    .nullable()
    .describe("The figure, in unit; null when it is unavailable (unavailableReason says why) or, in prevalence, stated as a range (range)."),
  unavailableReason: z
    .string()
    .optional()
    .describe("Why value is null: the source does not give the figure, the part of it that would was not available to us, or the registry suppressed it."),
  period: period.describe("The year or years that date the figure, one year or a range (2013-2019); periodKind says how."),
  periodKind: z
    .enum(PERIOD_KINDS)
    .optional()
    .describe(
      "How period dates the figure: diagnosis, the years the cases were diagnosed (also when absent); estimate, the year the estimate was made, or made for; published, only the year the source was published, where it dates the figure no further.",
    ),
  registry: z.string().describe("Where the figure comes from: the registry or database, or the body that made the estimate."),
  population: z.string().describe("Whom, or which cancers, the figure covers."),
  definition: z.string().describe("What the figure measures, in the source's terms."),
  sourceId: sourceIdOf("the figure's"),
  status,
  note: z.string().optional().describe("Anything else a reader of this figure should know, such as how the source printed it."),
  decimals: z
    .number()
    .int()
    .min(0)
    .max(2)
    .optional()
    .describe(
      `Decimals to show where the source printed fewer than the unit's usual ones (e.g. "about 60%": 0). Without it, a value shows its unit's: ${Object.entries(
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

export const SurvivalRowSchema = z
  .object({
    ...figureFields,
    subtype: z
      .enum(SUBTYPE_CATEGORY_IDS)
      .nullable()
      .describe("The subtype's id (as in /api/subtypes), or unknown where HR or HER2 status was not recorded; null for all subtypes together (group)."),
    group: group.optional(),
    measure: z
      .enum(SURVIVAL_MEASURES)
      .describe(
        `four-year-cause-specific: survival four years after diagnosis in which only deaths from breast cancer count; five-year-relative: five-year survival ${RELATIVE_SURVIVAL_COMPARISON}.`,
      ),
    stage: z.enum(STAGES).describe("Stage at diagnosis: SEER Combined Summary Stage (localized, regional, distant), all stages, or AJCC de novo stage IV."),
    unit: z.literal("percent").describe("The unit of value: percent (0–100)."),
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
    measure: z
      .enum(PREVALENCE_MEASURES)
      .describe(
        "What is measured: percent-of-cases (a share of breast cancer cases; denominator and definition say of which), incidence-rate (new cases per 100,000 women), incidence-trend (the average yearly percent change of the rate), median-age-at-diagnosis, or her2-low-share-of-her2-negative (the share of HER2-negative cancers that are HER2-low). definition gives the source's terms.",
      ),
    subtype: z
      .enum(SUBTYPE_CATEGORY_IDS)
      .nullable()
      .describe("The subtype's id (as in /api/subtypes), or unknown where HR or HER2 status was not recorded; null for a figure on a group (group)."),
    group: group.optional(),
    stage: z.enum(INCIDENCE_STAGES).describe("SEER Combined Summary Stage at diagnosis, for incidence by stage; absent when not by stage.").optional(),
    range: RangeSchema.optional(),
    race: z
      .enum(RACE_IDS)
      .nullable()
      .describe(
        "The race/ethnicity group, as the source names it; all for the all-races row of a by-race table; null when the row is not broken down by race.",
      ),
    ageGroup: z
      .enum(AGE_GROUPS)
      .nullable()
      .describe(
        "The age group at diagnosis, in years; all for the all-ages row of a by-age table; null when the row is not broken down by age (population says any age limit).",
      ),
    ci: ConfidenceIntervalSchema.nullable().describe("The 95% confidence interval for value; null where the source gives none or none was recorded."),
    qualifier: z.literal("about").nullable().describe("about where the source itself gives the figure as approximate; null otherwise."),
    denominator: z
      .enum(["all-cases", "known-status-cases", "not-stated"])
      .describe(
        "For percent-of-cases, which cases the share is of: all-cases (unknown status included), known-status-cases, or not-stated (the source gives the split without saying).",
      )
      .optional(),
    cases: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe("The number of cases in the share's numerator (this subtype or group), where the source gives it."),
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
  id: z.enum(SUBTYPE_IDS).describe("The subtype's id, as the other datasets' subtype fields name it."),
  hormoneReceptors: z.string().describe("The hormone-receptor (ER, PR) status that defines the subtype."),
  her2Status: z.string().describe("The HER2 status that defines the subtype."),
  rule: z.string().describe("Which ER, PR and HER2 results place a cancer in the subtype."),
  description: z.string().describe("What the subtype is, in plain language."),
  aliases: z
    .array(z.object({ name: z.string(), kind: z.enum(["intrinsic-approximation", "common-name"]), sourceId }))
    .describe(
      "Other names for the subtype, each with its kind (intrinsic-approximation: an intrinsic subtype it only approximates; common-name: another name for the same group) and source.",
    ),
  sourceId: sourceIdOf("the definition's"),
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
  label: z.string().describe("The short label the atlas's charts and tables use."),
  plainName: z.string().describe("The label in words."),
  hr: z.enum(["positive", "negative"]).nullable().describe("Hormone-receptor status: positive or negative."),
  her2: z.enum(["positive", "negative"]).nullable().describe("HER2 status: positive or negative."),
  color: z.object({ light: z.string(), dark: z.string() }).describe("The subtype's colour in the atlas's light and dark themes, as hex."),
});
export type SubtypeRow = z.infer<typeof SubtypeRowSchema>;

/** One US FDA approval of a HER2-targeted drug in breast cancer (reference her2-therapies.md §1). */
export const TherapyRowSchema = z.object({
  id: z.string().min(1).describe("The approval's id, unique within the dataset."),
  drug: z.string().describe("The drug's generic name (for a combination, the newly approved drug's, with its partner)."),
  brand: z.string().describe("The brand name it was approved under (for a combination, with its partner's)."),
  class: z.enum(DRUG_CLASSES).describe("The drug's class (for a combination, the newly approved drug's)."),
  approvalDate: z.iso.date().describe("The FDA action date."),
  indication: z.string().describe("What the approval covers, in one line."),
  populations: z.array(z.enum(HER2_POPULATIONS)).min(1).describe("The HER2 populations the approval covers."),
  populationNote: z
    .string()
    .nullable()
    .describe("A short qualifier (line of treatment, timing, HR status, formulation); null does not mean unrestricted: indication gives the approval's scope."),
  // her2-therapies.md §1 and caveat 6.
  hr: z
    .literal("positive")
    .describe("Set only where the approval is limited to hormone-receptor-positive disease; absent means HR-positive or HR-negative.")
    .optional(),
  pivotalTrials: z.array(z.string()).min(1).describe("The trials the approval rests on."),
  sourceId: sourceIdOf("the approval's"),
  // Only confirmed dates ship.
  status: z
    .enum(["confirmed", "confirmed-secondary"])
    .describe(
      "How the date was confirmed: confirmed, seen on fda.gov; confirmed-secondary, seen in a third-party source (a repost of an FDA release, an FDA approval summary, a news or maker's page).",
    ),
  note: z.string().optional().describe("Anything else a reader of this approval should know."),
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
