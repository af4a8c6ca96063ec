// The heart dose a reader who does not know hers is offered: benefits32's own argument default.
import { describe, expect, it } from "vitest";
import { PREDICT_FIELDS } from "@/lib/predict/fields";
import { MODEL_DEFAULT_HEART_GY } from "@/lib/predict/inputs";
import { readReference } from "./fixtures";

describe("the heart dose a reader who does not know hers is offered", () => {
  // The reference's third patient is benefits32 called with its own defaults (README: "the R defaults").
  it("is benefits32's own default, the dose of the reference patient made of the R function's defaults", () => {
    const defaults = readReference("predict-public.json")[2]?.input;
    expect(defaults).toMatchObject({ age: 50, size: 20, grade: 2, nodes: 2, generation: 3, radio: 1, smoker: 1 });
    expect(defaults?.heartGy).toBe(MODEL_DEFAULT_HEART_GY);
    // Offered as the code's default, never as an estimate of her dose.
    expect(PREDICT_FIELDS.find((f) => f.name === "heartGy")?.description).toContain(
      `Not known? The model's code uses ${MODEL_DEFAULT_HEART_GY} Gy when none is given, which is not an estimate of her dose.`,
    );
  });
});
