// @vitest-environment node
import { describe, expect, it } from "vitest";
import { prevalencePageRows } from "@/lib/charts/prevalence-views";
import { datasets } from "@/lib/datasets";

describe("the rows /prevalence cites", () => {
  const rows = prevalencePageRows(datasets.prevalence);

  it("are the rows its charts can show, in any state: both incidence editions, every race figure set, every race on the age chart", () => {
    const ids = new Set(rows.map((row) => row.id));
    expect(ids.size).toBe(rows.length);
    expect(new Set(rows.filter((row) => row.measure === "incidence-rate" && row.race === null && row.ageGroup === null).map((row) => row.period))).toEqual(
      new Set(["2017-2021", "2016-2020"]),
    );
    expect(rows.some((row) => row.measure === "her2-low-share-of-her2-negative")).toBe(true);
    expect(rows.some((row) => row.measure === "median-age-at-diagnosis")).toBe(true);
  });

  it("leave out the API's rows no chart shows, so the page's sources never describe them (trends, stage rates)", () => {
    expect(rows.filter((row) => row.measure === "incidence-trend")).toEqual([]);
    expect(rows.filter((row) => row.stage !== undefined)).toEqual([]);
    expect(rows.length).toBeLessThan(datasets.prevalence.length);
  });
});
