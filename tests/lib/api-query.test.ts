import { describe, expect, it } from "vitest";
import { matchesFilters, parseListQuery } from "@/lib/api/query";

const filters = [
  { name: "stage", allowed: ["all", "localized", "distant"], description: "" },
  { name: "subtype", allowed: ["a", "b"], description: "" },
] as const;
const parse = (query: string) => parseListQuery(new URLSearchParams(query), filters);

describe("parseListQuery", () => {
  it("treats a missing filter as all, and reads single values and comma lists", () => {
    expect(parse("")).toEqual({ ok: true, filters: {}, format: "json" });
    expect(parse("stage=distant")).toEqual({ ok: true, filters: { stage: ["distant"] }, format: "json" });
    expect(parse("subtype=a,%20b,a&format=csv")).toEqual({ ok: true, filters: { subtype: ["a", "b"] }, format: "csv" });
  });

  it.each([
    ["stage=bogus", "stage", /"bogus" is not an allowed value/],
    ["stage=", "stage", /Empty value/],
    ["stage=all,", "stage", /Empty value/],
    ["stage=all&stage=distant", "stage", /once/],
    ["colour=red", "colour", /Unknown parameter/],
    ["format=xml", "format", /not an allowed value/],
    ["format=csv,json", "format", /single format/],
    ["STAGE=all", "STAGE", /Unknown parameter/],
  ])("%s is an error naming %s", (query, parameter, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.parameter).toBe(parameter);
      expect(result.error.message).toMatch(message);
      expect(result.error.allowed.length).toBeGreaterThan(0);
    }
  });

  it("lists the allowed values for a bad value and the parameters for an unknown one", () => {
    const bad = parse("stage=x");
    const unknown = parse("x=1");
    expect(!bad.ok && bad.error.allowed).toEqual(["all", "localized", "distant"]);
    expect(!unknown.ok && unknown.error.allowed).toEqual(["stage", "subtype", "format"]);
  });

  it("never echoes more than a short excerpt of hostile input", () => {
    const payload = `<script>alert(1)</script>${"A".repeat(5000)}`;
    const result = parse(`stage=${encodeURIComponent(payload)}`);
    expect(!result.ok && result.error.message.length).toBeLessThan(80);
    expect(!result.ok && result.error.message).not.toMatch(/[<>]/);
  });
});

describe("matchesFilters", () => {
  it("requires every given filter to match, and null never matches", () => {
    expect(matchesFilters({ stage: "all", subtype: "a" }, { stage: ["all"], subtype: ["a", "b"] })).toBe(true);
    expect(matchesFilters({ stage: "all", subtype: "a" }, { subtype: ["b"] })).toBe(false);
    expect(matchesFilters({ stage: "all", subtype: null }, { subtype: ["a"] })).toBe(false);
    expect(matchesFilters({ stage: "all", subtype: null }, {})).toBe(true);
  });
});
