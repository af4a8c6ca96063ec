// @vitest-environment node
import { describe, expect, it } from "vitest";
import { draftFromSearchParams, viewDraft } from "@/lib/her2/case-draft";
import { testingRoutesFor } from "@/lib/subtype-page/testing";
import { SUBTYPE_IDS, SUBTYPES } from "@/lib/subtypes";

/** What /testing itself makes of a link: the page's own parser and classifier. */
function outcomeOf(href: string) {
  const params = Object.fromEntries(new URLSearchParams(href.slice(href.indexOf("?"))));
  const { draft, notice } = draftFromSearchParams(params);
  expect(notice).toBeNull();
  return viewDraft(draft).outcome;
}

describe("testing routes on a subtype page", () => {
  it.each(SUBTYPE_IDS)("%s: every link opens /testing on a final result with the subtype's HER2 status and the category named", (id) => {
    const routes = testingRoutesFor(id);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect(route.href.startsWith("/testing?")).toBe(true);
      const outcome = outcomeOf(route.href);
      expect(outcome.kind).toBe("classified");
      if (outcome.kind !== "classified" || outcome.classification.kind !== "final") throw new Error(`${route.href} is not a final result`);
      expect(outcome.classification.status).toBe(SUBTYPES[id].her2);
      expect(outcome.classification.category).toBe(route.category);
    }
  });

  it("HER2-positive: IHC 3+, and IHC 2+ with an amplified dual-probe ISH (group 1)", () => {
    const routes = testingRoutesFor("hr-neg-her2-pos");
    expect(routes.map((route) => route.caseText)).toEqual(["IHC 3+", "IHC 2+, ratio 2.5, 5.0 copies"]);
    const second = outcomeOf(routes[1]!.href);
    expect(second.kind === "classified" && second.classification.ishGroup).toBe(1);
  });

  it("HER2-negative: low (1+, or 2+ not amplified), ultralow and null, each opening its own result", () => {
    expect(testingRoutesFor("hr-neg-her2-neg").map((route) => [route.caseText, route.result])).toEqual([
      ["IHC 1+", "HER2-low"],
      ["IHC 2+, ratio 1.5, 3.0 copies", "HER2-low"],
      ["IHC 0, faint staining (ultralow)", "HER2-ultralow"],
      ["IHC 0, no staining (null)", "HER2-null"],
    ]);
  });

  it("the two subtypes with the same HER2 status share their routes", () => {
    expect(testingRoutesFor("hr-pos-her2-pos")).toEqual(testingRoutesFor("hr-neg-her2-pos"));
    expect(testingRoutesFor("hr-pos-her2-neg")).toEqual(testingRoutesFor("hr-neg-her2-neg"));
  });
});
