// @vitest-environment node
/**
 * Every source the references give an address for carries that address, copied as given
 * (her2-data.md §7, her2-therapies.md §1). The references write addresses without the scheme and
 * sometimes without "www.", so those two are ignored in the comparison; nothing else is.
 */
import { describe, expect, it } from "vitest";
import { datasets, sourceFor } from "@/lib/datasets";

const REFERENCE_ADDRESSES: Record<string, string> = {
  // her2-data.md §7
  "seer-statfacts-subtypes-2024": "seer.cancer.gov/statfacts/html/breast-subtypes.html",
  "seer-statfacts-subtypes-2023": "seer.cancer.gov/statfacts/html/breast-subtypes.html",
  "seer-explorer-nov2024": "seer.cancer.gov/statistics-network/explorer/",
  "howlader-2018-cebp": "aacrjournals.org/cebp/article/27/6/619/71580/",
  "howlader-2014-jnci": "pmc.ncbi.nlm.nih.gov/articles/PMC4580552",
  "kohler-2015-jnci": "pmc.ncbi.nlm.nih.gov/articles/PMC4603551",
  "du-li-2023-ajcr": "pmc.ncbi.nlm.nih.gov/articles/PMC9989620",
  "peiffer-2023-jamaonc": "doi.org/10.1001/jamaoncol.2022.7476",
  "fda-2022-her2low": "fda.gov/news-events/press-announcements/fda-approves-first-targeted-therapy-her2-low-breast-cancer",
  "fda-2025-her2ultralow":
    "fda.gov/drugs/resources-information-approved-drugs/fda-approves-fam-trastuzumab-deruxtecan-nxki-unresectable-or-metastatic-hr-positive-her2-low-or-her2",
  "asco-cap-2023": "doi.org/10.1200/JCO.22.02864",
  "keegan-2012-bcr": "breast-cancer-research.biomedcentral.com/articles/10.1186/bcr3156",
  // her2-data.md, the HER2-low range's row: a DOI only ("doi:10.1186/…"), so its doi.org address
  "bcr-2022-her2low": "doi.org/10.1186/s13058-022-01519-x",
  // her2-therapies.md §1, the address of the copy each citation names
  "fda-approval-1998-herceptin": "lifesciencehistory.com/?p=63108",
  "fda-approval-2006-herceptin-adjuvant": "lifesciencehistory.com/?p=64236",
  "fda-summary-2008-lapatinib": "acemap.info/paper/282968121",
  "fda-approval-2012-perjeta": "breastcancer.org/research-news/20120611",
  "fda-approval-2013-perjeta-neoadjuvant": "fdanews.com/articles/159668-perjeta-first-to-gain-accelerated-approval-via-new-fda-pathway",
  "fda-approval-2017-perjeta-adjuvant":
    "gene.com/media/news-features/fda-approves-new-treatment-option-for-adjuvant-treatment-of-specific-type-of-early-breast-cancer",
  "fda-approval-2013-kadcyla": "gene.com/media/news-features/first-adc-breastcancer",
  "fda-approval-2019-kadcyla-adjuvant": "oplinc.com/latest-fda-approvals/",
  "fda-summary-2018-neratinib": "pubmed.ncbi.nlm.nih.gov/29523624/",
  "fda-release-2019-enhertu":
    "maestrodatabase.com/blog/fda-approves-new-treatment-option-for-patients-with-her2-positive-breast-cancer-who-have-progressed-on-available-therapies",
  "fda-approval-2022-enhertu-second-line": "cidegen.com/?p=40291",
  "fda-approval-2025-enhertu-first-line": "oncodaily.com/fda-approvals/fam-trastuzumab-deruxtecan-nxki-with-pertuzumab",
  "fda-approval-2026-enhertu-early":
    "fda.gov/drugs/resources-information-approved-drugs/fda-approves-two-separate-indications-fam-trastuzumab-deruxtecan-nxki-her2-positive-early-stage",
  "fda-approval-2020-tukysa": "breastcancer.org/research-news/fda-approves-tukysa-for-advanced-her2-pos",
  "fda-approval-2020-margenza": "fda.gov/drugs/drug-approvals-and-databases/fda-approves-margetuximab-metastatic-her2-positive-breast-cancer",
  "fda-approval-2019-herceptin-hylecta": "fda.gov/drugs/drug-approvals-and-databases/fda-approves-new-formulation-herceptin-subcutaneous-use",
};

/** The reference shortens these addresses ("…"): only the part it gives may ship, and a note says so. */
const SHORTENED: Record<string, string> = {
  "fda-summary-2021-phesgo": "aacrjournals.org/clincancerres/article/27/8/2126/671914/",
};

const bare = (url: string | undefined) => url?.replace(/^https?:\/\//, "").replace(/^www\./, "");

describe("source addresses match the references", () => {
  it.each(Object.entries(REFERENCE_ADDRESSES))("%s", (id, address) => {
    expect(bare(sourceFor(id).url)).toBe(address);
  });

  it.each(Object.entries(SHORTENED))("%s ships only the part of the address the reference gives", (id, address) => {
    const source = sourceFor(id);
    expect(bare(source.url)).toBe(address);
    expect(source.note).toMatch(/shortens/);
  });

  it("the only sources without an address are those the references give none for", () => {
    // ASCO-CAP 2018 (DOI unverified), Wynn & Tang, DESTINY-Breast04/06
    // and the pertuzumab label (her2-testing.md §1 lists them without an address): none in the references.
    expect(
      datasets.sources
        .filter((s) => !s.url)
        .map((s) => s.id)
        .sort(),
    ).toEqual(["asco-cap-2018", "bardia-2024-db06", "modi-2022-db04", "perjeta-label", "wynn-tang-2022-cmr"]);
  });

  it("Margenza names its citing journal only as the reference does (JCP)", () => {
    expect(sourceFor("fda-approval-2020-margenza").citation).toMatch(/as cited by JCP\./);
    expect(sourceFor("fda-approval-2020-margenza").citation).not.toMatch(/Community/);
  });

  it("the 2023 edition also names NCI's patient page", () => {
    expect(sourceFor("seer-statfacts-subtypes-2023").alsoAt).toEqual(["https://www.cancer.gov/types/breast/survival"]);
  });
});
