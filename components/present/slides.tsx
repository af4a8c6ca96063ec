import { CompareFigure } from "@/components/survival/CompareFigure";
import { survivalViewRows } from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { citationSentence } from "@/lib/datasets/citations";
import { EXPORTABLE_CHARTS } from "@/lib/export/charts";
import { barChartSvg } from "@/lib/export/svg";
import type { SubtypeId } from "@/lib/subtypes";
import type { ColorMode } from "@/lib/theme";
import type { Slide } from "./Presenter";

/** A chart slide: the same standalone SVG as the image export (our own escaped markup), citation baked in. */
function chartSlide(id: string, content: Omit<Parameters<typeof barChartSvg>[0], "size" | "mode">, mode: ColorMode): Slide {
  const svg = barChartSvg({ ...content, size: "slide", mode });
  // The citation is part of the image, so the slide does not repeat it underneath.
  return { id, title: content.title, citation: null, content: <div className="slide-svg" dangerouslySetInnerHTML={{ __html: svg }} /> };
}

function compareSlide(): Slide {
  const pair = SURVIVAL_DEFAULTS.compare;
  const rows = survivalViewRows(datasets.survival, SURVIVAL_DEFAULTS).filter((row) => pair.includes(row.subtype as SubtypeId));
  return {
    id: "compare",
    title: "Compare two subtypes",
    citation: citationSentence(rows, datasets.sources),
    content: (
      <div className="slide-compare">
        <h2>Out of 100 people</h2>
        <CompareFigure rows={datasets.survival} pair={pair} />
      </div>
    ),
  };
}

/** The presentation sequence: survival by subtype → by stage → compare two → prevalence (→ testing). */
export function presentationSlides(mode: ColorMode): Slide[] {
  return [
    chartSlide("survival", EXPORTABLE_CHARTS.survival.content({}), mode),
    chartSlide("by-stage", EXPORTABLE_CHARTS.survival.content({ measure: "five-year-relative" }), mode),
    compareSlide(),
    chartSlide("prevalence", EXPORTABLE_CHARTS["share-of-cases"].content({}), mode),
  ];
}
