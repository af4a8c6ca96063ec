/**
 * A dataset row's fields as a reader of the API meets them: name, kind of value and definition, read
 * from the row's zod schema (through its JSON Schema, as the OpenAPI document is), so the data page,
 * the /api index and OpenAPI name the same fields with the same words.
 */
import { z } from "zod";

export interface FieldDefinition {
  name: string;
  /** The kind of value in a reader's words: "number or null", "code", "list of codes"… */
  type: string;
  /** Absent from rows that do not need it (e.g. unavailableReason where there is a value). */
  optional: boolean;
  description: string;
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
}

const TYPE_WORDS: Record<string, string> = { string: "text", number: "number", integer: "whole number", boolean: "true or false", object: "object" };

/** One JSON Schema type in words; a fixed vocabulary (enum, const) is a "code". */
function singleType(schema: JsonSchema, type: string): string {
  if (type === "string" && (schema.enum || schema.const !== undefined)) return "code";
  if (type === "string" && schema.format === "date") return "date";
  if (type === "array") return `list of ${plural(schema.items ? typeText(schema.items) : "values")}`;
  return TYPE_WORDS[type] ?? type;
}

function plural(type: string): string {
  return type === "text" ? "text" : type.replace(/^(code|number|whole number|date|object)\b/, "$1s");
}

/** The kind of value a JSON Schema allows, in words: a nullable field reads "… or null". */
export function typeText(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeText).join(" or ");
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "string"];
  return types.map((type) => (type === "null" ? "null" : singleType(schema, type))).join(" or ");
}

export function fieldDefinitions(rowSchema: z.ZodType): FieldDefinition[] {
  const json = z.toJSONSchema(rowSchema, { unrepresentable: "any" }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeText(property),
    optional: !required.has(name),
    description: property.description ?? "",
  }));
}
