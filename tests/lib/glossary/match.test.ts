import { describe, expect, it } from "vitest";
import { firstMatch, phrasePattern, segmentByTerms } from "@/lib/glossary/match";

describe("phrasePattern", () => {
  it.each([
    // Whole words, capitalised at a sentence start too, but not shouted.
    ["five-year relative survival by stage", "relative survival", true],
    ["Relative survival compares", "relative survival", true],
    ["RELATIVE SURVIVAL", "relative survival", false],
    // An abbreviation keeps its case: ER is not the letters of a word.
    ["ER+ and/or PR+", "ER", true],
    ["the HER2 protein", "ER", false],
    ["PRCDA areas", "PR", false],
    ["ER/PR/HER2 definitions", "PR", true],
    // Not inside a hyphenated compound or a longer word.
    ["HER2-ultralow tumours", "ultralow", false],
    ["the HER2-low-share row", "HER2-low", false],
    ["FISH counts", "ISH", false],
    ["(ISH, such as FISH)", "ISH", true],
    ["HER2-low.", "HER2-low", true],
    // A phrase's characters are literal.
    ["the ASCO/CAP algorithm", "ASCO/CAP", true],
    ["per 100,000 women", "per 100,000", true],
    ["per 100a000 women", "per 100,000", false],
  ])("in %j, finds %j: %s", (text, phrase, expected) => {
    expect(phrasePattern(phrase).test(text)).toBe(expected);
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
