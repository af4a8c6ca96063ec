// @vitest-environment node
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/therapies/route";
import { expectErrorNaming } from "./error-answer";

const get = (query = "") => GET(new Request(`http://localhost/api/therapies${query}`));

describe("GET /api/therapies", () => {
  it("serves the envelope with sources and the as-of date", async () => {
    const body = (await get().json()) as { dataset: string; asOf: string; data: unknown[]; sources: { id: string }[] };
    expect(body.dataset).toBe("therapies");
    expect(body.asOf).toBe("2026-05-15");
    expect(body.data).toHaveLength(20);
    expect(body.sources.length).toBeGreaterThan(10);
  });

  it("filters by population, matching rows that cover any of the given ones", async () => {
    const body = (await get("?population=her2-ultralow,her2-low").json()) as { data: { approvalDate: string }[] };
    expect(body.data.map((r) => r.approvalDate)).toEqual(["2022-08-05", "2025-01-27"]);
  });

  it("lists approvals oldest first, as the page does, in JSON and CSV", async () => {
    const body = (await get("?population=her2-positive-early").json()) as { data: { approvalDate: string }[] };
    const dates = body.data.map((r) => r.approvalDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBeGreaterThan(5);
    const csvDates = (await get("?format=csv").text())
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",")[1]);
    expect(csvDates).toEqual([...csvDates].sort());
  });

  it("filters by class", async () => {
    const body = (await get("?class=tyrosine-kinase-inhibitor").json()) as { data: { brand: string }[] };
    expect(body.data.map((r) => r.brand).sort()).toEqual(["Nerlynx", "Tukysa", "Tykerb"]);
  });

  it.each(["?class=chemo", "?population=her2-null", "?population=her2-low&population=her2-low", "?drug=x"])("%s is a 400", async (query) => {
    await expectErrorNaming(get(query), 400, query.slice(1).split("=")[0]!);
  });

  it("serves CSV with populations joined and a citation per row", async () => {
    const text = await get("?population=her2-ultralow&format=csv").text();
    const [header, row] = text.split("\r\n");
    expect(header).toBe("id,approval_date,drug,brand,class,indication,populations,population_note,pivotal_trials,status,note,source_id,source_citation");
    expect(row).toContain("2025-01-27");
    expect(row).toContain("her2-low; her2-ultralow");
  });
});
