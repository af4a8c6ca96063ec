// The outcomes form as the page reads it: what an empty field says beside it, and the heart dose
// that needs no answer when there is no radiotherapy.
import { describe, expect, it } from "vitest";
import { EXAMPLE_PATIENT, parseOutcomesState } from "@/lib/charts/outcomes-state";
import { PREDICT_PARAMETERS } from "@/lib/predict/inputs";

/** The form as a browser sends it: every field, the example patient's answers, some emptied. */
function sent(changes: Record<string, string>): Record<string, string> {
  return { ...Object.fromEntries(PREDICT_PARAMETERS.map((name) => [name, String(EXAMPLE_PATIENT[name])])), ...changes };
}

describe("an empty field says what would answer it", () => {
  it.each([
    [
      "names the choices of a select in the form's order, “Not known” among them where the model takes it",
      { pr: "", radio: "", generation: "" },
      {
        pr: "Required: choose “Negative”, “Positive” or “Not known”.",
        generation: "Required: choose “None”, “Second-generation regimen” or “Third-generation regimen”.",
        radio: "Required: choose “No” or “Yes”.",
      },
    ],
    [
      "says what to type in a number field",
      { age: "", nodes: " ", radio: "1", heartGy: "" },
      {
        age: "Required: type her age in years.",
        nodes: "Required: type how many, 0 if none.",
        heartGy:
          "Required: with radiotherapy the model needs the mean dose to the heart, in Gy; the radiotherapy team can give it. Not known? Type 4 to use the model's code default, which is not an estimate of her dose.",
      },
    ],
  ])("%s", (_name, changes, errors) => {
    const { state } = parseOutcomesState(sent(changes));
    if (state.kind !== "invalid") throw new Error(`expected the form back with errors, got ${state.kind}`);
    expect(state.errors).toEqual(errors);
  });

  it("keeps a wrong value's own message", () => {
    const { state } = parseOutcomesState(sent({ age: "90" }));
    expect(state.kind === "invalid" && state.errors).toEqual({ age: "Must be from 25 to 85 (years)." });
  });
});

describe("the heart dose with radiotherapy unanswered", () => {
  it("waits for radiotherapy: an empty dose is not flagged until radiotherapy is Yes", () => {
    const { state } = parseOutcomesState(Object.fromEntries(PREDICT_PARAMETERS.map((name) => [name, ""])));
    if (state.kind !== "invalid") throw new Error(`expected the form back with errors, got ${state.kind}`);
    expect(state.errors.radio).toBe("Required: choose “No” or “Yes”.");
    expect(state.errors).not.toHaveProperty("heartGy");
    expect(Object.keys(state.errors)).toHaveLength(PREDICT_PARAMETERS.length - 1);
  });
});

describe("the heart dose with no radiotherapy", () => {
  it("is 0 when its box is left empty", () => {
    const { state } = parseOutcomesState(sent({ radio: "0", heartGy: "" }));
    expect(state.kind === "valid" && state.input.heartGy).toBe(0);
  });

  it("still may not be more than 0, and a link that leaves it out is still a draft", () => {
    expect(parseOutcomesState(sent({ radio: "0", heartGy: "2" })).state.kind).toBe("invalid");
    const { heartGy: _left, ...link } = sent({ radio: "0" });
    expect(parseOutcomesState(link).state.kind).toBe("draft");
  });
});
