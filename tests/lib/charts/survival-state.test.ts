import { describe, expect, it } from "vitest";
import { parseSurvivalState, SURVIVAL_DEFAULTS, survivalSearch } from "@/lib/charts/survival-state";
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
});
