import { describe, expect, it } from "vitest";
import { parseTreatmentsState, TREATMENTS_DEFAULTS, treatmentsApiPath, treatmentsImagePath, treatmentsSearch } from "@/lib/charts/therapies-state";
import { itReadsLikeEveryPageState } from "./page-state-cases";

describe("treatments URL state", () => {
  itReadsLikeEveryPageState(
    { parse: parseTreatmentsState, defaults: TREATMENTS_DEFAULTS, search: treatmentsSearch },
    { class: ["chemotherapy", ""], population: ["her2-null", "her2-low,her2-low"], view: ["<script>"] },
    "class",
  );

  it("downloads and draws every approval for the default view", () => {
    expect(treatmentsApiPath(TREATMENTS_DEFAULTS)).toBe("/api/therapies");
    expect(treatmentsImagePath(TREATMENTS_DEFAULTS)).toBe("/api/charts/treatments");
  });

  it("round-trips a state through the query string, in the vocabulary's order", () => {
    const { state } = parseTreatmentsState({ class: "tyrosine-kinase-inhibitor,monoclonal-antibody", population: "her2-low", view: "table" });
    expect(state).toEqual({ classes: ["monoclonal-antibody", "tyrosine-kinase-inhibitor"], populations: ["her2-low"], wording: "plain", view: "table" });
    expect(parseTreatmentsState(Object.fromEntries(new URLSearchParams(treatmentsSearch(state))))).toEqual({ state, notices: [] });
  });

  it("accepts repeated checkbox values from the no-JavaScript form", () => {
    expect(parseTreatmentsState({ class: ["antibody-drug-conjugate", "monoclonal-antibody"] }).state.classes).toEqual([
      "monoclonal-antibody",
      "antibody-drug-conjugate",
    ]);
  });

  it("keeps the wording in the page URL, but not in the downloads or the image", () => {
    const { state } = parseTreatmentsState({ wording: "details", population: "her2-low" });
    expect(state.wording).toBe("details");
    expect(treatmentsSearch(state)).toBe("?population=her2-low&wording=details");
    expect(treatmentsApiPath(state)).toBe("/api/therapies?population=her2-low");
    expect(treatmentsImagePath(state)).toBe("/api/charts/treatments?population=her2-low");
    expect(parseTreatmentsState({ wording: "simple" }).notices).toHaveLength(1);
  });

  it("gives the downloads the API's own filters, without the page-only view", () => {
    const { state } = parseTreatmentsState({ class: "antibody-drug-conjugate", population: "her2-low,her2-ultralow", view: "table" });
    expect(treatmentsApiPath(state)).toBe("/api/therapies?class=antibody-drug-conjugate&population=her2-low%2Cher2-ultralow");
  });
});
