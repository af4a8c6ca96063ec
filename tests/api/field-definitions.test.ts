// @vitest-environment node
// Every field a dataset route serves has a definition, and its kind of value in words.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DATASET_NAMES, ENDPOINTS } from "@/lib/api/endpoints";
import { fieldDefinitions, typeText } from "@/lib/api/field-definitions";

describe("field definitions", () => {
  it.each(DATASET_NAMES)("defines every field of a /api/%s row, in a sentence", (name) => {
    const fields = fieldDefinitions(ENDPOINTS[name].rowSchema);
    expect(fields.length).toBeGreaterThan(5);
    for (const field of fields)
      expect({ field: field.name, description: field.description }).toEqual({ field: field.name, description: expect.stringMatching(/^\S.{8,}[.)]$/) });
  });

  it("names the same fields, in the same order, as a served row", () => {
    for (const name of DATASET_NAMES) {
      const served = Object.keys(ENDPOINTS[name].rows[0] as object);
      const defined = fieldDefinitions(ENDPOINTS[name].rowSchema).map((field) => field.name);
      expect(defined).toEqual(expect.arrayContaining(served));
    }
  });

  it("says which fields a row may leave out", () => {
    const survival = new Map(fieldDefinitions(ENDPOINTS.survival.rowSchema).map((field) => [field.name, field]));
    expect(survival.get("unavailableReason")?.optional).toBe(true);
    expect(survival.get("group")?.optional).toBe(true);
    expect(survival.get("value")?.optional).toBe(false);
    expect(survival.get("sourceId")?.optional).toBe(false);
  });

  it.each([
    [z.number().nullable(), "number or null"],
    [z.enum(["a", "b"]).nullable(), "code or null"],
    [z.literal("about").nullable(), "code or null"],
    [z.string(), "text"],
    [z.iso.date(), "date"],
    [z.number().int(), "whole number"],
    [z.array(z.enum(["a", "b"])), "list of codes"],
    [z.array(z.string()), "list of text"],
    [z.array(z.object({ a: z.string() })), "list of objects"],
    [z.object({ low: z.number() }), "object"],
  ])("reads %# as %s", (schema, words) => {
    expect(typeText(z.toJSONSchema(schema) as Parameters<typeof typeText>[0])).toBe(words);
  });
});
