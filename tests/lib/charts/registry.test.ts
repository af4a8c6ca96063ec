import { describe, expect, it } from "vitest";
import { CHART_IDS, CHARTS, chartForEmbed, embedExploreHref, PAGE_EMBEDS } from "@/lib/charts/registry";
import { EMBEDDABLE_CHARTS, type EmbeddableChart } from "@/lib/embed";
import { parseChartRequest } from "@/lib/export/charts";
import { PAGES } from "../../../scripts/pages.mjs";

describe("the chart registry", () => {
  it("declares each chart once, under its own id, on a page of the site", () => {
    for (const id of CHART_IDS) {
      expect(CHARTS[id].id).toBe(id);
      expect(PAGES).toContain(CHARTS[id].page.split("#")[0]);
      expect(CHARTS[id].title.length).toBeGreaterThan(0);
    }
  });

  it("gives every option a default it allows, with as many values as its arity takes", () => {
    for (const chart of Object.values(CHARTS)) {
      for (const option of chart.options) {
        const values = option.default.split(",");
        for (const value of values) expect(option.allowed, `${chart.id} ${option.name}`).toContain(value);
        if (option.arity === "single") expect(values).toHaveLength(1);
        if (option.arity === "pair") expect(values).toHaveLength(2);
      }
    }
  });

  it("draws each chart's default image from its defaults, written out or left out alike", () => {
    for (const chart of Object.values(CHARTS)) {
      const written = Object.fromEntries(chart.options.map((option) => [option.name, option.default]));
      expect(chart.content(written), chart.id).toEqual(chart.content({}));
    }
  });

  it("links an embed back to its view: the section anchor after the query", () => {
    expect(embedExploreHref("compare", "?compare=hr-pos-her2-pos,hr-neg-her2-neg")).toBe("/survival?compare=hr-pos-her2-pos,hr-neg-her2-neg#compare");
    expect(embedExploreHref("incidence-by-age", "")).toBe("/prevalence#by-age");
    expect(embedExploreHref("survival", "?stage=distant")).toBe("/survival?stage=distant");
  });

  it("names every embed exactly once, and the page each links back to", () => {
    for (const name of Object.keys(EMBEDDABLE_CHARTS) as EmbeddableChart[]) {
      expect(Object.values(CHARTS).filter((chart) => chart.embed?.name === name)).toHaveLength(1);
      expect(chartForEmbed(name).title).toBe(EMBEDDABLE_CHARTS[name].title);
      // Its link back: the chart's page, the view's query, then the chart's own section, if any.
      const [path, anchor] = chartForEmbed(name).page.split("#");
      expect(embedExploreHref(name, "?x=1")).toBe(anchor ? `${path}?x=1#${anchor}` : `${path}?x=1`);
    }
    expect(PAGE_EMBEDS).toEqual({
      "/survival": "survival",
      "/prevalence": "prevalence",
      "/subtypes": "subtypes",
      "/testing": "testing",
      "/trials": "trials",
      "/outcomes": "outcomes",
      "/treatments": "treatments",
    });
  });

  it("holds image requests to each option's arity", () => {
    const status = (file: string, query: string) => {
      const request = parseChartRequest(file, new URLSearchParams(query));
      return request.ok ? 200 : request.status;
    };
    expect(status("survival.svg", "measure=four-year-cause-specific,five-year-relative")).toBe(400);
    expect(status("compare.svg", "compare=hr-pos-her2-pos")).toBe(400);
    expect(status("compare.svg", "compare=hr-pos-her2-pos,hr-pos-her2-pos")).toBe(400);
    expect(status("compare.svg", "compare=hr-pos-her2-pos,hr-neg-her2-neg")).toBe(200);
    expect(status("treatments.svg", "class=monoclonal-antibody,antibody-drug-conjugate")).toBe(200);
    expect(status("subtypes.svg", "measure=five-year-relative")).toBe(400);
  });
});
