import { describe, expect, it } from "vitest";
import { IHC_CALL_CAUTION } from "@/lib/her2";
import { classificationSources } from "@/lib/her2/result-text";
import { classifyWithWords } from "./helpers";

const { zeroOrOne, ultralowOrNull } = IHC_CALL_CAUTION;

/** Which cautions a result's plain and clinical text carry, each in both or in neither. */
function cautionsOf(inputs: string): string[] {
  const result = classifyWithWords(inputs);
  return Object.entries(IHC_CALL_CAUTION).flatMap(([name, caution]) => {
    expect(result.plain.includes(caution.plain), `${inputs}: ${name} plain vs clinical`).toBe(result.clinical.includes(caution.clinical));
    return result.plain.includes(caution.plain) ? [name] : [];
  });
}

describe("results on a call pathologists can differ on say so (her2-testing.md §1.2, §1.4)", () => {
  it("says what each call is and that it can differ between pathologists", () => {
    expect(zeroOrOne.plain).toMatch(/IHC 0 from 1\+ .*subtle.*can differ between pathologists/);
    expect(zeroOrOne.clinical).toContain('"these often subtle differences"');
    expect(ultralowOrNull.plain).toMatch(/\(ultralow\) or no staining at all \(null\).*pathologists can differ/);
  });

  // §1.4: IHC 0 versus 1+, from both sides of the line, IHC first and ISH first.
  it.each([
    ["IHC 1+ (HER2-low)", "ihc=1+"],
    ["IHC 1+ with ISH group 2 (HER2-low, with comment)", "ihc=1+, ratio=2.3, copies=3.0"],
    ["IHC 1+ with single-probe ISH (HER2-low)", "ihc=1+, copies=5.0, assay=single"],
    ["IHC 0, not split (HER2-negative, IHC 0)", "ihc=0"],
    ["IHC 0, not split, with ISH group 2", "ihc=0, ratio=2.05, copies=2.9"],
  ])("%s: the 0 versus 1+ caution only", (_name, inputs) => {
    expect(cautionsOf(inputs)).toEqual(["zeroOrOne"]);
  });

  // §1.2: within IHC 0, ultralow versus null (and the 0 versus 1+ line beside it).
  it.each([
    ["IHC 0 ultralow", "ihc=0, ultralow=true"],
    ["IHC 0 null", "ihc=0, ultralow=false"],
    ["IHC 0 ultralow with ISH group 4", "ihc=0, ultralow=true, ratio=1.6, copies=4.1"],
    ["IHC 0 null with ISH group 3", "ihc=0, ultralow=false, ratio=1.4, copies=7.0"],
  ])("%s: both cautions", (_name, inputs) => {
    expect(cautionsOf(inputs)).toEqual(["zeroOrOne", "ultralowOrNull"]);
  });

  // Results that do not rest on either call: IHC 2+ HER2-low, positive, no IHC, not final.
  it.each([
    ["IHC 2+ with ISH group 5 (HER2-low)", "ihc=2+, ratio=1.2, copies=2.5"],
    ["IHC 2+, group 4 recount confirms (HER2-low)", "ihc=2+, ratio=1.8, copies=4.5, recountRatio=1.7, recountCopies=4.2"],
    ["IHC 3+", "ihc=3+"],
    ["IHC 1+ with ISH group 1 (positive)", "ihc=1+, ratio=3.0, copies=7.0"],
    ["ISH group 5 without IHC", "ratio=1.2, copies=2.4"],
    ["IHC 2+, ISH needed", "ihc=2+"],
  ])("%s: no caution", (_name, inputs) => {
    expect(cautionsOf(inputs)).toEqual([]);
  });

  it("a result with the 0 versus 1+ caution cites the 2023 update it rests on", () => {
    const result = classifyWithWords("ihc=1+");
    expect(classificationSources(result)).toContain("asco-cap-2023");
  });
});
