// @vitest-environment node
import { describe, expect, it } from "vitest";
import { parseTreatmentsState } from "@/lib/charts/therapies-state";
import { datasets } from "@/lib/datasets";
import { approvalsForSubtype } from "@/lib/datasets/therapies";
import { formatIsoDate } from "@/lib/format";
import { approvalsSentence, coveredPopulations, treatmentsHref, treatmentsLinkText } from "@/lib/subtype-page/approvals";
import { SUBTYPE_IDS, type SubtypeId } from "@/lib/subtypes";

const rows = datasets.therapies;
const ids = (id: SubtypeId) => approvalsForSubtype(id, rows).covering.map((row) => row.id);
const covers = (population: string) => rows.filter((row) => (row.populations as string[]).includes(population)).map((row) => row.id);

describe("approvals for a subtype", () => {
  it.each(["hr-pos-her2-pos", "hr-neg-her2-pos"] as const)("%s: every approval for HER2-positive disease, early or metastatic, and nothing else", (id) => {
    const expected = new Set([...covers("her2-positive-early"), ...covers("her2-positive-metastatic")]);
    expect(new Set(ids(id))).toEqual(expected);
    expect(ids(id)).toHaveLength(expected.size);
    expect(approvalsForSubtype(id, rows).otherHr).toEqual([]);
  });

  it("HR+/HER2−: the HER2-low approval and the HR-positive-only HER2-low/ultralow one", () => {
    expect(new Set(ids("hr-pos-her2-neg"))).toEqual(new Set([...covers("her2-low"), ...covers("her2-ultralow")]));
    expect(approvalsForSubtype("hr-pos-her2-neg", rows).otherHr).toEqual([]);
  });

  it("triple-negative: the HER2-low approval for HR+ or HR− disease, not the one limited to HR-positive disease (her2-therapies.md caveat 6)", () => {
    const { covering, otherHr } = approvalsForSubtype("hr-neg-her2-neg", rows);
    expect(covering.map((row) => row.approvalDate)).toEqual(["2022-08-05"]);
    expect(otherHr.map((row) => [row.approvalDate, row.hr])).toEqual([["2025-01-27", "positive"]]);
  });

  it.each(SUBTYPE_IDS)("%s: newest first", (id) => {
    const dates = approvalsForSubtype(id, rows).covering.map((row) => row.approvalDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("says how many, for whom and the newest date, from the rows", () => {
    const positive = approvalsForSubtype("hr-neg-her2-pos", rows);
    expect(approvalsSentence("hr-neg-her2-pos", positive)).toBe(
      `${positive.covering.length} US FDA approvals of HER2-targeted drugs in our list cover HR−/HER2+ breast cancer; the newest is from ${formatIsoDate(positive.covering[0]!.approvalDate)}.`,
    );
    expect(approvalsSentence("hr-pos-her2-neg", approvalsForSubtype("hr-pos-her2-neg", rows))).toBe(
      "2 US FDA approvals of HER2-targeted drugs in our list cover HR+/HER2− breast cancer, and only when it is also HER2-low or HER2-ultralow; the newest is from 27 Jan 2025.",
    );
    expect(approvalsSentence("hr-neg-her2-neg", approvalsForSubtype("hr-neg-her2-neg", rows))).toBe(
      "1 US FDA approval of HER2-targeted drugs in our list covers HR−/HER2− breast cancer, and only when it is also HER2-low; the newest is from 5 Aug 2022.",
    );
    expect(approvalsSentence("hr-neg-her2-neg", { covering: [], otherHr: [] })).toBe(
      "No US FDA approval of a HER2-targeted drug in our list covers HR−/HER2− breast cancer.",
    );
  });

  it.each(SUBTYPE_IDS)("%s: the treatments link opens /treatments filtered to exactly the populations covered", (id) => {
    const approvals = approvalsForSubtype(id, rows);
    const href = treatmentsHref(id, approvals);
    expect(href.startsWith("/treatments?")).toBe(true);
    const { state, notices } = parseTreatmentsState(Object.fromEntries(new URLSearchParams(href.slice("/treatments".length))));
    expect(notices).toEqual([]);
    expect(state.populations).toEqual(coveredPopulations(id, approvals));
    expect(treatmentsLinkText(id, approvals)).toMatch(
      /^All approvals for HER2-(positive, early stage and HER2-positive, metastatic|low and HER2-ultralow|low) on the treatments timeline →$/,
    );
    // Every approval the page lists is on the timeline it links to.
    for (const row of approvals.covering) expect(row.populations.some((p) => state.populations.includes(p))).toBe(true);
  });
});
