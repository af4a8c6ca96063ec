// The scripts and e2e gates visit the pages and embeds listed in scripts/pages.mjs; these tests keep
// those lists in step with the code's own registries, so a new page or embed cannot escape them.
import { describe, expect, it } from "vitest";
import { NAV_ITEMS } from "@/app/navigation";
import { EMBEDDABLE_CHARTS } from "@/lib/embed";
import { EMBEDS, PAGES } from "../../scripts/pages.mjs";

describe("scripts/pages.mjs", () => {
  it("lists every page in the navigation", () => {
    expect([...PAGES].sort()).toEqual(NAV_ITEMS.map((item) => item.href).sort());
  });

  it("lists every embeddable chart", () => {
    expect([...EMBEDS].sort()).toEqual(Object.keys(EMBEDDABLE_CHARTS).map((chart) => `/embed/${chart}`).sort());
  });
});
