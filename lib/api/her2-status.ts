/**
 * /api/her2-status: classify one HER2 test result (GET) or a batch of up to 10,000 (POST).
 * Validation and classification are lib/her2's; this module only speaks HTTP.
 */

import { DATA_VERSION, sourceFor } from "../datasets";
import { safeExcerpt } from "../excerpt";
import { formatNumber } from "../format";
import { classifyHer2, HER2_ALLOWED_VALUES, HER2_PARAMETERS, type Her2Parameter, parseHer2Fields, parseHer2QueryString, ULTRALOW_RULE } from "../her2";
import { classificationSources, publishedClassification } from "../her2/result-text";
import { type ExtraRoute, jsonContent, NOT_MODIFIED, schemaRef } from "./catalog";
import { JSON_MEDIA_TYPE, readJsonBody } from "./json-body";
import { errorResponse, jsonResponse, uncachedJsonResponse } from "./respond";
import type { ApiErrorDetail } from "./schemas";

export const MAX_BATCH_CASES = 10_000;
/** About 300 bytes a case is generous; anything larger is not a batch of cases. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/** A batch nests 2 deep (an array of objects); 8 leaves room for a case with a wrong, nested field to get its own error. */
export const MAX_BODY_DEPTH = 8;

/** The release and the sources of an answer's text, as every dataset answer names them. */
const CITED_SCHEMA = { version: { type: "string" }, sources: { type: "array", items: schemaRef("Source") } };

/** What each parameter means; its allowed values come from lib/her2, whose parser enforces them. */
const PARAMETER_DESCRIPTIONS: Record<Her2Parameter, string> = {
  ihc: 'IHC score: 0, 1, 2 or 3, with or without one trailing "+" (2 and 2+ are the same; surrounding spaces are ignored). Send the plus as %2B; a single unencoded "+" (which arrives as a space) is also read as the plus, but "2++" is rejected.',
  ultralow: `Only with IHC 0: true for HER2-ultralow (${ULTRALOW_RULE}), false for HER2-null (no membrane staining at all).`,
  ratio: "Dual-probe ISH HER2/CEP17 ratio: a positive plain decimal such as 2.1 (0 is rejected: a count of zero is a failed hybridisation).",
  copies: "Average HER2 signals per cell: a positive plain decimal (0 is rejected).",
  cep17: "Average CEP17 signals per cell: a positive plain decimal (0 is rejected). With copies and no ratio, the ratio is copies ÷ cep17.",
  recountRatio: "HER2/CEP17 ratio from the blinded recount (IHC 2+ with ISH group 2, 3 or 4 only): a positive plain decimal.",
  recountCopies: "Average HER2 signals per cell from the blinded recount: a positive plain decimal.",
  assay: "ISH assay: dual (the default) or single probe.",
};

const parameters = HER2_PARAMETERS.map((name) => ({ name, description: PARAMETER_DESCRIPTIONS[name], allowed: HER2_ALLOWED_VALUES[name] }));

const SUMMARY =
  "Classify one HER2 test result through the ASCO/CAP 2018/2023 algorithm. Returns { result } with kind (final or pending), status, category, ISH group, recount group, next step, the path of flow-graph node ids, report wording and plain-language and clinical text, with the data release (version) and the sources that text rests on.";

/** In a JSON body a field may also be a plain JSON value: the IHC score a number, ultralow a boolean. */
const JSON_ALTERNATIVES: Partial<Record<Her2Parameter, object>> = { ihc: { type: "integer", minimum: 0, maximum: 3 }, ultralow: { type: "boolean" } };

/** A case in a POST body: the GET parameters as fields (null means not given). */
const caseSchema = {
  type: "object",
  additionalProperties: false,
  properties: Object.fromEntries(
    parameters.map(({ name, description, allowed }) => {
      const asText = allowed ? { type: "string", enum: allowed } : { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*$" };
      const asJson = allowed ? JSON_ALTERNATIVES[name] : { type: "number", exclusiveMinimum: 0 };
      return [name, { description, oneOf: [asText, ...(asJson ? [asJson] : []), { type: "null" }] }];
    }),
  ),
};
const classificationSchema = {
  type: "object",
  required: ["kind", "path"],
  properties: { kind: { enum: ["final", "pending"] }, path: { type: "array", items: { type: "string" } } },
  description:
    "The classification (kind, status, category, withComment, ishGroup, recountGroup, nextStep, path and the texts: report, comment on a negative result, plain, clinical, and a caveat where the report's wording is not confirmed for the path, as after ISH group 2's recount).",
};

export const HER2_STATUS_ROUTE: ExtraRoute = {
  path: "/api/her2-status",
  summary: `${SUMMARY} POST a JSON array of up to ${formatNumber(MAX_BATCH_CASES, 0)} cases (objects with the same fields) to classify many at once.`,
  example: "/api/her2-status?ihc=3%2B",
  parameters,
  operations: {
    get: {
      operationId: "getHer2Status",
      summary: SUMMARY,
      responses: {
        "200": {
          description: "The classification, the data release, and the sources its text rests on.",
          content: jsonContent({ type: "object", required: ["result", "version", "sources"], properties: { result: classificationSchema, ...CITED_SCHEMA } }),
        },
        "304": NOT_MODIFIED,
        "400": {
          description: "Invalid or contradictory input: the error names the parameter (and the allowed values, where there is a fixed set).",
          content: jsonContent(schemaRef("Error")),
        },
      },
    },
    post: {
      operationId: "classifyHer2Batch",
      summary: `Classify a batch: a JSON array of up to ${formatNumber(MAX_BATCH_CASES, 0)} cases, answered in order, one result or error per case (a bad case does not stop the others). Never cached.`,
      parameters: [],
      requestBody: { required: true, content: jsonContent({ type: "array", maxItems: MAX_BATCH_CASES, items: caseSchema }) },
      responses: {
        "200": {
          description: "One entry per case, in order: { result } or { error }.",
          content: jsonContent({
            type: "object",
            required: ["results", "version", "sources"],
            properties: {
              ...CITED_SCHEMA,
              results: {
                type: "array",
                items: {
                  oneOf: [
                    { type: "object", required: ["result"], properties: { result: classificationSchema } },
                    { type: "object", required: ["error"], properties: { error: schemaRef("ErrorDetail") } },
                  ],
                },
              },
            },
          }),
        },
        "400": {
          description: `The body is not JSON, not an array, or nests arrays or objects more than ${MAX_BODY_DEPTH} deep.`,
          content: jsonContent(schemaRef("Error")),
        },
        "413": {
          description: `More than ${formatNumber(MAX_BATCH_CASES, 0)} cases, or a body over ${MAX_BATCH_BYTES / 1024 / 1024} MB.`,
          content: jsonContent(schemaRef("Error")),
        },
        "415": {
          description: `The body is not sent as ${JSON_MEDIA_TYPE}: the error lists the accepted media types.`,
          content: jsonContent(schemaRef("Error")),
        },
      },
    },
  },
};

export function her2StatusGet(request: Request): Response {
  // The raw query, not searchParams: a decoded "+" is a space, and "ihc=2++" must stay invalid.
  const parsed = parseHer2QueryString(new URL(request.url).search);
  if (!parsed.ok) return errorResponse(parsed.error);
  const classification = classifyHer2(parsed.input);
  return jsonResponse(request, { result: publishedClassification(classification), ...cited(classificationSources(classification)) });
}

/** The data release and, in full, each source a result's text rests on (the result card's list), once. */
function cited(sourceIds: readonly string[]) {
  return { version: DATA_VERSION, sources: [...new Set(sourceIds)].map(sourceFor) };
}

type BatchEntry = { result: ReturnType<typeof publishedClassification> } | { error: ApiErrorDetail };

export async function her2StatusPost(request: Request): Promise<Response> {
  // The cases travel in the body: a query beside them would be silently ignored, so it is refused.
  const [queried] = new URL(request.url).searchParams.keys();
  if (queried !== undefined) {
    return errorResponse({ parameter: safeExcerpt(queried), message: "A batch takes no query: send each case's fields in the JSON body." });
  }
  const read = await readJsonBody(request, { maxBytes: MAX_BATCH_BYTES, maxDepth: MAX_BODY_DEPTH });
  if (!read.ok) return errorResponse(read.error, read.status);
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return errorResponse({
      parameter: null,
      message: "The body must be JSON: an array of cases, each an object with the GET parameters as fields.",
      allowed: HER2_PARAMETERS,
    });
  }
  if (!Array.isArray(body)) {
    return errorResponse({ parameter: null, message: "The body must be a JSON array of cases.", allowed: HER2_PARAMETERS });
  }
  if (body.length > MAX_BATCH_CASES) {
    return errorResponse({ parameter: null, message: `At most ${MAX_BATCH_CASES} cases per request; split the batch.` }, 413);
  }
  const sourceIds: string[] = [];
  const results: BatchEntry[] = body.map((item) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      return { error: { parameter: null, message: "Each case must be a JSON object.", allowed: HER2_PARAMETERS } };
    }
    const parsed = parseHer2Fields(item as Record<string, unknown>);
    if (!parsed.ok) return { error: parsed.error };
    const classification = classifyHer2(parsed.input);
    sourceIds.push(...classificationSources(classification));
    return { result: publishedClassification(classification) };
  });
  return uncachedJsonResponse({ results, ...cited(sourceIds) });
}
