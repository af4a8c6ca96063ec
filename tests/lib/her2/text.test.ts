import { describe, expect, it } from "vitest";
import { datasets, sourceFor } from "@/lib/datasets";
import { latestApprovalsFor } from "@/lib/datasets/therapies";
import {
  CATEGORY_TEXT,
  categoryTextFor,
  DISCORDANT_TEXT,
  HER2_CATEGORIES,
  type Her2Classification,
  IHC_CALL_CAUTION,
  ISH_GROUP_TEXT,
  NEGATIVE_WITH_COMMENT_TEXT,
  NEXT_STEP_TEXT,
  NEXT_STEPS,
  SUBGROUP_NOTE,
} from "@/lib/her2";
import { classificationSources, HER2_TEXT_SOURCE_IDS, type ResultWords } from "@/lib/her2/result-text";
import { FLOW_SOURCE_IDS, flowSourceLine } from "@/lib/her2/text";
import { classifyWithWords } from "./helpers";
import { VALID_CASES } from "./reference-cases";

const results: [string, Her2Classification & ResultWords][] = VALID_CASES.map(([n, , inputs]) => [`case ${n}`, classifyWithWords(inputs)]);

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
    expect(result.plain).toContain(categoryTextFor(result).plain);
    expect(result.clinical).toContain(categoryTextFor(result).clinical);
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
    expect(ultralow?.plain).toContain(IHC_CALL_CAUTION.ultralowOrNull.plain);
  });
});

/** Each trial, label or definition the text names, and the source that must back it. */
const QUOTED: [RegExp, string][] = [
  [/NRG\/NSABP B-47/, "asco-cap-2018-jop-summary"],
  [/DESTINY-Breast04/, "modi-2022-db04"],
  [/DESTINY-Breast06/, "bardia-2024-db06"],
  [/Pertuzumab is labelled/, "perjeta-label"],
  [/>0% to ≤10%|membrane staining/, "rakha-2026-consensus"],
  [/FDA 2025|FDA, 27 January 2025|HER2-ultralow approvals?/, "fda-2025-her2ultralow"],
  [/HER2-low approvals?|IHC 1\+ or IHC 2\+\/ISH-/, "fda-2022-her2low"],
];

describe("the result text cites what it quotes (data/sources.json)", () => {
  it("every source the flow's text cites resolves to a full citation", () => {
    for (const id of HER2_TEXT_SOURCE_IDS) expect(sourceFor(id).citation.length, id).toBeGreaterThan(20);
  });

  it.each(results)("%s: each trial, label and definition named in the text has its source", (_name, result) => {
    const sources = classificationSources(result);
    expect(sources.slice(0, 2)).toEqual([...FLOW_SOURCE_IDS]);
    const text = `${result.clinical} ${result.plain}`;
    for (const [pattern, id] of QUOTED) {
      if (pattern.test(text)) expect(sources, `${pattern} → ${id}`).toContain(id);
    }
  });

  it("HER2-positive no longer limits trastuzumab deruxtecan to after a prior anti-HER2 regimen", () => {
    const positive = CATEGORY_TEXT["her2-positive"];
    expect(positive.clinical).not.toMatch(/after a prior anti-HER2-based regimen/);
    expect(positive.clinical).not.toMatch(/deruxtecan/);
    // The card names the newest approvals from the therapies dataset instead (her2-therapies.md rows 17–19).
    const latest = latestApprovalsFor("her2-positive", datasets.therapies);
    expect(latest.map((row) => row.approvalDate)).toEqual(["2025-12-15", "2026-05-15", "2026-05-15"]);
    expect(latest[0]?.indication).toMatch(/^First-line treatment .* in combination with pertuzumab\.$/);
    expect(latestApprovalsFor("her2-ultralow", datasets.therapies).map((row) => row.approvalDate)).toEqual(["2025-01-27"]);
    expect(latestApprovalsFor("her2-null", datasets.therapies)).toEqual([]);
  });

  it("the flow's source line is the two guideline citations from sources.json, then the disclaimer", () => {
    const line = flowSourceLine(datasets.sources);
    expect(line).toBe(
      `${sourceFor("asco-cap-2018").citation} ${sourceFor("asco-cap-2023").citation} Educational logic, not a diagnostic device. The final HER2 status is the pathologist's call.`,
    );
    expect(() => flowSourceLine([])).toThrow(/Unknown source id "asco-cap-2018"/);
  });
});
