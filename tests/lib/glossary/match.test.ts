import { describe, expect, it } from "vitest";
import { firstMatch, phrasePattern, segmentByTerms } from "@/lib/glossary/match";

const found = (text: string, phrase: string) => phrasePattern(phrase).test(text);

describe("phrasePattern", () => {
  it("finds a phrase as whole words, capitalised at a sentence start too", () => {
    expect(found("five-year relative survival by stage", "relative survival")).toBe(true);
    expect(found("Relative survival compares", "relative survival")).toBe(true);
    expect(found("RELATIVE SURVIVAL", "relative survival")).toBe(false);
  });

  it("keeps an abbreviation's case: ER is not the letters of a word", () => {
    expect(found("ER+ and/or PR+", "ER")).toBe(true);
    expect(found("the HER2 protein", "ER")).toBe(false);
    expect(found("PRCDA areas", "PR")).toBe(false);
    expect(found("ER/PR/HER2 definitions", "PR")).toBe(true);
  });

  it("does not find a word inside a hyphenated compound or a longer word", () => {
    expect(found("HER2-ultralow tumours", "ultralow")).toBe(false);
    expect(found("the HER2-low-share row", "HER2-low")).toBe(false);
    expect(found("FISH counts", "ISH")).toBe(false);
    expect(found("(ISH, such as FISH)", "ISH")).toBe(true);
    expect(found("HER2-low.", "HER2-low")).toBe(true);
  });

  it("treats characters of a phrase literally", () => {
    expect(found("the ASCO/CAP algorithm", "ASCO/CAP")).toBe(true);
    expect(found("per 100,000 women", "per 100,000")).toBe(true);
    expect(found("per 100a000 women", "per 100,000")).toBe(false);
  });
});

describe("firstMatch", () => {
  it("returns the earliest phrase, and the longest where two start together", () => {
    expect(firstMatch("an ISH group 2 result after ISH", ["ISH", "ISH group"])).toEqual({ index: 3, length: 9 });
    expect(firstMatch("nothing here", ["ISH"])).toBeNull();
  });
});

describe("segmentByTerms", () => {
  const terms = [
    { id: "de-novo", match: ["de novo stage IV"] },
    { id: "stage", match: ["stage"] },
    { id: "ihc", match: ["IHC"] },
  ];

  it("cuts at the first use of each term and gives back the text unchanged", () => {
    const text = "An IHC score; de novo stage IV cancer.";
    const segments = segmentByTerms(text, terms);
    expect(segments.map((s) => (typeof s === "string" ? s : s.text)).join("")).toBe(text);
    expect(segments).toEqual(["An ", { id: "ihc", text: "IHC" }, " score; ", { id: "de-novo", text: "de novo stage IV" }, " cancer."]);
  });

  it("links a term's next use where its first sits inside an earlier term's words", () => {
    const segments = segmentByTerms("Women with de novo stage IV cancer; stage III is not shown.", terms);
    expect(segments).toEqual(["Women with ", { id: "de-novo", text: "de novo stage IV" }, " cancer; ", { id: "stage", text: "stage" }, " III is not shown."]);
  });

  it("leaves text without any of the terms whole", () => {
    expect(segmentByTerms("Four years after diagnosis.", terms)).toEqual(["Four years after diagnosis."]);
  });
});
