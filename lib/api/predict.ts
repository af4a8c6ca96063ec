/**
 * /api/predict: PREDICT Breast v3.2 for one patient, the inputs as query parameters. Validation and
 * the model are lib/predict's; this module speaks HTTP and describes the route once.
 */
import { toCsv } from "../csv/format";
import { DATA_VERSION, sourceFor } from "../datasets";
import { PREDICT_SOURCE_IDS, predictCoefficients } from "../predict/coefficients";
import { PREDICT_FIELDS, predictCautions } from "../predict/fields";
import { CHECKED_RANGES, parsePredictQuery } from "../predict/inputs";
import { predictOutcomes } from "../predict/model";
import { TREATMENTS } from "../predict/treatments";
import { BAD_QUERY, type ExtraRoute, jsonContent, NOT_MODIFIED, schemaRef } from "./catalog";
import { csvResponse, errorResponse, jsonResponse } from "./respond";

/** The model's name, version and licence, said the same way in every answer. */
export const PREDICT_MODEL = {
  name: predictCoefficients.model,
  implementation: "HER2 Atlas TypeScript, written from benefits32 of the R package predictv30r 0.3.2 (MIT, copyright 2022 University of Cambridge)",
  licence: "MIT",
} as const;

export function predictResponse(request: Request): Response {
  const parsed = parsePredictQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(parsed.error);
  const { years, results } = predictOutcomes(parsed.input);
  if (parsed.format === "csv") {
    const rows = results.flatMap((result) =>
      years.map((year, i) => ({
        treatment: result.treatment,
        year,
        allCauseSurvival: result.allCauseSurvival[i],
        breastCancerDeaths: result.breastCancerDeaths[i],
        otherDeaths: result.otherDeaths[i],
      })),
    );
    return csvResponse(request, "predict.csv", toCsv(rows, ["treatment", "year", "allCauseSurvival", "breastCancerDeaths", "otherDeaths"]));
  }
  const query = Object.fromEntries(Object.entries(parsed.input).map(([name, value]) => [name, String(value)]));
  return jsonResponse(request, {
    dataset: "predict",
    version: DATA_VERSION,
    model: PREDICT_MODEL,
    query,
    data: { input: parsed.input, years, results },
    // A dose the model takes but whose results were never checked: answered, with the page's caution.
    cautions: Object.entries(predictCautions(parsed.input)).map(([parameter, message]) => ({ parameter, message })),
    sources: PREDICT_SOURCE_IDS.map(sourceFor),
  });
}

const EXAMPLE = "/api/predict?age=42&screen=0&size=25&grade=3&nodes=1&er=0&her2=1&ki67=1&pr=0&generation=3&horm=0&traz=1&bis=0&radio=1&heartGy=2&smoker=0";

const series = { type: "array", items: { type: "number" }, minItems: 15, maxItems: 15 };

export const PREDICT_ROUTE: ExtraRoute = {
  path: "/api/predict",
  summary:
    "PREDICT Breast v3.2 for one woman with early invasive breast cancer after surgery: of 100 women like her, how many are alive 1–15 years later, and how many died of breast cancer or of other causes, with each cumulative treatment sequence (percent). Every parameter is required; a missing, unknown, repeated, malformed or out-of-range one is a 400 naming it.",
  example: EXAMPLE,
  parameters: [
    ...PREDICT_FIELDS.map((field) => ({
      name: field.name,
      required: true,
      description:
        field.kind === "code"
          ? `${field.label}: ${field.description} ${field.options.map((option) => `${option.value} ${option.label}`).join("; ")}.`
          : `${field.label} (${field.unit}): ${field.description}`,
      allowed: field.kind === "code" ? field.options.map((option) => String(option.value)) : undefined,
    })),
    { name: "format", description: "json (the default) or csv (one row per treatment sequence and year).", allowed: ["json", "csv"] },
  ],
  operations: {
    get: {
      operationId: "getPredict",
      summary: "PREDICT Breast v3.2 outcomes for one patient.",
      responses: {
        "200": {
          description: `Years 1–15 and, for each sequence (${TREATMENTS.map((t) => t.name).join(", ")}), all-cause survival, breast-cancer deaths and other deaths in percent (they add up to 100).`,
          content: {
            ...jsonContent({
              type: "object",
              required: ["dataset", "version", "model", "query", "data", "cautions", "sources"],
              properties: {
                dataset: { const: "predict" },
                version: { type: "string" },
                model: { type: "object" },
                query: { type: "object", additionalProperties: { type: "string" } },
                data: {
                  type: "object",
                  properties: {
                    input: { type: "object" },
                    years: { type: "array", items: { type: "integer" } },
                    results: {
                      type: "array",
                      items: {
                        type: "object",
                        properties: {
                          treatment: { enum: TREATMENTS.map((t) => t.name) },
                          allCauseSurvival: series,
                          breastCancerDeaths: series,
                          otherDeaths: series,
                        },
                      },
                    },
                  },
                },
                cautions: {
                  description: `Answers the model takes but whose results need a caveat (a size, node count or heart dose above those its results were checked at, ${CHECKED_RANGES.size.max} mm, ${CHECKED_RANGES.nodes.max} nodes, ${CHECKED_RANGES.heartGy.max} Gy; a bisphosphonate, whose benefit its authors meant for women past the menopause): the parameter and what to check. Empty when there is none.`,
                  type: "array",
                  items: { type: "object", required: ["parameter", "message"], properties: { parameter: { type: "string" }, message: { type: "string" } } },
                },
                sources: { type: "array", items: schemaRef("Source") },
              },
            }),
            "text/csv": { schema: { type: "string" } },
          },
        },
        "304": NOT_MODIFIED,
        "400": BAD_QUERY,
      },
    },
  },
};
