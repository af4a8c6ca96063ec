/**
 * /api/trials: the trial endpoints (a dataset like the others), one endpoint's analysis, and its
 * survival curve or S(t) at chosen times. Statistics are lib/trials'; this module speaks HTTP.
 */
import { z } from "zod";
import { trialSourceLine } from "../charts/trial-view";
import { toCsv } from "../csv/format";
import { DATA_VERSION, datasets, sourceFor } from "../datasets";
import { ENDPOINT_KINDS, shownFigures, TRIAL_SETTINGS } from "../datasets/trials-schema";
import { safeExcerpt } from "../excerpt";
import { analyseEndpoint, type EndpointAnalysis } from "../trials/analysis";
import { curvePoints } from "../trials/curve";
import { ENDPOINT_IDS, endpointArms, trialOf, trials } from "../trials/data";
import { type SurvivalPoint, survivalAt } from "../trials/statistics";
import type { DatasetEndpoint } from "./endpoints";
import { FORMATS, type Format } from "./query";
import { csvResponse, errorResponse, jsonResponse } from "./respond";
import type { ApiErrorDetail } from "./schemas";

/** At most this many times per request: enough for any table, small enough to answer at once. */
export const MAX_TIMES = 100;

export const TrialListRowSchema = z.object({
  id: z.string().describe("The endpoint's id: /api/trials/{id} gives its analysis, /api/trials/{id}/survival its curve."),
  trial: z.string().describe("The trial's name."),
  trialId: z.string().describe("The trial's id, shared by its endpoints."),
  endpoint: z.string().describe("The endpoint, in words."),
  kind: z.enum(ENDPOINT_KINDS).describe("The endpoint's kind."),
  setting: z.enum(TRIAL_SETTINGS).describe("The setting: early breast cancer, or advanced (locally advanced or metastatic) breast cancer, coded metastatic."),
  population: z.string().describe("Who took part."),
  arms: z
    .array(z.object({ arm: z.string(), role: z.enum(["control", "experimental"]), label: z.string() }))
    .describe("The two arms compared: each arm's code (as /api/trials/{id} names it), its role, and what it received."),
  publication: z.string().describe("The publication whose Kaplan–Meier figure the patient-level data were reconstructed from."),
  pmid: z.string().describe("That publication's PubMed id."),
  figure: z.string().describe("The figure in that publication that was reconstructed."),
  sourceId: z.string().describe("The publication's source id; its full citation is in sources."),
  dataSourceId: z.string().describe("The source id of the reconstruction whose patient-level data the atlas analyses."),
});
export type TrialListRow = z.infer<typeof TrialListRowSchema>;

export const TRIAL_ROWS: TrialListRow[] = trials.endpoints.map((endpoint) => {
  const trial = trialOf(endpoint);
  const [control, experimental] = endpointArms(endpoint);
  return {
    id: endpoint.id,
    trial: trial.name,
    trialId: trial.id,
    endpoint: endpoint.endpoint,
    kind: endpoint.kind,
    setting: trial.setting,
    population: trial.population,
    arms: [
      { arm: control.arm, role: "control", label: control.label },
      { arm: experimental.arm, role: "experimental", label: experimental.label },
    ],
    publication: sourceFor(trial.sourceId).citation,
    pmid: trial.pmid,
    figure: endpoint.figure,
    sourceId: trial.sourceId,
    dataSourceId: trials.dataSourceId,
  };
});

const unknownEndpoint = (id: string) =>
  errorResponse({ parameter: "id", message: `"${safeExcerpt(id)}" is not a trial endpoint; /api/trials lists them.`, allowed: ENDPOINT_IDS }, 404);

/** The envelope every /api/trials/{id} answer shares, with the sources its data cites. */
function envelope(id: string, query: Record<string, string>, data: unknown, leftOut?: LeftOut) {
  const analysis = analyseEndpoint(id) as EndpointAnalysis;
  const sourceIds = [trials.dataSourceId, analysis.trial.sourceId, analysis.endpoint.publishedSourceId];
  return {
    dataset: "trials",
    version: DATA_VERSION,
    query: { id, ...query },
    ...(leftOut && { leftOut }),
    data,
    sources: [...new Set(sourceIds)].map(sourceFor),
  };
}

/** Times asked for that have no estimate, and why. */
interface LeftOut {
  at: number[];
  reason: string;
}

/** GET /api/trials/{id}: arms with medians, the hazard ratio, the log-rank test, and the published figures. */
export function trialResponse(request: Request, id: string): Response {
  const analysis = analyseEndpoint(id);
  if (!analysis) return unknownEndpoint(id);
  const parsed = parseTrialQuery(new URL(request.url).searchParams, []);
  if (!parsed.ok) return errorResponse(parsed.error);
  const arms = [analysis.control, analysis.experimental].map(({ arm, label, n, events, median }) => ({ arm, label, n, events, median }));
  const { endpoint } = analysis;
  const data = {
    id,
    trial: analysis.trial.name,
    endpoint: endpoint.endpoint,
    timeUnit: "months",
    controlArm: endpoint.controlArm,
    experimentalArm: endpoint.experimentalArm,
    arms,
    hazardRatio: analysis.hazardRatio,
    logRank: analysis.logRank,
    published: shownFigures(endpoint.published),
  };
  if (parsed.format === "csv") {
    const records = arms.map((arm) => ({
      id,
      arm: arm.arm,
      label: arm.label,
      n: arm.n,
      events: arm.events,
      median: arm.median.value,
      median_lower: arm.median.lower,
      median_upper: arm.median.upper,
      hazard_ratio: analysis.hazardRatio.value,
      hazard_ratio_lower: analysis.hazardRatio.lower,
      hazard_ratio_upper: analysis.hazardRatio.upper,
      log_rank_chisq: analysis.logRank.chisq,
      log_rank_p: analysis.logRank.p,
      ...fileColumns(analysis),
    }));
    return csvResponse(request, `${id}.csv`, toCsv(records, Object.keys(records[0] ?? {})));
  }
  return jsonResponse(request, envelope(id, {}, data));
}

export type CurveRow = SurvivalPoint & { arm: string };

/**
 * What every row of a trial's CSV says, so the file reads on its own as the survival and prevalence
 * files do: the endpoint, the time's unit, and the source, which says the patients are reconstructed
 * from the published curve, not the trial's own data (trials/README.md).
 */
function fileColumns(analysis: EndpointAnalysis) {
  return { endpoint: analysis.endpoint.endpoint, time_unit: "months since randomisation", source_citation: trialSourceLine(analysis, datasets.sources) };
}

/** GET /api/trials/{id}/survival[?at=…]: S(t) with its interval and the number at risk, per arm. */
export function trialSurvivalResponse(request: Request, id: string): Response {
  const analysis = analyseEndpoint(id);
  if (!analysis) return unknownEndpoint(id);
  const parsed = parseTrialQuery(new URL(request.url).searchParams, ["at"]);
  if (!parsed.ok) return errorResponse(parsed.error);
  let asked: number[] | null = null;
  let times: number[] | null = null;
  let leftOut: LeftOut | undefined;
  if (parsed.values.at !== undefined) {
    const at = parseTimes(parsed.values.at);
    if (!at.ok) return errorResponse(at.error);
    // Past the endpoint's longest follow-up no patient was followed, so there is no estimate
    // (trials/README.md: such times are left out); past one arm's last follow-up, R's extend = TRUE holds.
    asked = at.times;
    times = at.times.filter((time) => time <= analysis.maxTime);
    const past = at.times.filter((time) => time > analysis.maxTime);
    if (past.length > 0)
      leftOut = { at: past, reason: `Past the longest follow-up (${analysis.maxTime} months): no patient was still followed, so there is no estimate.` };
  }
  const rows: CurveRow[] = [analysis.control, analysis.experimental].flatMap(({ arm, fit }) =>
    (times ? survivalAt(fit, times) : curvePoints(fit)).map((point) => ({ arm, ...point })),
  );
  if (parsed.format === "csv") {
    // A file read on its own: each row names its arm in words too (the JSON's envelope links to them).
    const labels = new Map([analysis.control, analysis.experimental].map(({ arm, label }) => [arm, label]));
    const file = { survival_unit: "proportion from 0 to 1 (× 100 for percent)", ...fileColumns(analysis) };
    const records = rows.map(({ arm, ...point }) => ({ arm, arm_label: labels.get(arm), ...point, ...file }));
    const columns = ["arm", "arm_label", "time", "survival", "lower", "upper", "atRisk", ...Object.keys(file)];
    return csvResponse(request, `${id}-survival.csv`, toCsv(records, columns));
  }
  return jsonResponse(request, envelope(id, asked ? { at: asked.join(",") } : {}, rows, leftOut));
}

type TrialQuery = { ok: true; format: Format; values: Record<string, string> } | { ok: false; error: ApiErrorDetail };

/** Only the route's own parameters and format, each given once. */
function parseTrialQuery(params: URLSearchParams, own: readonly string[]): TrialQuery {
  const names = [...own, "format"];
  const values: Record<string, string> = {};
  for (const [name, value] of params) {
    if (!names.includes(name)) return { ok: false, error: { parameter: safeExcerpt(name), message: "Unknown parameter.", allowed: names } };
    if (name in values) return { ok: false, error: { parameter: name, message: "Give this parameter once.", allowed: names } };
    values[name] = value;
  }
  const format = values.format ?? "json";
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { ok: false, error: { parameter: "format", message: `"${safeExcerpt(format)}" is not an allowed value.`, allowed: FORMATS } };
  }
  return { ok: true, format: format as Format, values };
}

const TIME = /^\d+(\.\d+)?$/;

/** `at`: up to MAX_TIMES non-negative plain decimals (months), comma-separated, in the order given. */
export function parseTimes(text: string): { ok: true; times: number[] } | { ok: false; error: ApiErrorDetail } {
  const parts = text.split(",").map((part) => part.trim());
  const fail = (message: string) => ({ ok: false as const, error: { parameter: "at", message } });
  if (parts.length > MAX_TIMES) return fail(`At most ${MAX_TIMES} times per request; got ${parts.length}.`);
  // The pattern admits digits of any length; one too long for a double reads as Infinity, not a time.
  const bad = parts.find((part) => !(TIME.test(part) && Number.isFinite(Number(part))));
  if (bad !== undefined) {
    return fail(`"${safeExcerpt(bad)}" is not a time: give months as finite, non-negative plain decimals, comma-separated, such as 6,12.5,24.`);
  }
  return { ok: true, times: parts.map(Number) };
}

/** GET /api/trials: one row per endpoint, filtered like every dataset. */
export const trialsEndpoint: DatasetEndpoint<"trial" | "setting" | "kind", TrialListRow> = {
  dataset: "trials",
  path: "/api/trials",
  description:
    "Kaplan–Meier endpoints of randomised HER2 trials, one row each: trial, endpoint, setting, the two arms compared (codes as in /api/trials/{id}) and the publication whose figure the patient-level data were reconstructed from. The patients are reconstructed from each published Kaplan–Meier figure and its numbers at risk, not the trials' own data: kmdata 1.0.1 (Redd, Fell and Rahman), MIT licence, copyright 2021 Robert Redd. /api/trials/{id} gives the analysis, /api/trials/{id}/survival the curve.",
  filters: [
    { name: "trial", allowed: trials.trials.map((trial) => trial.id), description: "Trial id." },
    { name: "setting", allowed: TRIAL_SETTINGS, description: "Early (adjuvant or neoadjuvant) or metastatic disease." },
    { name: "kind", allowed: ENDPOINT_KINDS, description: "What counts as an event." },
  ],
  rows: TRIAL_ROWS,
  // The reconstruction every curve comes from, cited with the publications.
  envelope: {
    schema: z.object({ reconstruction: z.object({ sourceId: z.string(), note: z.string() }) }),
    value: { reconstruction: { sourceId: trials.dataSourceId, note: trials.reconstructionNote } },
  },
  filterValues: (row) => ({ trial: row.trialId, setting: row.setting, kind: row.kind }),
  toCsvRecord: (row) => ({
    id: row.id,
    trial: row.trial,
    endpoint: row.endpoint,
    kind: row.kind,
    setting: row.setting,
    control_arm: row.arms[0]?.arm,
    control_label: row.arms[0]?.label,
    experimental_arm: row.arms[1]?.arm,
    experimental_label: row.arms[1]?.label,
    figure: row.figure,
    pmid: row.pmid,
    source_id: row.sourceId,
  }),
  rowSchema: TrialListRowSchema,
};
