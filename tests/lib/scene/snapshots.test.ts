/**
 * Every exportable chart, in the sizes and schemes that matter, drawn to a committed SVG file (the
 * way Observable Plot tests its marks): a change to any scene, layout or the image renderer shows
 * up as a diff to review. `npm run snapshots` rewrites them after an intended change; look at each
 * changed file before committing it.
 */
import { describe, expect, it } from "vitest";
import { CHARTS } from "@/lib/charts/registry";
import { chartSvg } from "@/lib/export/chart-svg";
import { parseChartRequest } from "@/lib/export/charts";

const CASES: readonly { name: string; chart: string; query?: string }[] = [
  { name: "survival-slide-light", chart: "survival", query: "size=slide" },
  { name: "survival-square-dark", chart: "survival", query: "size=square&theme=dark&wording=plain" },
  { name: "survival-by-stage-slide-light", chart: "survival", query: "measure=five-year-relative&stage=every" },
  { name: "survival-by-stage-square-light", chart: "survival", query: "measure=five-year-relative&stage=every&size=square" },
  { name: "share-of-cases-og-light", chart: "share-of-cases", query: "size=og" },
  { name: "incidence-by-subtype-slide-dark", chart: "incidence-by-subtype", query: "theme=dark" },
  { name: "incidence-by-race-slide-light", chart: "incidence-by-race" },
  { name: "incidence-by-age-slide-light", chart: "incidence-by-age" },
  { name: "incidence-by-age-square-dark", chart: "incidence-by-age", query: "size=square&theme=dark" },
  { name: "her2-low-square-light", chart: "her2-low", query: "size=square" },
  { name: "median-age-slide-light", chart: "median-age" },
  { name: "compare-slide-light", chart: "compare" },
  { name: "compare-square-dark", chart: "compare", query: "size=square&theme=dark&compare=hr-pos-her2-pos,hr-neg-her2-neg" },
  { name: "subtypes-slide-light", chart: "subtypes" },
  { name: "subtypes-og-dark", chart: "subtypes", query: "size=og&theme=dark" },
  { name: "testing-slide-light", chart: "testing" },
  { name: "testing-case-square-dark", chart: "testing", query: "ihc=2%2B&assay=dual&ratio=2.5&copies=5.1&size=square&theme=dark" },
  { name: "treatments-slide-light", chart: "treatments" },
  { name: "treatments-og-dark", chart: "treatments", query: "size=og&theme=dark&class=antibody-drug-conjugate" },
  { name: "trials-slide-light", chart: "trials" },
  { name: "trials-square-dark", chart: "trials", query: "endpoint=th3resa-pfs&size=square&theme=dark" },
  // No patient: the page's example. Then a patient with a harm the model counts (radiation to the heart).
  { name: "outcomes-slide-light", chart: "outcomes" },
  {
    name: "outcomes-square-dark",
    chart: "outcomes",
    query: "age=67&screen=1&size=12&grade=2&nodes=0&er=1&pr=1&her2=0&ki67=0&generation=0&horm=1&traz=0&bis=1&radio=1&heartGy=6&smoker=1&size=square&theme=dark",
  },
];

/** The public origin the footers name, as an operator's SITE_URL would set it. */
const ORIGIN = "https://her2.example.org";

function draw(chart: string, query = ""): string {
  const request = parseChartRequest(`${chart}.svg`, new URLSearchParams(query), ORIGIN);
  if (!request.ok) throw new Error(`${chart}?${query}: ${request.error.parameter} ${request.error.message}`);
  return chartSvg(request.spec());
}

describe("chart image snapshots", () => {
  it.each(CASES)("$name", async ({ name, chart, query }) => {
    // One element per line, so a review diff points at the mark that moved.
    const svg = draw(chart, query).replace(/></g, ">\n<");
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
  });

  it("covers every chart", () => {
    expect(new Set(CASES.map((c) => c.chart))).toEqual(new Set(Object.keys(CHARTS)));
  });
});
