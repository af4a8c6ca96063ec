import { describe, expect, it } from "vitest";
import { CATEGORY_TEXT, categoryTextFor, HER2_LOW_AFTER_WORKUP_TEXT, ULTRALOW_RULE } from "@/lib/her2";
import { classifyWithWords } from "./helpers";

const classify = classifyWithWords;

/** The ENHERTU 2025 indication's own words (her2-therapies.md row 16, fda-2025-her2ultralow). */
const AFTER_ENDOCRINE = "progressed on one or more endocrine therapies in the metastatic setting";
const ASK_PATHOLOGY = "The pathology report, or the pathologist, can say whether faint staining was seen.";
const NEW_HER2_LOW = "not amplified by the guideline's definition";
const CAVEAT = "rests on the protein test (IHC) result";
const OLD_HER2_LOW = "2+ without extra gene copies";

describe("the ultralow rule (her2-testing.md §1.2: IHC 0 with faint, incomplete staining in >0% to ≤10% of cells)", () => {
  it("is stated with both bounds, and carried by the ultralow and the unsplit IHC 0 text", () => {
    expect(ULTRALOW_RULE).toBe("IHC 0 with faint, incomplete membrane staining in >0% to ≤10% of tumour cells");
    expect(CATEGORY_TEXT["her2-ultralow"].clinical).toContain(ULTRALOW_RULE);
    expect(CATEGORY_TEXT["her2-zero-unspecified"].clinical).toContain(ULTRALOW_RULE);
  });
});

describe("IHC 0: whether faint staining was recorded decides what the text says about approvals", () => {
  it("not recorded: coverage depends on it, and the pathology report or pathologist can say", () => {
    for (const inputs of ["ihc=0", "ihc=0, ratio=1.2, copies=2.4", "ihc=0, ratio=2.05, copies=2.9"]) {
      const result = classify(inputs);
      expect(result).toMatchObject({ kind: "final", category: "her2-zero-unspecified" });
      expect(result.plain).toMatch(/Whether an approved HER2 medicine covers this result depends on that: ultralow is covered .*; null is not\./);
      expect(result.plain).toContain(ASK_PATHOLOGY);
      expect(result.clinical).toContain(
        `HER2-ultralow is covered by trastuzumab deruxtecan for HR-positive, unresectable or metastatic disease that ${AFTER_ENDOCRINE}`,
      );
      expect(`${result.plain} ${result.clinical}`).not.toMatch(/No HER2-targeted drug approval/);
    }
  });

  it("faint staining seen (ultralow): the T-DXd approval in HR-positive disease follows endocrine therapy", () => {
    const result = classify("ihc=0, ultralow=true");
    expect(result).toMatchObject({ category: "her2-ultralow" });
    expect(result.plain).toContain("grown despite at least one hormone (endocrine) therapy");
    expect(result.clinical).toContain(`HR-positive, unresectable or metastatic disease that ${AFTER_ENDOCRINE}: trastuzumab deruxtecan`);
    expect(result.plain).not.toContain(ASK_PATHOLOGY);
  });

  it("no staining (null): not covered, and nothing left to ask the pathologist about", () => {
    const result = classify("ihc=0, ultralow=false");
    expect(result).toMatchObject({ category: "her2-null" });
    expect(result.plain).toContain("The newer HER2-low and -ultralow approvals do not cover this group");
    expect(result.plain).not.toContain(ASK_PATHOLOGY);
  });

  it("HER2-low in HR-positive disease also names the endocrine therapy in the label's words", () => {
    expect(classify("ihc=1+").clinical).toContain(`For HR-positive disease that ${AFTER_ENDOCRINE}, also before chemotherapy`);
  });
});

describe("HER2-low after IHC 2+: the wording depends on the ISH group (her2-testing.md §1.3, §2.3)", () => {
  // One reading per group well inside its thresholds (§2.1); groups 2–4 with a recount in the same group.
  const cases: [string, string, string | null][] = [
    ["group 1", "ihc=2+, ratio=2.5, copies=6.5", null],
    ["group 2, recount group 2", "ihc=2+, ratio=2.2, copies=3.5, recountRatio=2.1, recountCopies=3.6", "new"],
    ["group 3, recount group 3", "ihc=2+, ratio=1.5, copies=6.8, recountRatio=1.6, recountCopies=6.4", null],
    ["group 4, recount group 4", "ihc=2+, ratio=1.8, copies=4.5, recountRatio=1.7, recountCopies=4.2", "new"],
    // The group 4 boundaries: exactly 4.0 copies is group 4, 3.99 is group 5 (§2.1).
    ["group 4 at 4.0 copies, recount at 5.99", "ihc=2+, ratio=1.99, copies=4.0, recountRatio=1.99, recountCopies=5.99", "new"],
    ["group 5 at 3.99 copies", "ihc=2+, ratio=1.99, copies=3.99", "old"],
    ["group 5", "ihc=2+, ratio=1.2, copies=2.5", "old"],
    ["single-probe < 4.0 copies", "ihc=2+, copies=3.5, assay=single", "old"],
    ["group 2, recount in group 1", "ihc=2+, ratio=2.2, copies=3.5, recountRatio=2.4, recountCopies=4.3", null],
    ["group 4, recount in group 5", "ihc=2+, ratio=1.8, copies=4.4, recountRatio=1.9, recountCopies=3.9", null],
  ];

  it.each(cases)("%s", (_name, inputs, wording) => {
    const result = classify(inputs);
    const text = `${result.plain} ${result.clinical}`;
    if (wording === null) {
      expect(result.kind === "pending" || result.category === "her2-positive").toBe(true);
      expect(text).not.toMatch(/HER2-low/);
      return;
    }
    expect(result).toMatchObject({ kind: "final", status: "negative", category: "her2-low" });
    if (wording === "new") {
      expect(result).toHaveProperty("withComment", true);
      expect(result.plain).toContain(`(IHC 2+), and the gene test is ${NEW_HER2_LOW}`);
      expect(result.plain).toContain(CAVEAT);
      expect(result.clinical).toContain("Caveat: HER2-low after ISH group 2 or 4 rests on the IHC 2+ result");
      expect(text).not.toContain(OLD_HER2_LOW);
    } else {
      expect(result).toHaveProperty("withComment", false);
      expect(result.plain).toContain(OLD_HER2_LOW);
      expect(text).not.toContain(NEW_HER2_LOW);
      expect(text).not.toMatch(/Caveat|rests on/);
    }
  });
});

describe("HER2-low from IHC 1+ needs no caveat, whatever the ISH group", () => {
  it.each([
    ["IHC 1+ alone", "ihc=1+", false],
    ["IHC 1+ with group 2", "ihc=1+, ratio=2.3, copies=3.0", true],
    ["IHC 1+ with group 4", "ihc=1+, ratio=1.8, copies=5.0", true],
    ["IHC 1+ with group 5", "ihc=1+, ratio=1.2, copies=2.5", false],
  ] as const)("%s", (_name, inputs, withComment) => {
    const result = classify(inputs);
    expect(result).toMatchObject({ category: "her2-low", withComment });
    expect(result.plain).toContain(CATEGORY_TEXT["her2-low"].plain);
    expect(`${result.plain} ${result.clinical}`).not.toMatch(/Caveat|rests on|not amplified by the guideline/);
  });
});

describe("categoryTextFor", () => {
  it("gives the work-up text only to HER2-low with a recount, and the category's own text otherwise", () => {
    expect(categoryTextFor({ category: "her2-low", recountGroup: 2 })).toBe(HER2_LOW_AFTER_WORKUP_TEXT);
    expect(categoryTextFor({ category: "her2-low", recountGroup: 4 })).toBe(HER2_LOW_AFTER_WORKUP_TEXT);
    expect(categoryTextFor({ category: "her2-low", recountGroup: null })).toBe(CATEGORY_TEXT["her2-low"]);
    expect(categoryTextFor({ category: "her2-positive", recountGroup: 3 })).toBe(CATEGORY_TEXT["her2-positive"]);
    expect(HER2_LOW_AFTER_WORKUP_TEXT.label).toBe("HER2-low");
    expect(HER2_LOW_AFTER_WORKUP_TEXT.sources).toEqual(CATEGORY_TEXT["her2-low"].sources);
  });
});
