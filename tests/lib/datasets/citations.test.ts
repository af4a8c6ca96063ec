import { describe, expect, it } from "vitest";
import { datasets } from "@/lib/datasets";
import { citationsFor, pageSources, periodPhrase, shortCitation, shortCitationSentence, sourceAnchor } from "@/lib/datasets/citations";

const citation = (id: string) => datasets.sources.find((source) => source.id === id)!.citation;

describe("shortCitation: the name a one-line source gives before linking to the full citation", () => {
  it.each([
    // A paper: its first author and year, with et al. for three or more authors, both names for two.
    ["howlader-2018-cebp", "Howlader et al., 2018"],
    ["keegan-2012-bcr", "Keegan et al., 2012"],
    ["asco-cap-2023", "Wolff et al., 2023"],
    ["du-li-2023-ajcr", "Du and Li, 2023"],
    ["wynn-tang-2022-cmr", "Wynn & Tang, 2022"],
    // An author whose surname starts with a letter outside A–Z (Żurawski) is still an author.
    ["pivot-2015-jco", "Pivot et al., 2015"],
    // An issuing body as it names itself, with the edition's year.
    ["seer-statfacts-subtypes-2024", "National Cancer Institute, SEER Program, 2024"],
    ["seer-explorer-nov2024", "National Cancer Institute, 2024"],
    ["fda-2022-her2low", "US Food and Drug Administration, 2022"],
    // A long opening cut to its first phrase.
    ["fda-approval-1998-herceptin", "Life Science History, 1998"],
  ])("names %s “%s”", (id, name) => {
    expect(shortCitation(citation(id))).toBe(name);
  });

  it("leaves a year out where the citation has none", () => {
    expect(shortCitation("PERJETA (pertuzumab) US prescribing information, metastatic breast cancer indication.")).toBe("PERJETA US prescribing information");
  });

  it("gives every source in the data a short, non-empty name", () => {
    for (const source of datasets.sources) {
      const name = shortCitation(source.citation);
      expect(name.length, source.id).toBeGreaterThan(3);
      expect(name.length, source.id).toBeLessThanOrEqual(70);
      expect(name, source.id).not.toMatch(/[,;]$/);
      // An author list is named by its first author, never spelled out.
      expect(name, source.id).not.toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}{1,4}, \p{Lu}\p{Ll}+ \p{Lu}{1,4}/u);
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

describe("shortCitationSentence: citations by short name, for an image that names the page citing them in full", () => {
  it("names each source, period and registry of the rows once, in the order cited", () => {
    const rows = datasets.survival;
    const sentence = shortCitationSentence(rows, datasets.sources);
    const citations = citationsFor(rows, datasets.sources);
    expect(citations.length).toBeGreaterThan(1);
    let from = 0;
    for (const c of citations) {
      const part = `${shortCitation(c.citation)}, diagnosed ${c.period.replace("-", "–")}; ${c.registry}.`;
      const at = sentence.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
    expect(sentence.length).toBe(from);
    // Short: no full citation (its title or DOI) is repeated.
    for (const c of citations) expect(sentence).not.toContain(c.citation);
  });
});

describe("periodPhrase: what a figure's year means", () => {
  it.each([
    ["2010-2013", "diagnosis", "Diagnosed 2010–2013"],
    ["2022", "estimate", "Estimate for 2022"],
    ["2022", "published", "Published 2022"],
  ] as const)("%s as %s reads “%s”", (period, kind, phrase) => {
    expect(periodPhrase(period, kind)).toBe(phrase);
  });

  it("dates the review's 45–55% and the quoted 15–20% only by publication: the reference gives them no year (her2-data.md §5)", () => {
    const rows = datasets.prevalence.filter((row) => row.sourceId === "bcr-2022-her2low" || row.sourceId === "wynn-tang-2022-cmr");
    expect(rows.map((row) => [row.id, row.periodKind])).toEqual([
      ["share-2022-her2-low-review", "published"],
      ["share-2022-her2-positive-convention", "published"],
    ]);
  });
});
