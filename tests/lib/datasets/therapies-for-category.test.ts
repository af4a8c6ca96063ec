// @vitest-environment node
import { describe, expect, it } from "vitest";
import { datasets } from "@/lib/datasets";
import { approvalsByClassFor } from "@/lib/datasets/therapies";

const classes = (category: Parameters<typeof approvalsByClassFor>[0]) => approvalsByClassFor(category, datasets.therapies).map((e) => e.drugClass);

describe("approvalsByClassFor", () => {
  it("HER2-positive is covered by all three classes", () => {
    expect(classes("her2-positive")).toEqual(["monoclonal-antibody", "antibody-drug-conjugate", "tyrosine-kinase-inhibitor"]);
  });

  it("HER2-low and HER2-ultralow are covered only by the antibody–drug conjugate approvals", () => {
    const low = approvalsByClassFor("her2-low", datasets.therapies);
    expect(low.map((e) => e.drugClass)).toEqual(["antibody-drug-conjugate"]);
    expect(low[0]!.approvals.map((r) => r.approvalDate)).toEqual(["2022-08-05", "2025-01-27"]);
    const ultralow = approvalsByClassFor("her2-ultralow", datasets.therapies);
    expect(ultralow[0]!.approvals.map((r) => r.approvalDate)).toEqual(["2025-01-27"]);
  });

  it.each(["her2-null", "her2-zero-unspecified", "ihc-unknown"] as const)("%s has no HER2-targeted approval", (category) => {
    expect(classes(category)).toEqual([]);
  });
});
