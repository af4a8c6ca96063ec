import { describe, expect, it } from "vitest";
import { DATA_VERSION, SITE_NAME } from "@/lib/release";
import { bibtexCitation, bibtexText, citationDataUrl, citationFileName, citationSlug, citationText, risCitation, type ViewCitation } from "@/lib/view-citation";

const VIEW: ViewCitation = {
  site: SITE_NAME,
  title: "Five-year relative survival by subtype",
  url: "https://her2.example.org/survival?measure=five-year-relative&stage=distant",
  release: "2026.11.25",
  accessed: "2031-05-06",
  sources: ["Howlader N, et al. J Natl Cancer Inst. 2018;110(11):1–9.", "NCI SEER Cancer Stat Facts."],
};

describe("citationText", () => {
  it("names the atlas, the chart, the release, the address, the access date and the sources", () => {
    expect(citationText(VIEW)).toBe(
      "HER2 Atlas. Five-year relative survival by subtype. Data release 2026.11.25. https://her2.example.org/survival?measure=five-year-relative&stage=distant. Accessed 2031-05-06. Data: Howlader N, et al. J Natl Cancer Inst. 2018;110(11):1–9. NCI SEER Cancer Stat Facts.",
    );
  });

  it("leaves out the address and the date where they are not known (the server's HTML)", () => {
    expect(citationText({ ...VIEW, url: "", accessed: "" })).toBe(
      "HER2 Atlas. Five-year relative survival by subtype. Data release 2026.11.25. Data: Howlader N, et al. J Natl Cancer Inst. 2018;110(11):1–9. NCI SEER Cancer Stat Facts.",
    );
  });
});

describe("bibtexText", () => {
  it("escapes braces, quotes and TeX's special characters, so a field prints as written and never ends early", () => {
    expect(bibtexText('Say "hi" {now}')).toBe('Say {"}hi{"} \\{now\\}');
    expect(bibtexText("50% & $5 #1 a_b ~ ^ \\")).toBe("50\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
  });

  it("joins lines: a field is one line", () => {
    expect(bibtexText("first\nsecond\r\n\tthird  ")).toBe("first second third");
  });

  it("leaves braces balanced whatever the input", () => {
    for (const text of ["}{", "{{{", "}", "a}b{c", "\\}"]) {
      const escaped = bibtexText(text).replace(/\\[{}]/g, "");
      let depth = 0;
      for (const ch of escaped) {
        depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
        expect(depth, text).toBeGreaterThanOrEqual(0);
      }
      expect(depth, text).toBe(0);
    }
  });
});

describe("bibtexCitation", () => {
  it("is a @misc entry with the atlas as a whole-name author, the address, the access date, the release and the sources", () => {
    expect(bibtexCitation(VIEW)).toBe(
      [
        "@misc{her2-atlas:five-year-relative-survival-by-subtype,",
        "  author = {{HER2 Atlas}},",
        "  title = {Five-year relative survival by subtype},",
        "  howpublished = {HER2 Atlas},",
        "  year = {2026},",
        "  version = {2026.11.25},",
        "  url = {https://her2.example.org/survival?measure=five-year-relative&stage=distant},",
        "  urldate = {2031-05-06},",
        "  note = {Data release 2026.11.25. Accessed 2031-05-06. Data: Howlader N, et al. J Natl Cancer Inst. 2018;110(11):1–9. NCI SEER Cancer Stat Facts.},",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("escapes a title and sources with braces, quotes and newlines, and keeps the url verbatim but for what would break the field", () => {
    const entry = bibtexCitation({ ...VIEW, title: 'A {chart}\nwith "quotes"', url: "https://a.test/x?q={1}%2C", sources: ["50% of\ncases"] });
    expect(entry).toContain('  title = {A \\{chart\\} with {"}quotes{"}},\n');
    expect(entry).toContain("  url = {https://a.test/x?q=%7B1%7D%2C},\n");
    expect(entry).toContain("Data: 50\\% of cases},\n");
    // Every field on one line: the entry is its opening, its fields and its closing brace.
    expect(
      entry
        .trimEnd()
        .split("\n")
        .slice(1, -1)
        .every((line) => /^ {2}[a-z]+ = \{.*\},$/.test(line)),
    ).toBe(true);
  });
});

describe("risCitation", () => {
  it("is TY to ER in `TAG  - value` lines ending CRLF: a web page with its title, site, address, access date, release and each source", () => {
    const lines = risCitation(VIEW).split("\r\n");
    expect(lines).toEqual([
      "TY  - ELEC",
      "TI  - Five-year relative survival by subtype",
      "T2  - HER2 Atlas",
      "PB  - HER2 Atlas",
      "PY  - 2026",
      "ET  - Data release 2026.11.25",
      "UR  - https://her2.example.org/survival?measure=five-year-relative&stage=distant",
      "Y2  - 2031/05/06",
      "N1  - Data: Howlader N, et al. J Natl Cancer Inst. 2018;110(11):1–9.",
      "N1  - Data: NCI SEER Cancer Stat Facts.",
      "ER  - ",
      "",
    ]);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it("keeps every field on its line, so a newline in a title cannot start a field of its own", () => {
    const ris = risCitation({ ...VIEW, title: "Survival\r\nER  - injected", sources: [] });
    expect(ris).toContain("TI  - Survival ER - injected\r\n");
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(ris).not.toContain("N1");
  });
});

describe("citation files", () => {
  it("are data: URLs of the same text, named after the atlas and the chart", () => {
    const bib = citationDataUrl(VIEW, "bibtex");
    expect(bib.startsWith("data:application/x-bibtex;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(bib.slice(bib.indexOf(",") + 1))).toBe(bibtexCitation(VIEW));
    const ris = citationDataUrl(VIEW, "ris");
    expect(ris.startsWith("data:application/x-research-info-systems;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(ris.slice(ris.indexOf(",") + 1))).toBe(risCitation(VIEW));
    expect(citationFileName(VIEW, "bibtex")).toBe("her2-atlas-five-year-relative-survival-by-subtype.bib");
    expect(citationFileName(VIEW, "ris")).toBe("her2-atlas-five-year-relative-survival-by-subtype.ris");
  });

  it("name the release as it is published", () => {
    expect(bibtexCitation({ ...VIEW, release: DATA_VERSION })).toContain(`version = {${DATA_VERSION}}`);
    expect(citationSlug("HR+/HER2− share (%)")).toBe("hr-her2-share");
    expect(citationSlug("—")).toBe("chart");
  });
});
