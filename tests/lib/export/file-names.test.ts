import { describe, expect, it } from "vitest";
import { EXAMPLE_PATIENT, outcomesSearch } from "@/lib/charts/outcomes-state";
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

  it("names a case by its reading: two spellings of one case share a name, two cases do not", () => {
    const nameOf = (file: string, query: string) => {
      const request = parseChartRequest(file, new URLSearchParams(query));
      if (!request.ok) throw new Error(`${file}?${query}: ${request.error.message}`);
      return request.fileName;
    };
    expect(nameOf("testing.svg", "ihc=2%2B&ratio=2.5&copies=5.1")).toBe("testing-ihc-2-ratio-2.5-copies-5.1-slide.svg");
    expect(nameOf("testing.svg", "copies=5.10&ratio=02.50&ihc=2%2B")).toBe("testing-ihc-2-ratio-2.5-copies-5.1-slide.svg");
    expect(nameOf("testing.svg", "ihc=0&ultralow=true")).toBe("testing-ihc-0-ultralow-true-slide.svg");
    expect(nameOf("testing.svg", "ihc=0&ultralow=false")).toBe("testing-ihc-0-ultralow-false-slide.svg");
    const example = outcomesSearch(EXAMPLE_PATIENT).slice(1);
    expect(nameOf("outcomes.png", example.replace("size=25", "size=25.0"))).toBe(nameOf("outcomes.png", example));
    expect(nameOf("outcomes.png", example.replace("size=25", "size=26"))).not.toBe(nameOf("outcomes.png", example));
  });
});
