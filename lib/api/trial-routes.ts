/** /api/trials/{id} and /api/trials/{id}/survival, described once for the /api index and OpenAPI. */
import { ENDPOINT_IDS } from "../trials/data";
import { BAD_QUERY, type ExtraRoute, jsonContent, NOT_MODIFIED, type RouteParameter, schemaRef } from "./catalog";
import { MAX_TIMES } from "./trials";

const ID: RouteParameter = { name: "id", in: "path", description: "The endpoint id, as /api/trials lists it.", allowed: ENDPOINT_IDS };
const FORMAT: RouteParameter = { name: "format", description: "json (the default) or csv.", allowed: ["json", "csv"] };
const NO_SUCH_ENDPOINT = { description: "No such endpoint: the error lists the ids there are.", content: jsonContent(schemaRef("Error")) };

const estimate = {
  type: "object",
  properties: { value: { type: ["number", "null"] }, lower: { type: ["number", "null"] }, upper: { type: ["number", "null"] } },
};

const envelope = (data: unknown) => ({
  type: "object",
  required: ["dataset", "version", "query", "data", "sources"],
  properties: {
    dataset: { const: "trials" },
    version: { type: "string" },
    query: { type: "object", additionalProperties: { type: "string" } },
    leftOut: {
      type: "object",
      description: "Only where times asked for (at) have no estimate: those times, in months, and why.",
      properties: { at: { type: "array", items: { type: "number" } }, reason: { type: "string" } },
    },
    data,
    sources: { type: "array", items: schemaRef("Source") },
  },
});

function route(path: string, operationId: string, summary: string, example: string, parameters: RouteParameter[], data: unknown): ExtraRoute {
  return {
    path,
    summary,
    example,
    parameters,
    operations: {
      get: {
        operationId,
        summary,
        responses: {
          "200": { description: summary, content: { ...jsonContent(envelope(data)), "text/csv": { schema: { type: "string" } } } },
          "304": NOT_MODIFIED,
          "400": BAD_QUERY,
          "404": NO_SUCH_ENDPOINT,
        },
      },
    },
  };
}

export const TRIAL_ROUTE = route(
  "/api/trials/{id}",
  "getTrialEndpoint",
  "One trial endpoint computed from the reconstructed patients: each arm's size, events and median (months, with its 95% interval; null where not reached), the Cox hazard ratio of the experimental arm against control (Efron ties, Wald 95% interval), the log-rank test, and the figures the paper printed (those seen in the paper or a word-for-word copy of it; one not confirmed is left out).",
  "/api/trials/cleopatra-os",
  [ID, FORMAT],
  {
    type: "object",
    properties: {
      id: { type: "string" },
      arms: {
        type: "array",
        items: { type: "object", properties: { arm: { type: "string" }, n: { type: "integer" }, events: { type: "integer" }, median: estimate } },
      },
      hazardRatio: estimate,
      logRank: { type: "object", properties: { chisq: { type: "number" }, p: { type: "number" } } },
      published: { type: "array", items: { type: "object" } },
    },
  },
);

export const TRIAL_SURVIVAL_ROUTE = route(
  "/api/trials/{id}/survival",
  "getTrialSurvival",
  "The Kaplan–Meier curve of each arm: every step (time in months, survival as a proportion from 0 to 1, 95% interval on log S, number at risk), or S(t) at the times asked for, as R's summary(fit, times, extend = TRUE) gives it.",
  "/api/trials/cleopatra-os/survival?at=12,24,36",
  [
    ID,
    {
      name: "at",
      description: `Times in months: up to ${MAX_TIMES} non-negative plain decimals, comma-separated (e.g. 6,12.5,24). Without it, the full step curve. A time past the endpoint's longest follow-up has no estimate: it is left out of data and listed in leftOut with the reason. Past one arm's last follow-up (but not the other's), that arm keeps its last value with 0 at risk, as R's extend = TRUE gives it.`,
    },
    FORMAT,
  ],
  {
    type: "array",
    items: {
      type: "object",
      properties: {
        arm: { type: "string", description: "The arm's id (the trial's own label is in /api/trials/{id})." },
        time: { type: "number", description: "Months since randomisation." },
        survival: {
          type: "number",
          description:
            "S(t): the Kaplan–Meier estimate of the share still free of the endpoint's event, as a proportion from 0 to 1 (as R's survival package gives it; × 100 for percent).",
        },
        lower: {
          type: ["number", "null"],
          description: "Lower bound of the 95% interval (on log S), a proportion from 0 to 1; null where it cannot be computed.",
        },
        upper: {
          type: ["number", "null"],
          description: "Upper bound of the 95% interval (on log S), a proportion from 0 to 1; null where it cannot be computed.",
        },
        atRisk: { type: "integer", description: "Patients still followed and event-free just before time t." },
      },
    },
  },
);
