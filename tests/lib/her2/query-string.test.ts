// One rule for what an IHC value may be, however it is read: /api/her2-status reads the raw query
// (parseHer2QueryString); the pages and the chart image read decoded values, after the proxy or the
// image route has written an ambiguous value's pluses as %2B (explicitIhcPluses). Every spelling in the
// table must get the same answer from both.
import { describe, expect, it } from "vitest";
import { explicitIhcPluses, parseHer2QueryString } from "@/lib/her2";
import { draftFromSearchParams } from "@/lib/her2/case-draft";

/** Raw `ihc` value → the score both readers give, or null where both reject it. */
const SPELLINGS: [string, string | null][] = [
  ["0", "0"],
  ["1", "1+"],
  ["1+", "1+"],
  ["2", "2+"],
  ["2+", "2+"],
  ["2%2B", "2+"],
  ["3+", "3+"],
  ["3%2B", "3+"],
  ["+2+", "2+"],
  ["+2%2B+", "2+"],
  ["%202%2B%20", "2+"],
  ["2%20%20", "2+"],
  ["2+%20", "2+"],
  ["2%2B++", "2+"],
  ["%09 2 %0A", "2+"],
  ["2++", null],
  ["3+++", null],
  ["+2++", null],
  ["%202++%20", null],
  ["2%2B%2B", null],
  ["2+%2B", null],
  ["2%2B%2B+", null],
  ["9", null],
  ["4+", null],
  ["-1", null],
  ["1.5", null],
  ["2+x", null],
];

/** What the page reads: Next's decoded searchParams of the query the proxy sends it on to. */
const pageReading = (search: string) => draftFromSearchParams(Object.fromEntries(new URLSearchParams(explicitIhcPluses(search))));

describe.each(SPELLINGS)("ihc=%s", (raw, score) => {
  it(score === null ? "is rejected by the API and by the page" : `reads as ${score} in the API and in the page`, () => {
    const search = `?ihc=${raw}`;
    const api = parseHer2QueryString(search);
    const page = pageReading(search);
    if (score === null) {
      expect(api).toMatchObject({ ok: false, error: { parameter: "ihc" } });
      expect(page.draft.ihc).toBeNull();
      expect(page.notice).toBe("The link's “ihc” value could not be used, so the case starts empty.");
    } else {
      expect(api).toMatchObject({ ok: true, input: { ihc: { score: Number(score[0]) } } });
      expect(page).toEqual({ draft: expect.objectContaining({ ihc: score }), notice: null, unreadable: [] });
    }
  });
});

describe("explicitIhcPluses", () => {
  it("writes only an ambiguous ihc value's pluses as %2B, leaving the rest of the query as written", () => {
    expect(explicitIhcPluses("?ratio=2.2&ihc=2++&copies=3+")).toBe("?ratio=2.2&ihc=2%2B%2B&copies=3+");
    expect(explicitIhcPluses("%69hc=+2++")).toBe("%69hc=%2B2%2B%2B");
    for (const search of ["?ihc=2+", "?ihc=2%2B&ratio=2.5", "", "?", "?ihc", "?bogus=2++"]) expect(explicitIhcPluses(search)).toBe(search);
  });

  it("is settled after one pass, so the proxy's redirect leads to a page, not another redirect", () => {
    for (const [raw] of SPELLINGS) {
      const once = explicitIhcPluses(`?ihc=${raw}`);
      expect(explicitIhcPluses(once), raw).toBe(once);
    }
  });
});
