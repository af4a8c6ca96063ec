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
  "One trial endpoint computed from the reconstructed patients: each arm's size, events and median (months, with its 95% interval; null where not reached), the Cox hazard ratio of the experimental arm against control (Efron ties, Wald 95% interval), the log-rank test, and the figures the paper printed.",
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
  "The Kaplan–Meier curve of each arm: every step (time in months, survival, 95% interval on log S, number at risk), or S(t) at the times asked for, as R's summary(fit, times, extend = TRUE) gives it.",
  "/api/trials/cleopatra-os/survival?at=12,24,36",
  [
    ID,
    {
      name: "at",
      description: `Times in months: up to ${MAX_TIMES} non-negative plain decimals, comma-separated (e.g. 6,12.5,24). Without it, the full step curve.`,
    },
    FORMAT,
  ],
  {
    type: "array",
    items: {
      type: "object",
      properties: {
        arm: { type: "string" },
        time: { type: "number" },
        survival: { type: "number" },
        lower: { type: ["number", "null"] },
        upper: { type: ["number", "null"] },
        atRisk: { type: "integer" },
      },
    },
  },
);
