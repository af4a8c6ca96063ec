// @vitest-environment node
import { describe, expect, it } from "vitest";
import { STEP_WORDS } from "@/components/flow/step-words";
import { fieldMessage } from "@/lib/her2/field-message";
import { parseHer2Query } from "@/lib/her2/input";

/** The parser's own message for a query, as the stepper shows it beside the field. */
function besideField(query: string): string {
  const parsed = parseHer2Query(new URLSearchParams(query));
  if (parsed.ok) throw new Error(`${query} parsed`);
  return fieldMessage(parsed.error.message, STEP_WORDS.fieldNames);
}

describe("a HER2 parser message beside the stepper's field", () => {
  it("names each field by its label, and says the number plainly", () => {
    expect(besideField("ihc=2&ratio=2.1")).toBe("Required when “HER2/CEP17 ratio” is given.");
    expect(besideField("ihc=2&cep17=2.0")).toBe("Required when “Average CEP17 signals per cell” is given.");
    expect(besideField("ihc=2&ratio=2.5&copies=5&cep17=3")).toBe(
      "Does not match “Average HER2 copies per cell” ÷ “Average CEP17 signals per cell” (differs by more than 0.05).",
    );
    expect(besideField("ihc=2&ratio=abc&copies=4")).toMatch(/^Must be a number above 0, written as a plain decimal such as 2\.1\./);
  });

  it("leaves a message that names no field as it is, and an unknown name unreplaced", () => {
    expect(fieldMessage("Give this parameter once.", STEP_WORDS.fieldNames)).toBe("Give this parameter once.");
    expect(fieldMessage("Required when ratio is given.", {})).toBe("Required when ratio is given.");
  });
});
