// @vitest-environment node
import { describe, expect, it } from "vitest";
import survivalFile from "@/data/survival.json";
import { DataFileError, parseDataFile, SurvivalFileSchema } from "@/lib/datasets";
import { checkReferences } from "@/lib/datasets/validate";

const clone = () => structuredClone(survivalFile) as { rows: Record<string, unknown>[] };

function problemsOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFileError) return error.message;
    throw error;
  }
  throw new Error("expected a DataFileError");
}

describe("a broken data file fails with file, row and field", () => {
  it("accepts the published file", () => {
    expect(parseDataFile("data/survival.json", survivalFile, SurvivalFileSchema).rows.length).toBe(survivalFile.rows.length);
  });

  it("names a wrongly typed value", () => {
    const broken = clone();
    broken.rows[2]!.value = "82.7";
    const message = problemsOf(() => parseDataFile("data/survival.json", broken, SurvivalFileSchema));
    expect(message).toContain("data/survival.json");
    expect(message).toContain("rows[2] (four-year-all-hr-neg-her2-pos).value");
  });

  it("rejects a percentage out of range", () => {
    const broken = clone();
    broken.rows[0]!.value = 192.5;
    expect(problemsOf(() => parseDataFile("data/survival.json", broken, SurvivalFileSchema))).toMatch(/rows\[0\].*\.value: out of range for percent/);
  });

  it("rejects an unknown subtype id", () => {
    const broken = clone();
    broken.rows[1]!.subtype = "her2-positive";
    expect(problemsOf(() => parseDataFile("data/survival.json", broken, SurvivalFileSchema))).toMatch(/rows\[1\].*\.subtype/);
  });

  it("rejects a missing value without a reason", () => {
    const broken = clone();
    broken.rows[0]!.value = null;
    expect(problemsOf(() => parseDataFile("data/survival.json", broken, SurvivalFileSchema))).toMatch(/rows\[0\].*\.unavailableReason: required/);
  });

  it("rejects a source id that does not resolve, and a duplicated row id", () => {
    const message = problemsOf(() =>
      checkReferences(
        "data/x.json",
        [
          { id: "a", sourceId: "nowhere" },
          { id: "a", sourceId: "known" },
        ],
        new Set(["known"]),
      ),
    );
    expect(message).toContain(`rows[0] (a).sourceId: "nowhere" is not in data/sources.json`);
    expect(message).toContain(`rows[1].id: "a" is used twice`);
  });
});
