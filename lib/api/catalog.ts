/** The /api index and the OpenAPI 3.1 description, both generated from the endpoint table and zod schemas. */
import { z } from "zod";
import { DATA_VERSION, datasets, SourceSchema } from "../datasets";
import { DATASET_NAMES, ENDPOINTS } from "./endpoints";
import { FORMATS } from "./query";

function fieldsOf(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { unrepresentable: "any" }) as { properties?: Record<string, unknown> };
  return Object.keys(json.properties ?? {});
}

/** Extra routes that are not datasets register their own description here (e.g. /api/her2-status). */
export interface ExtraRoute {
  path: string;
  summary: string;
  parameters: { name: string; description: string; allowed?: readonly string[] }[];
}

export function apiIndex(extraRoutes: readonly ExtraRoute[] = []) {
  return {
    name: "HER2 Atlas API",
    version: DATA_VERSION,
    documentation: "/api/openapi.json",
    conventions: {
      formats: FORMATS,
      filters: "Each filter takes one value or a comma-separated list; a missing filter means all.",
      errors: "A malformed query answers 400 with { error: { parameter, message, allowed } }.",
      units: "Values are numbers in the unit named by each row's unit; percent is 0–100.",
    },
    datasets: DATASET_NAMES.map((name) => {
      const endpoint = ENDPOINTS[name];
      return {
        dataset: name,
        path: endpoint.path,
        description: endpoint.description,
        fields: fieldsOf(endpoint.rowSchema),
        filters: endpoint.filters.map(({ name: filter, allowed, description }) => ({ name: filter, allowed, description })),
        rows: endpoint.rows.length,
        sources: [...new Set(endpoint.rows.map((row) => row.sourceId))],
        examples: [endpoint.path, `${endpoint.path}?format=csv`],
      };
    }),
    routes: extraRoutes,
    sources: datasets.sources,
  };
}

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["parameter", "message"],
      properties: {
        parameter: { type: ["string", "null"] },
        message: { type: "string" },
        allowed: { type: "array", items: { type: "string" } },
      },
    },
  },
} as const;

function listParameter(name: string, description: string, allowed: readonly string[]) {
  return {
    name,
    in: "query",
    required: false,
    description: `${description} One value or a comma-separated list of: ${allowed.join(", ")}.`,
    schema: { type: "string", examples: [allowed[0]] },
  };
}

export function openApiDocument(extraRoutes: readonly ExtraRoute[] = []) {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { Error: errorSchema, Source: z.toJSONSchema(SourceSchema) };
  for (const name of DATASET_NAMES) {
    const endpoint = ENDPOINTS[name];
    const rowName = `${name[0]!.toUpperCase()}${name.slice(1)}Row`;
    schemas[rowName] = z.toJSONSchema(endpoint.rowSchema, { unrepresentable: "any" });
    paths[endpoint.path] = {
      get: {
        operationId: `get${rowName.replace("Row", "")}`,
        summary: endpoint.description,
        parameters: [
          ...endpoint.filters.map((f) => listParameter(f.name, f.description, f.allowed)),
          { name: "format", in: "query", required: false, schema: { type: "string", enum: FORMATS, default: "json" } },
        ],
        responses: {
          "200": {
            description: "The matching rows with their sources (an empty data array when nothing matches).",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["dataset", "version", "query", "data", "sources"],
                  properties: {
                    dataset: { const: name },
                    version: { type: "string" },
                    query: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
                    data: { type: "array", items: { $ref: `#/components/schemas/${rowName}` } },
                    sources: { type: "array", items: { $ref: "#/components/schemas/Source" } },
                  },
                },
              },
              "text/csv": { schema: { type: "string" } },
            },
          },
          "304": { description: "Not modified (If-None-Match matched the ETag)." },
          "400": { description: "Malformed query.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    };
  }
  for (const route of extraRoutes) {
    paths[route.path] = {
      get: {
        summary: route.summary,
        parameters: route.parameters.map((p) => ({
          name: p.name,
          in: "query",
          required: false,
          description: p.description,
          schema: p.allowed ? { type: "string", enum: p.allowed } : { type: "string" },
        })),
        responses: {
          "200": { description: "The result.", content: { "application/json": { schema: { type: "object" } } } },
          "400": { description: "Invalid input.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "HER2 Atlas API",
      version: DATA_VERSION,
      description: "Sourced figures on HER2-positive breast cancer: subtypes, prevalence and survival. Every figure carries a sourceId that resolves to a full citation.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas },
  };
}
