// The model's data: the coefficients as the R package ships them, the sources they are credited to,
// the licence, and the treatment sequences in the reference file's order.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATA_VERSION, sourceFor } from "@/lib/datasets";
import { COEFFICIENT_NAMES, PREDICT_SOURCE_IDS, predictCoefficients } from "@/lib/predict/coefficients";
import { TREATMENTS } from "@/lib/predict/treatments";
import { readReference } from "./fixtures";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");

describe("data/predict", () => {
  const csvRows = read("data/predict/coefficients_v3.csv")
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));

  it("coefficients.json holds every beta of coefficients_v3.csv, in its order, digit for digit", () => {
    expect(csvRows[0]).toEqual(["variable", "beta"]);
    const rows = csvRows.slice(1);
    expect(rows.map(([name]) => name)).toEqual([...COEFFICIENT_NAMES]);
    expect(Object.keys(predictCoefficients.coefficients)).toEqual([...COEFFICIENT_NAMES]);
    // The same digits as the CSV, not only the same doubles: the copy keeps its full precision.
    const jsonDigits = new Map<string, string>();
    for (const line of read("data/predict/coefficients.json").split("\n")) {
      const match = /^\s*"([^"]+)": (-?[\d.]+),?$/.exec(line);
      if (match) jsonDigits.set(match[1]!, match[2]!);
    }
    for (const [name, beta] of rows) {
      expect(predictCoefficients.coefficients[name as (typeof COEFFICIENT_NAMES)[number]], name).toBe(Number(beta));
      expect(jsonDigits.get(name!), name).toBe(beta);
    }
  });

  it("belongs to this data release and credits the R package and the papers behind the model", () => {
    expect(predictCoefficients).toMatchObject({ version: DATA_VERSION, sourceId: "predict-v32", model: "PREDICT Breast v3.2" });
    expect(PREDICT_SOURCE_IDS).toEqual(["predict-v32", "wishart-2010-bcr", "candido-dos-reis-2017-bcr", "grootes-2022-ejc"]);
    for (const id of PREDICT_SOURCE_IDS) expect(sourceFor(id).citation.length, id).toBeGreaterThan(20);
    expect(sourceFor("predict-v32")).toMatchObject({ url: "https://github.com/WintonCentre/predict-v30-r", citation: expect.stringMatching(/0\.3\.2.*MIT/) });
  });

  it("keeps the package's MIT licence beside the copy", () => {
    const licence = read("data/predict/LICENSE-predict.md");
    expect(licence).toContain("MIT License");
    expect(licence).toContain("Copyright (c) 2022 University of Cambridge");
  });
});

describe("TREATMENTS", () => {
  it("lists the reference file's sequences and R columns, in its order", () => {
    const reference = readReference("predict-public.json")[0]!;
    expect(TREATMENTS.map(({ name, column }) => ({ treatment: name, column }))).toEqual(
      reference.results.map(({ treatment, column }) => ({ treatment, column })),
    );
    expect(TREATMENTS.map((t) => t.label)).toEqual([
      "Surgery only",
      "+ radiotherapy",
      "+ hormone therapy (5 years)",
      "+ chemotherapy",
      "+ trastuzumab",
      "+ bisphosphonate",
      "Radiotherapy + hormone therapy (10 years)",
      "+ chemotherapy (with 10 years of hormone therapy)",
      "+ trastuzumab (with 10 years of hormone therapy)",
      "+ bisphosphonate (with 10 years of hormone therapy)",
    ]);
  });

  it("starts a label with “+” exactly where the sequence adds to the row before it, as the table's header says", () => {
    for (const [index, treatment] of TREATMENTS.entries()) {
      expect(treatment.label.startsWith("+"), treatment.name).toBe(index > 0 && treatment.after === TREATMENTS[index - 1]?.name);
    }
  });

  it("builds each sequence from an earlier one by adding exactly the step it names", () => {
    const stepOf = { radio: "radio", horm: "hormoneYears", generation: "chemo", traz: "traz", bis: "bis" } as const;
    for (const [index, treatment] of TREATMENTS.entries()) {
      if (treatment.after === null) {
        expect(treatment.includes).toEqual({ radio: false, hormoneYears: 0, chemo: false, traz: false, bis: false });
        continue;
      }
      const before = TREATMENTS.findIndex((t) => t.name === treatment.after);
      expect(before, treatment.name).toBeGreaterThanOrEqual(0);
      expect(before, treatment.name).toBeLessThan(index);
      const changed = Object.entries(treatment.includes).filter(
        ([key, value]) => TREATMENTS[before]!.includes[key as keyof typeof treatment.includes] !== value,
      );
      expect(
        changed.map(([key]) => key),
        treatment.name,
      ).toEqual([stepOf[treatment.adds]]);
    }
  });
});
