import { describe, expect, it } from "vitest";
import { datasets } from "@/lib/datasets";
import { citationsFor, pageSources, shortCitation, sourceAnchor } from "@/lib/datasets/citations";

const citation = (id: string) => datasets.sources.find((source) => source.id === id)!.citation;

describe("shortCitation: the name a one-line source gives before linking to the full citation", () => {
  it("names a paper by its first author and year, with et al. for three or more authors", () => {
    expect(shortCitation(citation("howlader-2018-cebp"))).toBe("Howlader et al., 2018");
    expect(shortCitation(citation("keegan-2012-bcr"))).toBe("Keegan et al., 2012");
    expect(shortCitation(citation("asco-cap-2023"))).toBe("Wolff et al., 2023");
  });

  it("names both authors of a two-author paper", () => {
    expect(shortCitation(citation("du-li-2023-ajcr"))).toBe("Du and Li, 2023");
    expect(shortCitation(citation("wynn-tang-2022-cmr"))).toBe("Wynn & Tang, 2022");
  });

  it("names an issuing body as it names itself, with the edition's year", () => {
    expect(shortCitation(citation("seer-statfacts-subtypes-2024"))).toBe("National Cancer Institute, SEER Program, 2024");
    expect(shortCitation(citation("seer-explorer-nov2024"))).toBe("National Cancer Institute, 2024");
    expect(shortCitation(citation("fda-2022-her2low"))).toBe("US Food and Drug Administration, 2022");
  });

  it("cuts a long opening to its first phrase, and leaves a year out where the citation has none", () => {
    expect(shortCitation(citation("fda-approval-1998-herceptin"))).toBe("Life Science History, 1998");
    expect(shortCitation("PERJETA (pertuzumab) US prescribing information, metastatic breast cancer indication.")).toBe("PERJETA US prescribing information");
  });

  it("gives every source in the data a short, non-empty name", () => {
    for (const source of datasets.sources) {
      const name = shortCitation(source.citation);
      expect(name.length, source.id).toBeGreaterThan(3);
      expect(name.length, source.id).toBeLessThanOrEqual(70);
      expect(name, source.id).not.toMatch(/[,;]$/);
    }
  });
});

describe("pageSources: the page's one citation block", () => {
  it("lists each source once, in first-cited order, with every period and definition taken from it", () => {
    const entries = pageSources(citationsFor(datasets.survival, datasets.sources));
    expect(entries.map((entry) => entry.sourceId)).toEqual(["howlader-2018-cebp", "seer-statfacts-subtypes-2023", "seer-statfacts-subtypes-2024"]);
    expect(entries[0]!.uses.map((use) => use.period)).toEqual(["2010-2013"]);
    expect(entries[0]!.uses[0]!.definition).toMatch(/^Four-year breast cancer-specific/);
    expect(entries[1]!.uses.map((use) => use.period)).toEqual(["2013-2019"]);
  });

  it("anchors each entry where one-line sources link", () => {
    expect(sourceAnchor("howlader-2018-cebp")).toBe("source-howlader-2018-cebp");
  });
});
