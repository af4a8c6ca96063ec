// @vitest-environment node
import { describe, expect, it } from "vitest";
import { STEP_WORDS } from "@/components/flow/step-words";
import { fieldMessage } from "@/lib/her2/field-message";
import { parseHer2Query } from "@/lib/her2/input";

/** The parser's own message for a query, as the stepper shows it beside the field. */
function besideField(query: string): string {
  const parsed = parseHer2Query(new URLSearchParams(query));
  if (parsed.ok) throw new Error(`${query} parsed`);
  return fieldMessage(parsed.error.message, STEP_WORDS.fields);
}

describe("a HER2 parser message beside the stepper's field", () => {
  it.each([
    ["ihc=2&ratio=2.1", "Required when “HER2/CEP17 ratio” is given."],
    ["ihc=2&cep17=2.0", "Required when “Average CEP17 signals per cell” is given."],
    ["ihc=2&ratio=2.5&copies=5&cep17=3", "Does not match “Average HER2 copies per cell” ÷ “Average CEP17 signals per cell” (differs by more than 0.05)."],
    ["ihc=2&ratio=abc&copies=4", "Must be a number above 0, written as a plain decimal such as 2.1."],
  ])("%s: %s", (query, message) => {
    expect(besideField(query)).toContain(message);
  });

  it("leaves a message that names no field as it is, and an unknown name unreplaced", () => {
    expect(fieldMessage("Give this parameter once.", STEP_WORDS.fields)).toBe("Give this parameter once.");
    expect(fieldMessage("Required when ratio is given.", {})).toBe("Required when ratio is given.");
  });
});
