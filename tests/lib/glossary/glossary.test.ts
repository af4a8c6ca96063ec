// The glossary's entries: complete, unique, sourced, and reading the same definitions as the data.
// That each page it lists really uses the term (and no other page does) needs the rendered pages:
// tests/e2e/glossary.spec.ts checks it against the server's HTML.
import { describe, expect, it } from "vitest";
import { datasets } from "@/lib/datasets";
import { GLOSSARY, glossaryByTopic } from "@/lib/glossary/entries";
import { glossaryHref } from "@/lib/glossary/href";
import { GLOSSARY_IDS, GLOSSARY_PHRASES, isGlossaryId } from "@/lib/glossary/phrases";
import { GLOSSARY_TERMS, glossaryTerm } from "@/lib/glossary/terms";
import { GLOSSARY_TOPICS } from "@/lib/glossary/types";
import { CATEGORY_TEXT } from "@/lib/her2/category-text";
import { IHC_CALL_CAUTION } from "@/lib/her2/ihc-caution";
import { ISH_GROUP_TEXT, TEST_TEXT } from "@/lib/her2/text";
import { PAGE_TEXT } from "@/lib/pages";
import { PAGES } from "../../../scripts/pages.mjs";

const sourceIds = new Set(datasets.sources.map((source) => source.id));

/** The terms the issue names, each of which must have an entry. */
const REQUIRED = [
  "cause-specific-survival",
  "relative-survival",
  "ish",
  "cep17",
  "de-novo-stage-iv",
  "her2-low",
  "her2-ultralow",
  "hazard-ratio",
  "kaplan-meier",
  "confidence-interval",
  "stage",
  "stage-i-iv",
  "seer-summary-stage",
  "ihc",
  "her2-positive",
  "hormone-receptor",
  "er",
  "pr",
  "incidence-rate",
  "seer",
  "asco-cap",
  "accelerated-approval",
  "her2-null",
  "triple-negative",
  "ish-group",
];

describe("glossary entries", () => {
  it("has an entry for every term the issue names", () => {
    expect(REQUIRED.filter((id) => !isGlossaryId(id))).toEqual([]);
  });

  it("gives every entry an id, a term, a plain and a precise definition", () => {
    for (const entry of GLOSSARY) {
      expect(entry.id, entry.term).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.term.trim(), entry.id).not.toBe("");
      expect(entry.plain.trim().length, `${entry.id} plain`).toBeGreaterThan(20);
      expect(entry.precise.text.trim().length, `${entry.id} precise`).toBeGreaterThan(20);
      expect(entry.precise.text, `${entry.id}: precise is not the plain text again`).not.toBe(entry.plain);
      for (const item of entry.precise.items ?? []) expect(item.trim(), entry.id).not.toBe("");
    }
  });

  it("has unique ids and unique terms, and no id that is also a topic section's anchor", () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(GLOSSARY.map((entry) => entry.term.toLowerCase())).size).toBe(ids.length);
    for (const topic of Object.keys(GLOSSARY_TOPICS)) expect(ids).not.toContain(`topic-${topic}`);
  });

  it("cites only sources that resolve in data/sources.json", () => {
    const missing = GLOSSARY.flatMap((entry) => entry.precise.sources.filter((id) => !sourceIds.has(id)).map((id) => `${entry.id}: ${id}`));
    expect(missing).toEqual([]);
  });

  it("lists only real pages as used on, each once, and says what is coming where it lists none", () => {
    const pages = new Set(PAGES);
    for (const entry of GLOSSARY) {
      for (const page of entry.usedOn) {
        expect(pages.has(page), `${entry.id} is used on ${page}`).toBe(true);
        expect(page in PAGE_TEXT).toBe(true);
      }
      expect(new Set(entry.usedOn).size, entry.id).toBe(entry.usedOn.length);
      expect(entry.usedOn.length, `${entry.id} is on no page`).toBeGreaterThan(0);
    }
  });

  it("puts every entry under one of the topics, in the topics' order", () => {
    const topics = glossaryByTopic();
    expect(topics.map((t) => t.topic)).toEqual(Object.keys(GLOSSARY_TOPICS));
    expect(topics.flatMap((t) => t.entries.map((e) => e.id)).sort()).toEqual(GLOSSARY.map((e) => e.id).sort());
    for (const { entries } of topics) expect(entries.length).toBeGreaterThan(0);
  });

  it("has phrases for exactly the terms it defines, none of them blank", () => {
    expect([...GLOSSARY_IDS].sort()).toEqual(GLOSSARY_TERMS.map((term) => term.id).sort());
    for (const [id, phrases] of Object.entries(GLOSSARY_PHRASES)) for (const phrase of phrases) expect(phrase.trim().length, id).toBeGreaterThan(0);
    expect(isGlossaryId("her2-low")).toBe(true);
    expect(isGlossaryId("toString")).toBe(false);
  });
});

describe("abbreviations", () => {
  // HR means hormone receptor on every page (HR+/HER2−); an entry that also called the hazard ratio "HR" made it mean two things.
  it("each stand for one entry: no two entries take the same abbreviation as an alias, with or without a qualifier", () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of GLOSSARY) {
      for (const alias of entry.aliases) {
        // "HR", "HR+", "OS", "HR (in trials)": an abbreviation, perhaps signed or qualified.
        const word = /^([A-Z]{2,})[+−]?(?: \(.*\))?$/.exec(alias)?.[1];
        if (word) owners.set(word, (owners.get(word) ?? new Set()).add(entry.id));
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([word, ids]) => `${word}: ${[...ids].join(", ")}`);
    expect(shared).toEqual([]);
    expect([...(owners.get("HR") ?? [])]).toEqual(["hormone-receptor"]);
  });
});

describe("one source of truth", () => {
  const definitions = datasets.subtypes.definitions;

  it("reads the precise definitions the datasets state from the datasets", () => {
    expect(glossaryEntry("her2-positive").precise).toEqual({ text: definitions.her2Positive!.text, sources: [definitions.her2Positive!.sourceId] });
    expect(glossaryEntry("her2-low").precise.text).toBe(definitions.her2Low!.text);
    expect(glossaryEntry("her2-ultralow").precise.text.startsWith(definitions.her2Ultralow!.text)).toBe(true);
    // The ultralow term keeps its warning that pathologists can differ on the call (her2-testing.md §1.2).
    expect(glossaryEntry("her2-ultralow").plain).toBe(`${CATEGORY_TEXT["her2-ultralow"].plain} ${IHC_CALL_CAUTION.ultralowOrNull.plain}`);
    expect(glossaryEntry("hormone-receptor").precise.text).toBe(definitions.hormoneReceptorPositive!.text);
    expect(glossaryEntry("intrinsic-subtype").precise.text).toBe(definitions.intrinsicSubtypes!.text);
    const fourYear = datasets.survival.find((row) => row.measure === "four-year-cause-specific")!;
    // The dataset's definition first, then how the measure treats other deaths (a net measure, not a crude share).
    expect(glossaryEntry("cause-specific-survival").precise.text).toBe(
      `${fourYear.definition} Deaths from other causes are not events: the people who die of them leave the count (censored). Where those deaths are independent of breast cancer, it estimates survival as if breast cancer were the only cause of death.`,
    );
    const fiveYear = datasets.survival.find((row) => row.measure === "five-year-relative")!;
    expect(glossaryEntry("relative-survival").precise.text).toBe(fiveYear.definition);
  });

  it("shows the testing page's own plain words for the tests and results", () => {
    expect(glossaryTerm("ihc").plain).toBe(TEST_TEXT.ihc);
    expect(glossaryTerm("ish").plain).toBe(TEST_TEXT.ish);
    expect(glossaryTerm("her2-low").plain).toBe(CATEGORY_TEXT["her2-low"].plain);
    expect(glossaryEntry("ish-group").precise.items).toEqual(Object.values(ISH_GROUP_TEXT));
  });

  it("lists T-DXd's approvals from the therapies dataset, every one of them", () => {
    const rows = datasets.therapies.filter((row) => row.drug.includes("(T-DXd)"));
    expect(glossaryEntry("t-dxd").precise.items).toHaveLength(rows.length);
    for (const row of rows) expect(glossaryEntry("t-dxd").precise.sources).toContain(row.sourceId);
  });

  it("takes its confidence-interval example from the published row, interval and all", () => {
    const row = datasets.prevalence.find((r) => r.id === "rate-2018-2022-race-nh-aian-hr-pos-her2-pos")!;
    const text = glossaryEntry("confidence-interval").precise.text;
    expect(text).toContain(`${row.value} per 100,000`);
    expect(text).toContain(`${row.ci!.lower.toFixed(1)}–${row.ci!.upper.toFixed(1)}`);
  });
});

describe("glossaryHref", () => {
  it("points at the entry's anchor on /glossary", () => {
    expect(glossaryHref("her2-low")).toBe("/glossary#her2-low");
  });
});

function glossaryEntry(id: string) {
  const entry = GLOSSARY.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
}
