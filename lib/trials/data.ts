/**
 * The trials dataset: data/trials.json (trials, endpoints, the papers' printed figures) validated
 * once, and each endpoint's reconstructed patient rows (data/trials/<id>.csv) read on first use.
 * Server-only: it reads the CSVs from disk, so a page or route imports it, never a client component.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import trialsFile from "../../data/trials.json";
import { datasets } from "../datasets";
import { type TRIAL_SETTINGS, type Trial, type TrialEndpoint, TrialsFileSchema } from "../datasets/trials-schema";
import { checkReferences, DataFileError, parseDataFile } from "../datasets/validate";
import { parseTrialCsv } from "./csv";
import type { Observation } from "./statistics";

export const trials = parseDataFile("data/trials.json", trialsFile, TrialsFileSchema);

const sourceIds = new Set(datasets.sources.map((source) => source.id));
checkReferences("data/trials.json", [...trials.trials, { id: "dataSourceId", sourceId: trials.dataSourceId }], sourceIds);
checkReferences(
  "data/trials.json",
  trials.endpoints.map((endpoint) => ({ id: endpoint.id, sourceId: endpoint.publishedSourceId })),
  sourceIds,
);

const trialById = new Map(trials.trials.map((trial) => [trial.id, trial]));
const endpointById = new Map(trials.endpoints.map((endpoint) => [endpoint.id, endpoint]));
checkEndpointArms();

export const ENDPOINT_IDS = trials.endpoints.map((endpoint) => endpoint.id);

export function isEndpointId(id: string): boolean {
  return endpointById.has(id);
}

export function trialEndpoint(id: string): TrialEndpoint | undefined {
  return endpointById.get(id);
}

/** The trial an endpoint belongs to (validated to exist when this module loads). */
export function trialOf(endpoint: TrialEndpoint): Trial {
  return trialById.get(endpoint.trial) as Trial;
}

/** Each endpoint's two arms, control first, with what each received. */
export function endpointArms(endpoint: TrialEndpoint): [Trial["arms"][number], Trial["arms"][number]] {
  const arms = trialOf(endpoint).arms;
  const arm = (code: string) => arms.find((a) => a.arm === code) as Trial["arms"][number];
  return [arm(endpoint.controlArm), arm(endpoint.experimentalArm)];
}

/** Where the CSVs are: beside data/trials.json, from the app's working directory (the repo, or the standalone folder). */
const CSV_DIR = join(process.cwd(), "data", "trials");

const recordsCache = new Map<string, Record<string, Observation[]>>();

/** One endpoint's patients, grouped by arm code. */
export function endpointObservations(id: string): Record<string, Observation[]> {
  const cached = recordsCache.get(id);
  if (cached) return cached;
  if (!endpointById.has(id)) throw new Error(`Unknown trial endpoint "${id}"`);
  const byArm: Record<string, Observation[]> = {};
  for (const row of parseTrialCsv(readFileSync(join(CSV_DIR, `${id}.csv`), "utf8"))) {
    byArm[row.arm] ??= [];
    byArm[row.arm]?.push({ time: row.time, event: row.event });
  }
  recordsCache.set(id, byArm);
  return byArm;
}

/** Every endpoint names arms its trial lists, and the published figures name only the endpoint's arms. */
function checkEndpointArms() {
  const problems: string[] = [];
  trials.endpoints.forEach((endpoint, index) => {
    const trial = trialById.get(endpoint.trial);
    if (!trial) {
      problems.push(`endpoints[${index}] (${endpoint.id}).trial: "${endpoint.trial}" is not a trial in the file`);
      return;
    }
    const codes = new Set(trial.arms.map((arm) => arm.arm));
    for (const code of [endpoint.controlArm, endpoint.experimentalArm]) {
      if (!codes.has(code)) problems.push(`endpoints[${index}] (${endpoint.id}): arm "${code}" is not an arm of ${trial.name}`);
    }
    for (const figure of endpoint.published) {
      if ("arm" in figure && figure.arm !== endpoint.controlArm && figure.arm !== endpoint.experimentalArm) {
        problems.push(`endpoints[${index}] (${endpoint.id}).published: arm "${figure.arm}" is not one of this endpoint's arms`);
      }
    }
  });
  if (problems.length) throw new DataFileError("data/trials.json", problems);
}

/**
 * The arm that tells an endpoint from the others of its trial with the same name, where the trial
 * compared several (MARIANNE, ALTTO, NeoALTTO): "T-DM1 with pertuzumab". Null where one comparison.
 */
export function comparedArm(endpoint: TrialEndpoint): string | null {
  const comparisons = new Set(trials.endpoints.filter((other) => other.trial === endpoint.trial).map((other) => other.experimentalArm));
  return comparisons.size > 1 ? endpointArms(endpoint)[1].plain : null;
}

/**
 * An endpoint's name on its own: the trial, the endpoint, and the arm it tests where the trial
 * compared several ("MARIANNE: progression-free survival (T-DM1 with pertuzumab)"). Several trials
 * have an "overall survival", so a name without its trial would not say which.
 */
export function endpointTitle(endpoint: TrialEndpoint): string {
  const arm = comparedArm(endpoint);
  return `${trialOf(endpoint).name}: ${endpoint.endpoint}${arm ? ` (${arm})` : ""}`;
}

/** The picker's groups: early breast cancer first, then metastatic, as the trials' settings say. */
const SETTING_GROUPS: readonly { setting: (typeof TRIAL_SETTINGS)[number]; label: string }[] = [
  { setting: "early", label: "Early breast cancer" },
  { setting: "metastatic", label: "Metastatic breast cancer" },
];

/**
 * The endpoint picker's choices, grouped by setting (a reader newly diagnosed looks for early
 * breast cancer, and a trial's name does not say which it is), trials in the file's order within
 * each; each option names its trial, so a closed select reads it whole.
 */
export function endpointChoices(): { group: string; endpoints: { id: string; label: string }[] }[] {
  return SETTING_GROUPS.map(({ setting, label }) => ({
    group: label,
    endpoints: trials.trials
      .filter((trial) => trial.setting === setting)
      .flatMap((trial) => trials.endpoints.filter((endpoint) => endpoint.trial === trial.id))
      .map((endpoint) => ({ id: endpoint.id, label: endpointTitle(endpoint) })),
  }));
}

/** The curve to link for a trial named as an approval's pivotal trial: its first endpoint in the file (overall survival where there is one). */
export function trialCurveFor(trialName: string): TrialEndpoint | undefined {
  const trial = trials.trials.find((t) => t.name.toLowerCase() === trialName.toLowerCase());
  return trial && trials.endpoints.find((endpoint) => endpoint.trial === trial.id);
}
