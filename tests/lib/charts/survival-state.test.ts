import { describe, expect, it } from "vitest";
import { parseSurvivalState, SURVIVAL_DEFAULTS, survivalImagePath, survivalSearch } from "@/lib/charts/survival-state";
import { parseChartRequest } from "@/lib/export/charts";
import { itReadsLikeEveryPageState } from "./page-state-cases";

describe("survival URL state", () => {
  itReadsLikeEveryPageState(
    { parse: parseSurvivalState, defaults: SURVIVAL_DEFAULTS, search: survivalSearch },
    {
      measure: ["<script>"],
      stage: ["stage-iv"],
      subtypes: ["", "hr-pos-her2-neg,hr-pos-her2-neg"],
      compare: ["hr-pos-her2-neg", "unknown,hr-pos-her2-neg"],
      wording: [["plain", "details"]],
    },
    "measure",
  );

  it("round-trips a full state through the query string", () => {
    const { state } = parseSurvivalState({
      measure: "five-year-relative",
      stage: "distant",
      subtypes: "hr-neg-her2-pos,unknown",
      compare: "hr-pos-her2-pos,hr-neg-her2-neg",
      wording: "details",
      view: "table",
    });
    const again = parseSurvivalState(Object.fromEntries(new URLSearchParams(survivalSearch(state))));
    expect(again).toEqual({ state, notices: [] });
    expect(state).toMatchObject({ stage: "distant", subtypes: ["hr-neg-her2-pos", "unknown"], view: "table" });
  });

  it("accepts repeated checkbox values from the no-JavaScript form", () => {
    expect(parseSurvivalState({ subtypes: ["hr-pos-her2-neg", "unknown"], stage: "every" }).state).toMatchObject({
      subtypes: ["hr-pos-her2-neg", "unknown"],
      stage: null,
    });
  });

  // Only five-year relative survival has figures by stage: a link naming a stage must never show (or
  // name in its image and file) the other measure's all-stages figures.
  it("reads a stage alone as the five-year relative measure, the only one with figures by stage", () => {
    const { state, notices } = parseSurvivalState({ stage: "distant" });
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ measure: "five-year-relative", stage: "distant" });
    expect(survivalSearch(state)).toBe("?measure=five-year-relative&stage=distant");
  });

  // The form without JavaScript sends its stage list with either measure: no notice, the hint says why.
  it("leaves a stage out when the measure asked for has no figures by stage", () => {
    const { state, notices } = parseSurvivalState({ measure: "four-year-cause-specific", stage: "distant" });
    expect(state).toMatchObject({ measure: "four-year-cause-specific", stage: null });
    expect(notices).toEqual([]);
    expect(survivalImagePath(state)).toBe("/api/charts/survival");
  });

  it("drops a stage kept from the five-year measure when the four-year one is chosen, so the link keeps the measure", () => {
    const fiveYear = parseSurvivalState({ measure: "five-year-relative", stage: "distant" }).state;
    const switched = { ...fiveYear, measure: "four-year-cause-specific" as const };
    expect(survivalSearch(switched)).toBe("");
    expect(parseSurvivalState(Object.fromEntries(new URLSearchParams(survivalSearch(switched)))).state.measure).toBe("four-year-cause-specific");
  });

  it("names (and caches) an image by what it draws: the stage only where it shows that stage, and one name for one image", () => {
    const request = (file: string, query: string) => {
      const parsed = parseChartRequest(file, new URLSearchParams(query));
      if (!parsed.ok) throw new Error(query);
      return parsed;
    };
    expect(request("survival.png", "stage=distant&size=slide").fileName).toBe("survival-five-year-relative-distant-slide.png");
    for (const same of ["measure=four-year-cause-specific&stage=distant", "measure=four-year-cause-specific", "stage=every&wording=plain"]) {
      expect(request("survival.png", same).fileName, same).toBe("survival-slide.png");
      expect(request("survival.png", same).key, same).toBe(request("survival.png", "").key);
    }
    // The comparison draws the pair alone: the chart's measure, stage and subtypes neither name it nor reach its footer's address.
    const compare = request("compare.svg", "measure=five-year-relative&stage=distant&subtypes=unknown&compare=hr-pos-her2-pos,hr-neg-her2-neg");
    expect(compare.fileName).toBe("compare-hr-pos-her2-pos-hr-neg-her2-neg-slide.svg");
    expect(compare.spec()).toMatchObject({ address: "/survival?compare=hr-pos-her2-pos%2Chr-neg-her2-neg#compare" });
  });
});
