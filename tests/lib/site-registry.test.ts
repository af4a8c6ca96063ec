// The scripts and e2e gates visit the pages and embeds listed in scripts/pages.mjs; these tests keep
// those lists in step with the code's own registries, so a new page or embed cannot escape them.
import { describe, expect, it } from "vitest";
import { EMBEDDABLE_CHARTS } from "@/lib/embed";
import { NAV_LINKS, PAGE_PATHS } from "@/lib/pages";
import { SUBTYPE_IDS, subtypePath } from "@/lib/subtypes";
import { EMBEDS, PAGES, SAME_TEMPLATE_AS_EARLIER } from "../../scripts/pages.mjs";

describe("scripts/pages.mjs", () => {
  it("lists every page in the navigation and the four subtype pages, and nothing else", () => {
    const expected = [...NAV_LINKS.map((link) => link.href), ...SUBTYPE_IDS.map(subtypePath)];
    expect([...PAGES].sort()).toEqual(expected.sort());
  });

  it("lists exactly the pages that have a title and a card (lib/pages)", () => {
    expect([...PAGES].sort()).toEqual([...PAGE_PATHS].sort());
  });

  it("lists every embeddable chart", () => {
    expect([...EMBEDS].sort()).toEqual(
      Object.keys(EMBEDDABLE_CHARTS)
        .map((chart) => `/embed/${chart}`)
        .sort(),
    );
  });

  it("audits the subtype template fully once: the pages after the first subtype page are the repeats", () => {
    const [first, ...rest] = SUBTYPE_IDS.map(subtypePath);
    expect(SAME_TEMPLATE_AS_EARLIER).toEqual(rest);
    expect(SAME_TEMPLATE_AS_EARLIER).not.toContain(first);
  });
});
