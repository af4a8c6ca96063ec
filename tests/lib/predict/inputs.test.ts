// The PREDICT input schema and the strict query parser: every parameter required, known, given once,
// spelled as a plain number or a listed code, and within the README's range; each error names it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseOutcomesState } from "@/lib/charts/outcomes-state";
import { PREDICT_FIELDS, predictCautions } from "@/lib/predict/fields";
import { CHECKED_RANGES, PREDICT_CODES, PREDICT_PARAMETERS, type PredictInput, parsePredictQuery } from "@/lib/predict/inputs";
import { predictInput } from "./arbitraries";
import { readReference } from "./fixtures";

/** The R function's default patient (benefits32's argument defaults). */
const DEFAULTS: Record<string, string> = {
  age: "50",
  screen: "0",
  size: "20",
  grade: "2",
  nodes: "2",
  er: "1",
  pr: "1",
  her2: "0",
  ki67: "1",
  generation: "3",
  horm: "1",
  traz: "1",
  bis: "1",
  radio: "1",
  heartGy: "4",
  smoker: "1",
};

function query(changes: Record<string, string | null> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...DEFAULTS, ...changes })) if (value !== null) params.append(name, value);
  return params;
}

function errorFor(params: URLSearchParams) {
  const parsed = parsePredictQuery(params);
  if (parsed.ok) throw new Error(`Expected an error, got ${JSON.stringify(parsed.input)}`);
  return parsed.error;
}

describe("parsePredictQuery", () => {
  it("reads every parameter as a number, and the format (JSON unless csv is asked for)", () => {
    expect(parsePredictQuery(query())).toEqual({
      ok: true,
      input: Object.fromEntries(Object.entries(DEFAULTS).map(([name, value]) => [name, Number(value)])),
      format: "json",
    });
    expect(parsePredictQuery(query({ format: "csv" }))).toMatchObject({ ok: true, format: "csv" });
  });

  it("knows the README's parameters, in its order, and the fixtures use exactly those", () => {
    expect(PREDICT_PARAMETERS).toEqual([
      "age",
      "screen",
      "size",
      "grade",
      "nodes",
      "er",
      "pr",
      "her2",
      "ki67",
      "generation",
      "horm",
      "traz",
      "bis",
      "radio",
      "heartGy",
      "smoker",
    ]);
    for (const file of ["predict-public.json", "predict-extra.json"]) {
      for (const patient of readReference(file)) expect(Object.keys(patient.input).sort()).toEqual([...PREDICT_PARAMETERS].sort());
    }
  });

  it.each([
    ["age", "25", true],
    ["age", "85", true],
    ["age", "47.5", true],
    ["age", "24.9", false],
    ["age", "85.1", false],
    ["age", "0", false],
    ["size", "0.001", true],
    ["size", "250", true],
    ["size", "5000", true],
    ["size", "0", false],
    ["size", "0.0", false],
    ["nodes", "0", true],
    ["nodes", "25", true],
    ["nodes", "-1", false],
    ["nodes", "1.5", false],
    ["heartGy", "0", true],
    ["heartGy", "8.25", true],
    ["heartGy", "-0.1", false],
  ])("%s=%s valid: %s", (name, value, valid) => {
    const parsed = parsePredictQuery(query({ [name]: value }));
    expect(parsed.ok).toBe(valid);
    if (parsed.ok) expect(parsed.input[name as keyof PredictInput]).toBe(Number(value));
    else expect(parsed.error.parameter).toBe(name);
  });

  it("accepts each listed code and refuses any other, listing the allowed codes", () => {
    for (const [name, codes] of Object.entries(PREDICT_CODES)) {
      for (const code of codes) expect(parsePredictQuery(query({ [name]: String(code) })).ok, `${name}=${code}`).toBe(true);
      for (const value of ["-1", "4", "5", "8", "10", "1.0", "01", "true", "yes"].filter((v) => !codes.map(String).includes(v))) {
        expect(errorFor(query({ [name]: value })), `${name}=${value}`).toEqual({
          parameter: name,
          message: expect.stringMatching(/^Must be one of /),
          allowed: codes.map(String),
        });
      }
    }
    // The codes not listed that a reader might guess: screen 3, grade 0 and 4, ER unknown (9), chemotherapy 1.
    for (const [name, value] of [
      ["screen", "3"],
      ["grade", "0"],
      ["grade", "4"],
      ["er", "9"],
      ["generation", "1"],
      ["smoker", "9"],
    ]) {
      expect(errorFor(query({ [name!]: value! })).parameter).toBe(name);
    }
  });

  it.each(PREDICT_PARAMETERS)("a missing %s is an error naming it", (name) => {
    expect(errorFor(query({ [name]: null }))).toMatchObject({ parameter: name, message: "Required." });
  });

  it("refuses an unknown parameter, naming it safely and listing the known ones", () => {
    expect(errorFor(query({ tumourSize: "20" }))).toEqual({
      parameter: "tumourSize",
      message: "Unknown parameter.",
      allowed: [...PREDICT_PARAMETERS, "format"],
    });
    expect(errorFor(query({ "<script>alert(1)</script>": "1" })).parameter).not.toMatch(/[<>()]/);
    const prototype = query();
    prototype.append("__proto__", "1");
    expect(errorFor(prototype).parameter).toBe("__proto__");
  });

  it("refuses a repeated parameter, even with the same value", () => {
    const params = query();
    params.append("age", "50");
    expect(errorFor(params)).toMatchObject({ parameter: "age", message: "Give this parameter once." });
    const codes = query();
    codes.append("her2", "1");
    expect(errorFor(codes)).toEqual({ parameter: "her2", message: "Give this parameter once.", allowed: ["0", "1", "9"] });
  });

  it.each(["", " 20", "20 ", "+20", "1e2", "0x14", "Infinity", "NaN", ".5", "5.", "1,234", "20mm", "١٢"])("refuses the malformed size %j", (value) => {
    expect(errorFor(query({ size: value }))).toEqual({ parameter: "size", message: expect.stringMatching(/is not a plain decimal such as 20 or 12\.5\.$/) });
  });

  it.each([
    ["2,5", "2.5"],
    ["22,5", "22.5"],
    ["1,25", "1.25"],
  ])("refuses a decimal comma (%s), saying how to write it (%s), as the HER2 stepper does", (value, pointed) => {
    expect(errorFor(query({ size: value }))).toEqual({ parameter: "size", message: `Write the decimal with a point, as in ${pointed}.` });
    expect(errorFor(query({ heartGy: value, radio: "1" }))).toMatchObject({
      parameter: "heartGy",
      message: `Write the decimal with a point, as in ${pointed}.`,
    });
  });

  it("reads a comma in a whole-number field as any other stray character", () => {
    expect(errorFor(query({ nodes: "1,5" }))).toMatchObject({ parameter: "nodes", message: expect.stringMatching(/is not a whole number such as 2\.$/) });
  });

  it("refuses a number too large to be finite, and a count that is not a whole number", () => {
    expect(errorFor(query({ size: `1${"0".repeat(400)}` }))).toMatchObject({ parameter: "size", message: "Must be a finite number of mm." });
    expect(errorFor(query({ heartGy: `1${"0".repeat(400)}` }))).toMatchObject({ parameter: "heartGy" });
    expect(errorFor(query({ nodes: "2.0" }))).toMatchObject({ parameter: "nodes", message: expect.stringContaining("a whole number") });
    expect(errorFor(query({ nodes: "9007199254740993" }))).toMatchObject({ parameter: "nodes", message: "Must be a whole number, 0 or more." });
  });

  it("refuses an unknown format, listing json and csv", () => {
    expect(errorFor(query({ format: "xml" }))).toEqual({ parameter: "format", message: '"xml" is not an allowed format.', allowed: ["json", "csv"] });
  });

  it("never echoes markup or quotes from the query", () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    for (const name of ["size", "er", "format", hostile]) {
      const error = errorFor(query({ [name]: hostile }));
      expect(JSON.stringify(error)).not.toMatch(/<|>|onerror=|\\"\\>/);
    }
  });

  it("reads back any valid input written as a query", () => {
    const written = predictInput.map((input) => ({ ...input, heartGy: Math.round(input.heartGy * 1000) / 1000 }));
    fc.assert(
      fc.property(written, (input) => {
        const params = new URLSearchParams(Object.entries(input).map(([name, value]) => [name, String(value)]));
        expect(parsePredictQuery(params)).toEqual({ ok: true, input, format: "json" });
      }),
      { seed: 2017, numRuns: 300 },
    );
  });

  it("answers any text in any parameter with a result or an error naming that parameter, never a throw", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PREDICT_PARAMETERS), fc.string({ unit: "binary", maxLength: 30 }), (name, value) => {
        const parsed = parsePredictQuery(query({ [name]: value }));
        if (!parsed.ok) expect(parsed.error.parameter).toBe(name);
      }),
      { seed: 2017, numRuns: 500 },
    );
  });
});

describe("PREDICT_FIELDS", () => {
  it("describes every parameter, in order, with a label and a description in plain words", () => {
    expect(PREDICT_FIELDS.map((field) => field.name)).toEqual(PREDICT_PARAMETERS);
    for (const field of PREDICT_FIELDS) {
      expect(field.label.length, field.name).toBeGreaterThan(3);
      expect(field.description.length, field.name).toBeGreaterThan(20);
    }
  });

  it("offers exactly the codes the schema accepts, each labelled, and the limits it checks", () => {
    for (const field of PREDICT_FIELDS) {
      if (field.kind === "code") {
        expect(field.options.map((option) => option.value)).toEqual([...PREDICT_CODES[field.name as keyof typeof PREDICT_CODES]]);
        for (const option of field.options) expect(option.label, `${field.name}=${option.value}`).toMatch(/\w/);
      }
    }
    const her2 = PREDICT_FIELDS.find((field) => field.name === "her2");
    expect(her2?.kind === "code" && her2.options).toEqual([
      { value: 0, label: "Negative (HER2-low and -ultralow too)" },
      { value: 1, label: "Positive (IHC 3+ or ISH-amplified)" },
      { value: 9, label: "Not known" },
    ]);
    const numbers = Object.fromEntries(PREDICT_FIELDS.flatMap((field) => (field.kind === "number" ? [[field.name, field]] : [])));
    expect(numbers.age).toMatchObject({ unit: "years", min: 25, minExclusive: false, max: 85, integer: false });
    expect(numbers.size).toMatchObject({ unit: "mm", min: 0, minExclusive: true, max: null });
    expect(numbers.nodes).toMatchObject({ min: 0, minExclusive: false, integer: true });
    expect(numbers.heartGy).toMatchObject({ unit: "Gy", min: 0, minExclusive: false });
  });
});

describe("predictCautions", () => {
  it("takes its size, node and heart-dose ranges from the reference's cases: the values they were checked at", () => {
    const cases = readReference("predict-public.json");
    for (const [name, range] of Object.entries(CHECKED_RANGES) as [keyof typeof CHECKED_RANGES, { min: number; max: number }][]) {
      const values = cases.map((patient) => patient.input[name]);
      expect(range, name).toEqual({ min: Math.min(...values), max: Math.max(...values) });
    }
  });

  it("cautions about a size above 250 mm or more than 25 nodes, not at them, and says how centimetres read", () => {
    for (const [size, nodes] of [
      [250, 25],
      ["250", "25"],
      [12, 0],
    ])
      expect(predictCautions({ size, nodes }), `${size} ${nodes}`).toEqual({});
    expect(predictCautions({ size: "600", nodes: 60 })).toEqual({
      size: "600 mm is above the sizes the model’s results were checked at (1–250 mm): check the value (a report in centimetres: 2.5 cm is 25 mm).",
      nodes: "60 nodes is above the node counts the model’s results were checked at (0–25 nodes): check the value.",
    });
  });

  it("cautions about a heart dose above 8 Gy, not at 8 Gy or below, and asks to check the value", () => {
    for (const dose of [0, 2, 7.9, 8, "8", "8.0"]) expect(predictCautions({ heartGy: dose }), String(dose)).toEqual({});
    for (const dose of [8.1, 9, 99, "99"]) {
      expect(predictCautions({ heartGy: dose }).heartGy, String(dose)).toBe(
        `${Number(dose)} Gy is above the doses the model’s results were checked at (0–8 Gy): check the value.`,
      );
    }
  });

  it("reminds that a bisphosphonate's benefit is for women past the menopause (benefits32.R's note) whenever one is given", () => {
    for (const bis of [1, "1"]) {
      expect(predictCautions({ bis }).bis).toBe("Its benefit in the model applies only to women past the menopause (the authors’ note): check that she is.");
    }
    for (const bis of [0, "0", "", undefined]) expect(predictCautions({ bis }), String(bis)).toEqual({});
  });

  it("says a drug given outside the group the model counts it for adds nothing (benefits32.R: her2==1 & traz==1, horm==1 & er==1)", () => {
    expect(predictCautions({ traz: "1", her2: "9" }).traz).toBe(
      "The model counts trastuzumab only for HER2-positive cancers: with HER2 status not known, it adds nothing here.",
    );
    expect(predictCautions({ traz: "1", her2: "0" }).traz).toMatch(/with HER2 status negative, it adds nothing here\.$/);
    expect(predictCautions({ traz: "1", her2: "1" }).traz).toBeUndefined();
    expect(predictCautions({ traz: "0", her2: "9" }).traz).toBeUndefined();
    expect(predictCautions({ horm: "1", er: "0" }).horm).toBe(
      "The model counts hormone therapy only for ER-positive cancers: with ER-negative, it adds nothing here.",
    );
    expect(predictCautions({ horm: "1", er: "1" }).horm).toBeUndefined();
    expect(predictCautions({ horm: "0", er: "0" }).horm).toBeUndefined();
  });

  it("says nothing about a heart dose that is missing or not a number (its error says what is wrong)", () => {
    for (const dose of [undefined, "", "abc"]) expect(predictCautions({ heartGy: dose }), String(dose)).toEqual({});
  });

  it("is not an error: a patient with a 99 Gy heart dose still parses, and the page still shows her result", () => {
    const query = new URLSearchParams(
      "age=52&screen=1&size=22&grade=2&nodes=1&er=1&pr=1&her2=1&ki67=9&generation=3&horm=1&traz=1&bis=0&radio=1&heartGy=99&smoker=0",
    );
    expect(parsePredictQuery(query).ok).toBe(true);
    expect(parseOutcomesState(Object.fromEntries(query)).state.kind).toBe("valid");
  });
});
