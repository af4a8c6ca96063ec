/**
 * zod schema for data/trials.json: the randomised HER2 trials whose Kaplan–Meier curves the atlas
 * redraws from reconstructed patient-level data (data/trials/<endpoint>.csv), and the figures each
 * paper printed, kept beside ours so a reader can see both.
 */
import { z } from "zod";

const sourceId = z.string().regex(/^[a-z0-9-]+$/, "a source id (lowercase letters, digits and dashes)");
const armCode = z.string().regex(/^[a-z0-9_-]+$/, "an arm code as the CSV spells it");

export const TRIAL_SETTINGS = ["early", "metastatic"] as const;
export const ENDPOINT_KINDS = [
  "overall-survival",
  "progression-free-survival",
  "invasive-disease-free-survival",
  "disease-free-survival",
  "event-free-survival",
] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

const ArmSchema = z.object({
  /** The arm code of the CSVs and of the API. */
  arm: armCode,
  /** What the arm received, as a label for a legend: "Pertuzumab + trastuzumab + docetaxel". */
  label: z.string().min(3),
  /** The drug this arm adds, in a reader's words, for sentences ("given pertuzumab"). */
  plain: z.string().min(3),
});

export const TrialSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  setting: z.enum(TRIAL_SETTINGS),
  /** Who took part, in one phrase the page prints after "The trial enrolled …". */
  population: z.string().min(10),
  /** The publication whose figure kmdata reconstructed. */
  sourceId,
  pmid: z.string().regex(/^\d+$/),
  arms: z.array(ArmSchema).min(2),
});
export type Trial = z.infer<typeof TrialSchema>;

/**
 * How a published figure was seen: in the paper itself, in a word-for-word copy of it (an author
 * manuscript, the abstract on PubMed), or not confirmed (recorded for the record, never shown).
 */
const PUBLISHED_STATUS = ["confirmed", "confirmed-copy", "unconfirmed"] as const;

const publishedFields = {
  /** The words as printed, so a reader can find them: "56.5 months (95% CI, 49.3 to not reached)". */
  printed: z.string().min(1),
  /** Where in the publication: "Abstract, Results" or "Results, paragraph 2; Figure 2A". */
  where: z.string().min(3),
  status: z.enum(PUBLISHED_STATUS),
  note: z.string().optional(),
};

/** A confidence interval as printed; an end is null where the paper says "not reached". */
const IntervalFields = {
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  /** Some papers print 97.5 % intervals for multiple comparisons (ALTTO, MARIANNE). */
  level: z.union([z.literal(95), z.literal(97.5)]),
};

export const PublishedFigureSchema = z.discriminatedUnion("measure", [
  z.object({
    measure: z.literal("median"),
    arm: armCode,
    /** Months; null where the paper says the median was not reached. */
    value: z.number().positive().nullable(),
    interval: z.object(IntervalFields).nullable(),
    ...publishedFields,
  }),
  z.object({
    measure: z.literal("hazard-ratio"),
    value: z.number().positive(),
    interval: z.object(IntervalFields).nullable(),
    ...publishedFields,
  }),
  z.object({
    measure: z.literal("p-value"),
    /** As printed, with its sign: "<0.001", "0.0091". */
    value: z.string().regex(/^[<>=]?\s?0?\.\d+$/, "a p-value as printed, such as <0.001 or 0.0091"),
    ...publishedFields,
  }),
  z.object({
    measure: z.literal("survival-rate"),
    arm: armCode,
    /** Percent of patients event-free (or alive) at `atMonths`. */
    value: z.number().min(0).max(100),
    atMonths: z.number().positive(),
    ...publishedFields,
  }),
]);
export type PublishedFigure = z.infer<typeof PublishedFigureSchema>;

/**
 * The printed figures the atlas shows, on its pages and through its API: those seen in the paper or a
 * word-for-word copy. An unconfirmed one stays in the data for the record only (trials/README.md:
 * "mark any you cannot confirm as such and do not show them").
 */
export function shownFigures(figures: readonly PublishedFigure[]): PublishedFigure[] {
  return figures.filter((figure) => figure.status !== "unconfirmed");
}

export const TrialEndpointSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    trial: z.string(),
    endpoint: z.string().min(3),
    kind: z.enum(ENDPOINT_KINDS),
    /** The figure of the publication that kmdata digitised: "Figure 2A". */
    figure: z.string().min(3),
    /** The kmdata data set name, for provenance. */
    kmdataSet: z.string().min(2),
    controlArm: armCode,
    experimentalArm: armCode,
    /** The source of the printed figures (usually the trial's publication). */
    publishedSourceId: sourceId,
    /** What the printed figures come from, when it is not the analysis kmdata digitised. */
    publishedAnalysis: z.string().optional(),
    published: z.array(PublishedFigureSchema),
  })
  .refine((endpoint) => endpoint.controlArm !== endpoint.experimentalArm, { message: "control and experimental arm must differ" });
export type TrialEndpoint = z.infer<typeof TrialEndpointSchema>;

export const TrialsFileSchema = z.object({
  version: z.string(),
  /** The reconstruction the CSVs come from (kmdata), cited on every curve. */
  dataSourceId: sourceId,
  /** Why a reconstructed figure can differ from the printed one: one sentence the page shows. */
  reconstructionNote: z.string().min(20),
  trials: z.array(TrialSchema).min(1),
  endpoints: z.array(TrialEndpointSchema).min(1),
});
export type TrialsFile = z.infer<typeof TrialsFileSchema>;
