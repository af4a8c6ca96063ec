import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EMBED_CAVEATS } from "@/components/embed/caveats";
import { EmbedFrame } from "@/components/embed/EmbedFrame";
import { EMBEDS } from "@/components/embed/embeds";
import { datasets } from "@/lib/datasets";
import type { Citation } from "@/lib/datasets/citations";
import { citationsFor } from "@/lib/datasets/citations";
import { EMBEDDABLE_CHARTS, type EmbeddableChart } from "@/lib/embed";

const CITATIONS: readonly Citation[] = citationsFor(datasets.survival.slice(0, 1), datasets.sources);

function renderFrame(plain: boolean) {
  return render(
    <EmbedFrame
      title="Survival by subtype"
      takeaway="The takeaway."
      pageHref="/survival"
      citations={CITATIONS}
      notices={[]}
      caveat={EMBED_CAVEATS.populationFigures}
      plain={plain}
    >
      <svg role="img" aria-label="The chart" />
    </EmbedFrame>,
  );
}

describe("EmbedFrame", () => {
  it("shows the title, the takeaway, the source line and the way back to the page", () => {
    renderFrame(false);
    expect(screen.getByRole("heading", { level: 1, name: "Survival by subtype" })).not.toHaveClass("sr-only");
    expect(screen.getByText("The takeaway.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Explore this chart on HER2 Atlas" })).toHaveAttribute("href", "/survival");
    expect(screen.getByText("Source:")).toBeInTheDocument();
  });

  it("plain: no visible title, takeaway or link back, but the heading for screen readers, the chart, its source and the caveat", () => {
    const { container } = renderFrame(true);
    expect(screen.getByRole("heading", { level: 1, name: "Survival by subtype" })).toHaveClass("sr-only");
    expect(screen.queryByText("The takeaway.")).toBeNull();
    expect(screen.queryByRole("link", { name: /Explore this chart/ })).toBeNull();
    expect(screen.getByRole("img", { name: "The chart" })).toBeInTheDocument();
    expect(container.querySelector(".source-line")).toHaveTextContent(CITATIONS[0]?.citation ?? "missing");
    expect(screen.getByText("Population averages, not a personal prediction.")).toBeInTheDocument();
  });
});

describe("each embed's caveat says what kind of figure it shows", () => {
  const kinds: Partial<Record<EmbeddableChart, string>> = {
    testing: EMBED_CAVEATS.guideline,
    trials: EMBED_CAVEATS.trialResults,
    treatments: EMBED_CAVEATS.approvals,
    outcomes: EMBED_CAVEATS.modelEstimate,
  };

  it.each(Object.keys(EMBEDDABLE_CHARTS) as EmbeddableChart[])("/embed/%s", (chart) => {
    // The algorithm, a trial, the approvals and the model are not population averages; every other embed draws them.
    expect(EMBEDS[chart]({}).caveat).toBe(kinds[chart] ?? EMBED_CAVEATS.populationFigures);
  });
});
