import { describe, expect, it } from "vitest";
import { firstUsesBySection, termsNotUsedIn } from "@/lib/glossary/phrases";

describe("termsNotUsedIn", () => {
  it("keeps the terms none of the texts uses, by any of their phrases, as whole words", () => {
    const texts = ["In the clinic: IHC 3+, or IHC 2+ with ISH amplification.", "A sub-group of HER2-negative used by drug labels."];
    expect(termsNotUsedIn(["ihc", "ish", "her2-low", "drug-label", "her2-negative", "her2-ultralow"], texts)).toEqual(["her2-low", "her2-ultralow"]);
    // "HER2-negative" is not a use of HER2-low's words, nor "IHCs" of IHC's.
    expect(termsNotUsedIn(["her2-low", "ihc"], ["HER2-negative IHCs"])).toEqual(["her2-low", "ihc"]);
  });

  it("keeps every term when there is no text", () => {
    expect(termsNotUsedIn(["seer", "subtype"], [])).toEqual(["seer", "subtype"]);
  });
});

describe("firstUsesBySection", () => {
  it("gives each section the terms no earlier section used, whatever the section itself says", () => {
    const sections = firstUsesBySection([
      { terms: ["her2-positive", "seer"], texts: ["82.7% of people with HER2-positive breast cancer.", "Diagnosed 2010–2013; SEER."] },
      { terms: ["subtype", "her2-positive"], texts: ["The least common of the four subtypes."] },
      { terms: ["subtype", "seer", "ihc"], texts: ["Not said here."] },
    ]);
    expect(sections).toEqual([["her2-positive", "seer"], ["subtype"], ["ihc"]]);
  });
});
