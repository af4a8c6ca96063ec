import { describe, expect, it } from "vitest";
import {
  CATEGORY_TEXT,
  classifyHer2,
  DISCORDANT_TEXT,
  HER2_CATEGORIES,
  ISH_GROUP_TEXT,
  NEGATIVE_WITH_COMMENT_TEXT,
  NEXT_STEP_TEXT,
  NEXT_STEPS,
  parseHer2Query,
  SUBGROUP_NOTE,
  type Her2Classification,
} from "@/lib/her2";
import { paramsFrom } from "./helpers";
import { VALID_CASES } from "./reference-cases";

const results: [string, Her2Classification][] = VALID_CASES.map(([n, , inputs]) => {
  const parsed = parseHer2Query(paramsFrom(inputs));
  if (!parsed.ok) throw new Error(`case ${n} rejected`);
  return [`case ${n}`, classifyHer2(parsed.input)];
});

describe("plain-language and clinical text (reference §5, §3.5)", () => {
  it("has a label, plain and clinical text for every category and every next step", () => {
    for (const text of [...HER2_CATEGORIES.map((c) => CATEGORY_TEXT[c]), ...NEXT_STEPS.map((s) => NEXT_STEP_TEXT[s])]) {
      expect(text.label.length).toBeGreaterThan(0);
      expect(text.plain.length).toBeGreaterThan(40);
      expect(text.clinical.length).toBeGreaterThan(40);
    }
    expect(Object.keys(ISH_GROUP_TEXT)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("says that the sub-groups are not ASCO/CAP result categories", () => {
    expect(SUBGROUP_NOTE).toMatch(/sub-groups of HER2-negative/);
    expect(SUBGROUP_NOTE).toMatch(/not ASCO\/CAP result categories/);
  });

  it.each(results)("%s: the result carries the text of its outcome", (_name, result) => {
    if (result.kind === "pending") {
      expect(result.plain).toBe(NEXT_STEP_TEXT[result.nextStep].plain);
      expect(result.clinical).toMatch(/^No HER2 status yet/);
      return;
    }
    expect(result.plain).toContain(CATEGORY_TEXT[result.category].plain);
    expect(result.clinical).toContain(CATEGORY_TEXT[result.category].clinical);
    if (result.status === "positive") {
      expect(result.clinical).not.toContain(SUBGROUP_NOTE);
      expect(result.plain.includes(DISCORDANT_TEXT.plain)).toBe(result.flags.length > 0);
    } else {
      expect(result.plain).toMatch(/^HER2-negative\./);
      expect(result.clinical).toContain(SUBGROUP_NOTE);
      expect(result.plain.includes(NEGATIVE_WITH_COMMENT_TEXT)).toBe(result.withComment);
    }
  });

  it("warns that ultralow versus null is a call pathologists often disagree on (§1.2)", () => {
    const ultralow = results.map(([, result]) => result).find((result) => result.kind === "final" && result.category === "her2-ultralow");
    expect(ultralow?.plain).toMatch(/Pathologists do not always agree/);
  });
});
