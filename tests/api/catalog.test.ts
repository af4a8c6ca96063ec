// @vitest-environment node
// The /api index, the OpenAPI description and the JSON 404 for unknown /api paths.
import { describe, expect, it } from "vitest";
import { GET as getUnknown, POST as postUnknown } from "@/app/api/[...path]/route";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { GET as getPrevalence } from "@/app/api/prevalence/route";
import { GET as getIndex } from "@/app/api/route";
import { GET as getSubtypes } from "@/app/api/subtypes/route";
import { GET as getSurvival } from "@/app/api/survival/route";
import { GET as getTherapies } from "@/app/api/therapies/route";
import { DATASET_NAMES, ENDPOINTS } from "@/lib/api/endpoints";
import { MAX_BATCH_CASES } from "@/lib/api/her2-status";
import { CHARTS } from "@/lib/charts/registry";
import { IHC_VALUES } from "@/lib/her2";

const request = (path: string, init: RequestInit = {}) => new Request(`http://localhost${path}`, init);

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: string[];
  $ref?: string;
  maxItems?: number;
  additionalProperties?: boolean;
  description?: string;
}
interface Operation {
  parameters: { name: string; in: string; description?: string; style?: string; explode?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const openApi = async () => (await getOpenApi(request("/api/openapi.json")).json()) as OpenApi;

describe.each([
  ["/api", getIndex],
  ["/api/openapi.json", getOpenApi],
])("GET %s", (path, get) => {
  it("answers format=json, and 304 to its ETag", () => {
    const first = get(request(`${path}?format=json`));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(get(request(path, { headers: { "If-None-Match": first.headers.get("etag")! } })).status).toBe(304);
  });

  it.each([
    ["foo=1&format=csv", "foo", ["format"]],
    ["format=csv", "format", ["json"]],
    ["format=json&format=json", "format", ["json", "csv"]],
  ])("answers ?%s with a 400 naming %s and what is allowed", async (query, parameter, allowed) => {
    const response = get(request(`${path}?${query}`));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { parameter: string; message: string; allowed: string[] } };
    expect(error.parameter).toBe(parameter);
    expect(error.allowed).toEqual(allowed);
  });
});

// Which paths reach the catch-all is Next's routing, checked end to end in tests/e2e/headers.spec.ts.
describe("an unknown /api path", () => {
  it.each([
    ["GET", getUnknown],
    ["POST", postUnknown],
  ])("%s is a JSON 404 listing the routes", async (_, handler) => {
    const response = handler();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const { error } = (await response.json()) as { error: { parameter: null; allowed: string[] } };
    expect(error.parameter).toBeNull();
    expect(error.allowed).toEqual(expect.arrayContaining(["/api", "/api/survival", "/api/her2-status", "/api/charts/{file}"]));
  });
});

describe("the OpenAPI description", () => {
  it("describes every route, with a 304 on every GET", async () => {
    const doc = await openApi();
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api",
        "/api/openapi.json",
        "/api/subtypes",
        "/api/prevalence",
        "/api/survival",
        "/api/therapies",
        "/api/trials",
        "/api/trials/{id}",
        "/api/trials/{id}/survival",
        "/api/predict",
        "/api/her2-status",
        "/api/oembed",
        "/api/charts/{file}",
        "/api/cards/{file}",
      ].sort(),
    );
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(item.get?.responses["304"], `${path} 304`).toBeDefined();
      expect(item.get?.responses["400"], `${path} 400`).toBeDefined();
    }
    for (const path of ["/api/charts/{file}", "/api/cards/{file}"]) {
      const file = doc.paths[path]!.get!.parameters.find((p) => p.name === "file");
      expect(file?.in).toBe("path");
      expect(file?.schema.enum?.length).toBeGreaterThan(1);
    }
  });

  it.each(DATASET_NAMES)("describes each /api/%s filter as a comma-separated list of its allowed values, so a client can check a value", async (name) => {
    const parameters = (await openApi()).paths[`/api/${name}`]!.get!.parameters;
    for (const filter of ENDPOINTS[name].filters) {
      const parameter = parameters.find((p) => p.name === filter.name);
      expect(parameter, filter.name).toMatchObject({ in: "query", style: "form", explode: false });
      expect(parameter?.schema, filter.name).toMatchObject({ type: "array", items: { type: "string", enum: [...filter.allowed] } });
    }
  });

  it("describes a chart image's list options (subtypes, races, compare) as comma-separated lists of their allowed values", async () => {
    const parameters = (await openApi()).paths["/api/charts/{file}"]!.get!.parameters;
    for (const option of new Set(Object.values(CHARTS).flatMap((chart) => chart.options))) {
      const parameter = parameters.find((p) => p.name === option.name);
      if (option.arity === "single") expect(parameter?.schema, option.name).toMatchObject({ type: "string", enum: [...option.allowed] });
      else {
        expect(parameter, option.name).toMatchObject({ style: "form", explode: false });
        expect(parameter?.schema, option.name).toMatchObject({ type: "array", items: { type: "string", enum: [...option.allowed] } });
      }
    }
  });

  it.each(["SubtypesRow", "PrevalenceRow", "SurvivalRow", "TherapiesRow", "TrialsRow"])("defines every field of a %s for a client", async (name) => {
    const { components } = await openApi();
    const properties = Object.entries(components.schemas[name]?.properties ?? {});
    expect(properties.length).toBeGreaterThan(5);
    for (const [field, schema] of properties) expect([field, schema.description]).toEqual([field, expect.stringMatching(/\w{3,}/)]);
  });

  it("generates the error and envelope schemas from zod, the therapies extras included", async () => {
    const { components, paths } = await openApi();
    expect(components.schemas.Error).toMatchObject({ required: ["error"], properties: { error: { $ref: "#/components/schemas/ErrorDetail" } } });
    expect(components.schemas.ErrorDetail?.required).toEqual(["parameter", "message"]);
    expect(Object.keys(components.schemas.ErrorDetail?.properties ?? {})).toEqual(["parameter", "message", "allowed"]);
    const therapies = components.schemas.TherapiesEnvelope!;
    expect(therapies.required).toEqual(expect.arrayContaining(["asOf", "asOfNote", "excluded", "data", "sources"]));
    expect(therapies.properties?.data?.items?.$ref).toBe("#/components/schemas/TherapiesRow");
    expect(therapies.properties?.sources?.items?.$ref).toBe("#/components/schemas/Source");
    expect(components.schemas.SubtypesEnvelope?.required).toContain("definitions");
    expect(paths["/api/therapies"]!.get!.responses["200"]!.content!["application/json"]!.schema.$ref).toBe("#/components/schemas/TherapiesEnvelope");
    // No stand-alone JSON Schema headers inside the document.
    expect(JSON.stringify(components)).not.toMatch(/"\$(schema|id)"/);
  });

  it.each([
    ["subtypes", getSubtypes],
    ["prevalence", getPrevalence],
    ["survival", getSurvival],
    ["therapies", getTherapies],
  ])("the %s envelope schema names exactly the fields served", async (name, get) => {
    const { components } = await openApi();
    const body = (await get(request(`/api/${name}`)).json()) as Record<string, unknown> & { data: Record<string, unknown>[] };
    const envelope = components.schemas[`${name[0]!.toUpperCase()}${name.slice(1)}Envelope`]!;
    expect(Object.keys(body).sort()).toEqual(Object.keys(envelope.properties!).sort());
    const rowFields = Object.keys(components.schemas[`${name[0]!.toUpperCase()}${name.slice(1)}Row`]!.properties!);
    for (const row of body.data) for (const field of Object.keys(row)) expect(rowFields, `${name}.${field}`).toContain(field);
  });

  it.each([
    ["survival", getSurvival, "?stage=all&subtype=hr-neg-her2-pos,hr-pos-her2-pos", { stage: "all", subtype: "hr-neg-her2-pos,hr-pos-her2-pos" }],
    ["prevalence", getPrevalence, "?by=race", { by: "race" }],
    ["subtypes", getSubtypes, "", {}],
    ["therapies", getTherapies, "?population=her2-low", { population: "her2-low" }],
  ])("the %s answer echoes its query as design.md shows it, one string per filter, and the schema says so", async (name, get, search, query) => {
    const { components } = await openApi();
    const body = (await get(request(`/api/${name}${search}`)).json()) as { query: unknown };
    expect(body.query).toEqual(query);
    const envelope = components.schemas[`${name[0]!.toUpperCase()}${name.slice(1)}Envelope`]!;
    expect(envelope.properties?.query).toMatchObject({ type: "object", additionalProperties: { type: "string" } });
  });

  it("derives the her2-status parameters from lib/her2, and describes the batch POST", async () => {
    const item = (await openApi()).paths["/api/her2-status"]!;
    const byName = new Map(item.get!.parameters.map((p) => [p.name, p]));
    expect(byName.get("ihc")?.schema.enum).toEqual([...IHC_VALUES]);
    expect(byName.get("ihc")?.description).toMatch(/with or without one trailing "\+"/);
    expect(byName.get("ihc")?.description).toMatch(/"2\+\+" is rejected/);
    for (const name of ["ratio", "copies", "cep17"]) expect(byName.get(name)?.description).toMatch(/positive.*0 is rejected/);
    expect(byName.get("assay")?.schema.enum).toEqual(["dual", "single"]);
    const post = item.post!;
    expect(post.parameters).toEqual([]);
    const body = post.requestBody!.content["application/json"]!.schema;
    expect(body).toMatchObject({ type: "array", maxItems: MAX_BATCH_CASES, items: { type: "object", additionalProperties: false } });
    expect(Object.keys(body.items!.properties!)).toEqual([...byName.keys()]);
    expect(Object.keys(post.responses).sort()).toEqual(["200", "400", "413", "415"]);
  });
});
