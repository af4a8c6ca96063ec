import { describe, expect, it } from "vitest";
import { CHART_IDS, CHARTS } from "@/lib/charts/registry";
import { parseChartRequest } from "@/lib/export/charts";

/** Every view of a chart that one option's value makes, in each size and theme, as image requests. */
function requestsOf(chart: (typeof CHART_IDS)[number]) {
  const views = [
    new URLSearchParams(),
    ...CHARTS[chart].options.flatMap((option) => option.allowed.map((value) => new URLSearchParams({ [option.name]: value }))),
  ];
  return views.flatMap((view) =>
    ["slide", "square"].flatMap((size) =>
      ["light", "dark"].map((theme) => parseChartRequest(`${chart}.png`, new URLSearchParams([...view, ["size", size], ["theme", theme]]))),
    ),
  );
}

describe("an image's file name", () => {
  it.each(CHART_IDS)("%s: two images share a name only when they are the same image, and a name is plain", (chart) => {
    const keyOf = new Map<string, string>();
    for (const request of requestsOf(chart)) {
      if (!request.ok) continue; // a combination the chart refuses (named in its 400) has no file
      expect(request.fileName).toMatch(/^[a-z0-9][a-z0-9.-]*\.png$/);
      expect(keyOf.get(request.fileName) ?? request.key).toBe(request.key);
      keyOf.set(request.fileName, request.key);
    }
    expect(keyOf.size).toBeGreaterThanOrEqual(4);
  });

  it("does not depend on the order of the query", () => {
    const named = (query: string) => parseChartRequest("survival.svg", new URLSearchParams(query));
    const one = named("measure=five-year-relative&stage=distant&theme=dark");
    const other = named("theme=dark&stage=distant&measure=five-year-relative");
    expect(one.ok && other.ok && one.fileName === other.fileName).toBe(true);
  });
});
