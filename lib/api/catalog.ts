/**
 * The /api index and the OpenAPI 3.1 description, both generated from the endpoint table, the route
 * descriptions and the zod schemas (rows, envelopes, errors), so the documents cannot drift from what
 * the routes serve.
 */
import { z } from "zod";
import { DATA_VERSION, datasets, SourceSchema, sourcesFor } from "../datasets";
import { DATASET_NAMES, ENDPOINTS } from "./endpoints";
import { fieldDefinitions } from "./field-definitions";
import { FORMATS } from "./query";
import { ApiErrorDetailSchema, ApiErrorSchema, envelopeSchema } from "./schemas";

export interface RouteParameter {
  name: string;
  description: string;
  allowed?: readonly string[];
  /** Several of `allowed`, comma-separated in one parameter. */
  list?: boolean;
  in?: "query" | "path";
  required?: boolean;
}

/** A route that is not a dataset (e.g. /api/her2-status), described once for the index and OpenAPI. */
export interface ExtraRoute {
  /** The OpenAPI path, with {templates} for path parameters. */
  path: string;
  summary: string;
  /** A URL that answers 200, for checks that visit every route. */
  example: string;
  parameters: readonly RouteParameter[];
  /** The OpenAPI path item (get, post…) beyond what the parameters above say. */
  operations: Record<string, OpenApiOperation>;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export function jsonContent(schema: unknown) {
  return { "application/json": { schema } };
}

/** The answers every read-only route shares: not modified, and a malformed query. */
export const NOT_MODIFIED = { description: "Not modified (If-None-Match matched the ETag)." };
export const BAD_QUERY = { description: "Malformed query: the error names the parameter and the allowed values.", content: jsonContent(schemaRef("Error")) };

export function openApiParameter(p: RouteParameter) {
  const where = p.in ?? "query";
  return {
    name: p.name,
    in: where,
    required: where === "path" || (p.required ?? false),
    description: p.description,
    ...(p.list && p.allowed ? listSchema(p.allowed) : { schema: p.allowed ? { type: "string", enum: p.allowed } : { type: "string" } }),
  };
}

/** "a,b" in one parameter: OpenAPI's form style without explode, so a client can check each value. */
function listSchema(allowed: readonly string[]) {
  return { style: "form", explode: false, schema: { type: "array", items: { type: "string", enum: allowed }, examples: [[allowed[0]]] } };
}

/** The fixed documents: /api and /api/openapi.json take only format=json. */
const FORMAT_JSON_ONLY: RouteParameter = { name: "format", description: "Only json (the default); CSV is offered by the dataset routes.", allowed: ["json"] };

function documentRoute(path: string, operationId: string, summary: string): ExtraRoute {
  return {
    path,
    summary,
    example: path,
    parameters: [FORMAT_JSON_ONLY],
    operations: {
      get: {
        operationId,
        summary,
        responses: {
          "200": { description: summary, content: jsonContent({ type: "object" }) },
          "304": NOT_MODIFIED,
          "400": { description: "Any parameter other than format=json.", content: jsonContent(schemaRef("Error")) },
        },
      },
    },
  };
}

const DOCUMENT_ROUTES: readonly ExtraRoute[] = [
  documentRoute("/api", "getIndex", "The index: every dataset with its fields, filters, row count and sources, every other route, and every source."),
  documentRoute("/api/openapi.json", "getOpenApi", "This OpenAPI 3.1 description."),
];

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
        fields: fieldDefinitions(endpoint.rowSchema).map((field) => field.name),
        filters: endpoint.filters.map(({ name: filter, allowed, description }) => ({ name: filter, allowed, description })),
        rows: endpoint.rows.length,
        // The rows' sources, then any the envelope cites (the trials' reconstruction).
        sources: [...new Set([...endpoint.rows.map((row) => row.sourceId), ...sourcesFor(endpoint.envelope?.value ?? {}).map((source) => source.id)])],
        examples: [endpoint.path, `${endpoint.path}?format=csv`],
      };
    }),
    routes: [...DOCUMENT_ROUTES, ...extraRoutes].map(({ path, summary, example, parameters }) => ({ path, summary, example, parameters })),
    sources: datasets.sources,
  };
}

function listParameter(name: string, description: string, allowed: readonly string[]) {
  return {
    name,
    in: "query",
    required: false,
    description: `${description} One value or a comma-separated list of: ${allowed.join(", ")}.`,
    ...listSchema(allowed),
  };
}

const capitalised = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

/**
 * Every named schema, generated from zod in one pass so shared ones (Source, ErrorDetail) are
 * $refs rather than copies. JSON Schema 2020-12, which OpenAPI 3.1 uses as is.
 */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(SourceSchema, { id: "Source" });
  registry.add(ApiErrorDetailSchema, { id: "ErrorDetail" });
  registry.add(ApiErrorSchema, { id: "Error" });
  for (const name of DATASET_NAMES) {
    const endpoint = ENDPOINTS[name];
    registry.add(endpoint.rowSchema, { id: `${capitalised(name)}Row` });
    registry.add(envelopeSchema(name, endpoint.rowSchema, endpoint.envelope?.schema), { id: `${capitalised(name)}Envelope` });
  }
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" });
  // Each schema lives inside this document: no stand-alone $schema or $id.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema]));
}

export function openApiDocument(extraRoutes: readonly ExtraRoute[] = []) {
  const paths: Record<string, unknown> = {};
  for (const name of DATASET_NAMES) {
    const endpoint = ENDPOINTS[name];
    paths[endpoint.path] = {
      get: {
        operationId: `get${capitalised(name)}`,
        summary: endpoint.description,
        parameters: [
          ...endpoint.filters.map((f) => listParameter(f.name, f.description, f.allowed)),
          { name: "format", in: "query", required: false, schema: { type: "string", enum: FORMATS, default: "json" } },
        ],
        responses: {
          "200": {
            description: "The matching rows with the sources they cite (an empty data array when nothing matches).",
            content: { ...jsonContent(schemaRef(`${capitalised(name)}Envelope`)), "text/csv": { schema: { type: "string" } } },
          },
          "304": NOT_MODIFIED,
          "400": BAD_QUERY,
        },
      },
    };
  }
  for (const route of [...DOCUMENT_ROUTES, ...extraRoutes]) {
    paths[route.path] = Object.fromEntries(
      Object.entries(route.operations).map(([method, operation]) => [method, { parameters: route.parameters.map(openApiParameter), ...operation }]),
    );
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "HER2 Atlas API",
      version: DATA_VERSION,
      description:
        "Sourced figures on HER2-positive breast cancer: subtypes, prevalence, survival and US FDA approvals of HER2-targeted drugs; a HER2 test-result classifier; chart images. Every figure carries a sourceId that resolves to a full citation.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: componentSchemas() },
  };
}
