import { describe, expect, it } from "vitest";
import { classifyHer2, type Her2Classification, parseHer2Query } from "@/lib/her2";

function classify(query: string): Her2Classification {
  const parsed = parseHer2Query(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`${query} rejected: ${parsed.error.parameter}`);
  return classifyHer2(parsed.input);
}

function accepted(query: string): boolean {
  return parseHer2Query(new URLSearchParams(query)).ok;
}

// Reference §2.1: ratio ≥ 2.0, copies ≥ 4.0 and ≥ 6.0, all inclusive, compared without rounding.
describe("dual-probe thresholds, at, just below and just above (§2.1)", () => {
  it.each([
    ["ratio 2.0 (copies 5.0)", 1, "2.0", "5.0"],
    ["ratio 1.99", 4, "1.99", "5.0"],
    ["ratio 2.01", 1, "2.01", "5.0"],
    ["ratio 1.995, not rounded up", 4, "1.995", "5.0"],
    ["ratio 1.9999999", 4, "1.9999999", "5.0"],
    ["copies 4.0 with ratio ≥ 2.0", 1, "2.5", "4.0"],
    ["copies 3.99 with ratio ≥ 2.0", 2, "2.5", "3.99"],
    ["copies 4.01 with ratio ≥ 2.0", 1, "2.5", "4.01"],
    ["copies 4.0 with ratio < 2.0", 4, "1.5", "4.0"],
    ["copies 3.99 with ratio < 2.0", 5, "1.5", "3.99"],
    ["copies 4.01 with ratio < 2.0", 4, "1.5", "4.01"],
    ["copies 3.995, not rounded up", 5, "1.5", "3.995"],
    ["copies 6.0 with ratio < 2.0", 3, "1.5", "6.0"],
    ["copies 5.99 with ratio < 2.0", 4, "1.5", "5.99"],
    ["copies 6.01 with ratio < 2.0", 3, "1.5", "6.01"],
    ["copies 5.995, not rounded up", 4, "1.5", "5.995"],
    ["copies 6.0 with ratio ≥ 2.0 stays group 1", 1, "2.0", "6.0"],
  ])("%s → group %i", (_name, group, ratio, copies) => {
    expect(classify(`ratio=${ratio}&copies=${copies}`).ishGroup).toBe(group);
  });

  it("takes the ratio branch the group implies", () => {
    expect(classify("ratio=2.0&copies=3.99").path).toContain("ratio-high");
    expect(classify("ratio=1.99&copies=3.99").path).toContain("ratio-low");
  });
});

// Reference §3.4 R-CEP: ratio = copies ÷ cep17 when no ratio is reported, never rounded.
describe("ratio derived from CEP17, around 2.0", () => {
  it.each([
    ["4.0 ÷ 2.0 = 2.0", 1, "4.0", "2.0"],
    ["3.98 ÷ 2.0 = 1.99", 5, "3.98", "2.0"],
    ["3.99 ÷ 2.0 = 1.995, not rounded to 2.0", 5, "3.99", "2.0"],
    ["4.02 ÷ 2.0 = 2.01", 1, "4.02", "2.0"],
    ["6.0 ÷ 3.0 = 2.0", 1, "6.0", "3.0"],
    ["5.97 ÷ 3.0 = 1.99", 4, "5.97", "3.0"],
  ])("%s → group %i", (_name, group, copies, cep17) => {
    expect(classify(`ihc=2&copies=${copies}&cep17=${cep17}`).ishGroup).toBe(group);
  });
});

// Reference §2.5 / asco-cap-2018-pocket Fig 2: ≥ 6.0 positive, < 4.0 negative, in between needs IHC.
describe("single-probe thresholds (§2.5)", () => {
  it.each([
    ["3.99", "negative"],
    ["4.0", "reflex-ihc"],
    ["4.01", "reflex-ihc"],
    ["5.99", "reflex-ihc"],
    ["6.0", "positive"],
    ["6.01", "positive"],
  ])("copies %s → %s", (copies, expected) => {
    const result = classify(`copies=${copies}&assay=single`);
    expect(result.kind === "pending" ? result.nextStep : result.status).toBe(expected);
  });
});

// Reference §3.4 rule 6 (ENGINEERING tolerance): |ratio − copies ÷ cep17| > 0.05 is contradictory.
describe("ratio vs copies ÷ cep17 tolerance of 0.05 (copies 4.0, cep17 2.0, so 2.0 exactly)", () => {
  it.each([
    ["2.05", true],
    ["2.04", true],
    ["2.06", false],
    ["1.95", true],
    ["1.96", true],
    ["1.94", false],
  ])("ratio %s accepted: %s", (ratio, ok) => {
    expect(accepted(`ihc=2&ratio=${ratio}&copies=4.0&cep17=2.0`)).toBe(ok);
  });

  it("classifies on the reported ratio when the three numbers agree (§3.4 rule 6)", () => {
    expect(classify("ihc=2&ratio=1.96&copies=4.0&cep17=2.0").ishGroup).toBe(4);
    expect(classify("ihc=2&ratio=2.04&copies=3.98&cep17=2.0").ishGroup).toBe(2);
  });
});

// Reference §3.4 rule 3: every number must be > 0.
describe("the lower bound of every number", () => {
  it.each([
    ["ratio", "ihc=2&copies=4.5"],
    ["copies", "ihc=2&ratio=2.2"],
    ["cep17", "ihc=2&copies=3.5"],
    ["recountRatio", "ihc=2&ratio=2.2&copies=3.5&recountCopies=3.6"],
    ["recountCopies", "ihc=2&ratio=2.2&copies=3.5&recountRatio=2.1"],
  ])("%s: 0 and 0.0 rejected, 0.01 accepted (with %s)", (name, context) => {
    for (const zero of ["0", "0.0"]) {
      expect(parseHer2Query(new URLSearchParams(`${context}&${name}=${zero}`))).toMatchObject({ ok: false, error: { parameter: name } });
    }
    expect(accepted(`${context}&${name}=0.01`)).toBe(true);
  });
});
