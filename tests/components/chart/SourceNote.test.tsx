import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SourceNote } from "@/components/chart/SourceNote";
import { datasets } from "@/lib/datasets";
import { type Citation, citationsFor } from "@/lib/datasets/citations";

const note = (citations: readonly Citation[]) => render(<SourceNote citations={citations} />).container.textContent ?? "";

describe("a chart's one-line source", () => {
  it("names each source's years and registry set (her2-data.md caveat 6: name the registry set on every chart)", () => {
    const citations = citationsFor(
      datasets.survival.filter((row) => row.measure === "four-year-cause-specific"),
      datasets.sources,
    );
    expect(note(citations)).toBe("Source: Howlader et al., 2018, diagnosed 2010–2013, SEER (registry set not stated in the abstract).");
  });

  it("names every registry set a dataset's figures come from, once per source, period and registry", () => {
    for (const rows of [datasets.survival, datasets.prevalence]) {
      const citations = citationsFor(rows, datasets.sources);
      const text = note(citations);
      for (const registry of new Set(rows.map((row) => row.registry))) expect(text).toContain(registry);
      const shown = new Set(citations.map((c) => `${c.sourceId}|${c.period}|${c.registry}`));
      expect(text.split("; ")).toHaveLength(shown.size);
    }
  });

  it("cites nothing for a view with no figures", () => {
    expect(note([])).toBe("");
  });
});
