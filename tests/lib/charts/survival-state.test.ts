import { describe, expect, it } from "vitest";
import { parseSurvivalState, SURVIVAL_DEFAULTS, survivalSearch } from "@/lib/charts/survival-state";

describe("survival URL state", () => {
  it("an empty query is the default view, and the default has an empty query", () => {
    expect(parseSurvivalState({})).toEqual({ state: SURVIVAL_DEFAULTS, notices: [] });
    expect(survivalSearch(SURVIVAL_DEFAULTS)).toBe("");
  });

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

  it.each([
    [{ measure: "<script>" }, "measure"],
    [{ stage: "stage-iv" }, "stage"],
    [{ subtypes: "" }, "subtypes"],
    [{ subtypes: "hr-pos-her2-neg,hr-pos-her2-neg" }, "subtypes"],
    [{ compare: "hr-pos-her2-neg" }, "compare"],
    [{ compare: "unknown,hr-pos-her2-neg" }, "compare"],
    [{ wording: ["plain", "details"] }, "wording"],
  ])("falls back to the default with a notice for %o", (params, name) => {
    const { state, notices } = parseSurvivalState(params);
    expect(state[name as keyof typeof state]).toEqual(SURVIVAL_DEFAULTS[name as keyof typeof SURVIVAL_DEFAULTS]);
    expect(notices).toEqual([`The link's “${name}” setting was not recognised, so the default is shown.`]);
  });

  it("never echoes the bad value in the notice", () => {
    const { notices } = parseSurvivalState({ measure: "<img src=x onerror=alert(1)>" });
    expect(notices.join(" ")).not.toContain("<img");
  });
});
