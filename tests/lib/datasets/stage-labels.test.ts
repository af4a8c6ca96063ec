// @vitest-environment node
import { describe, expect, it } from "vitest";
import { STAGE_LABELS } from "@/lib/datasets/survival-dimensions";
import { SEER_STAGE_QUOTES } from "@/lib/glossary/stages";

describe("the summary stages' plain labels keep NCI's meaning (seer-statfacts-subtypes-2023)", () => {
  it("localized: only in the breast", () => {
    expect(SEER_STAGE_QUOTES.localized).toContain("only in the breast");
    expect(STAGE_LABELS.localized.plain).toBe("only in the breast");
  });

  it("regional: nearby lymph nodes or organs, as NCI says, not “tissue”", () => {
    expect(SEER_STAGE_QUOTES.regional).toContain("to nearby lymph nodes or organs");
    expect(STAGE_LABELS.regional.plain).toBe("spread to nearby lymph nodes or organs");
  });
});
