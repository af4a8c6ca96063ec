import { describe, expect, it } from "vitest";
import { PREVALENCE_DEFAULTS, parsePrevalenceState, prevalenceSearch } from "@/lib/charts/prevalence-state";
import { itReadsLikeEveryPageState } from "./page-state-cases";

describe("prevalence URL state", () => {
  itReadsLikeEveryPageState(
    { parse: parsePrevalenceState, defaults: PREVALENCE_DEFAULTS, search: prevalenceSearch },
    { period: ["2018-2022"], raceFigures: ["all"], races: ["", "black", "hispanic,hispanic"], wording: [["plain", "details"]], view: ["map"] },
    "raceFigures",
  );

  it("defaults to the latest edition, the HR+/HER2+ race figures, every race group, plain words and the chart", () => {
    expect(PREVALENCE_DEFAULTS).toMatchObject({ period: "2017-2021", raceFigures: "hr-pos-her2-pos", wording: "plain", view: "chart" });
    expect(PREVALENCE_DEFAULTS.races).toEqual(["hispanic", "nh-aian", "nh-api", "nh-black", "nh-white"]);
  });

  it("round-trips a full state through the query string", () => {
    const { state, notices } = parsePrevalenceState({
      period: "2016-2020",
      raceFigures: "triple-negative",
      races: "nh-black,hispanic",
      wording: "details",
      view: "table",
    });
    expect(notices).toEqual([]);
    expect(state).toEqual({ period: "2016-2020", raceFigures: "triple-negative", races: ["nh-black", "hispanic"], wording: "details", view: "table" });
    const search = prevalenceSearch(state);
    expect(search).toBe("?period=2016-2020&raceFigures=triple-negative&races=nh-black%2Chispanic&wording=details&view=table");
    expect(parsePrevalenceState(Object.fromEntries(new URLSearchParams(search)))).toEqual({ state, notices: [] });
  });

  it("accepts repeated checkbox values from the no-JavaScript form", () => {
    expect(parsePrevalenceState({ races: ["nh-aian", "nh-api"] }).state.races).toEqual(["nh-aian", "nh-api"]);
  });

  it("keeps the valid settings when another one is invalid, and never echoes the bad value", () => {
    const { state, notices } = parsePrevalenceState({ period: "2016-2020", raceFigures: "<script>alert(1)</script>" });
    expect(state.period).toBe("2016-2020");
    expect(state.raceFigures).toBe("hr-pos-her2-pos");
    expect(notices.join(" ")).not.toContain("<script>");
  });
});
