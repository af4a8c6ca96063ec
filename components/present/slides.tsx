import { IconArray } from "@/components/charts/IconArray";
import { comparisonSentence, outOf100, survivalViewRows } from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { citationSentence } from "@/lib/datasets/citations";
import { formatPeriod } from "@/lib/datasets/dimensions";
import { EXPORTABLE_CHARTS } from "@/lib/export/charts";
import { barChartSvg } from "@/lib/export/svg";
import { formatFigure } from "@/lib/format";
import { SUBTYPES, type SubtypeId } from "@/lib/subtypes";
import type { ColorMode } from "@/lib/theme";
import type { Slide } from "./Presenter";

/** A chart slide: the same standalone SVG as the image export (our own escaped markup), citation baked in. */
function chartSlide(id: string, content: Omit<Parameters<typeof barChartSvg>[0], "size" | "mode">, mode: ColorMode): Slide {
  const svg = barChartSvg({ ...content, size: "slide", mode });
  // The citation is part of the image, so the slide does not repeat it underneath.
  return { id, title: content.title, citation: null, content: <div className="slide-svg" dangerouslySetInnerHTML={{ __html: svg }} /> };
}

function compareSlide(): Slide {
  const pair: [SubtypeId, SubtypeId] = SURVIVAL_DEFAULTS.compare;
  const fourYear = survivalViewRows(datasets.survival, SURVIVAL_DEFAULTS);
  const rows = pair.map((id) => fourYear.find((row) => row.subtype === id)).filter((row) => row !== undefined);
  return {
    id: "compare",
    title: "Compare two subtypes",
    citation: citationSentence(rows, datasets.sources),
    content: (
      <div className="slide-compare">
        <h2>Out of 100 people</h2>
        <p className="slide-sentence">{comparisonSentence(datasets.survival, pair)}</p>
        <div className="slide-compare-grid">
          {rows.map((row) => {
            const filled = outOf100(row.value ?? 0);
            return (
              <figure key={row.id}>
                <IconArray
                  filled={filled}
                  color={`var(--subtype-${row.subtype})`}
                  title={`${SUBTYPES[row.subtype].label}: about ${filled} of 100`}
                  description={`${formatFigure(row)} four-year breast cancer-specific survival`}
                />
                <figcaption>
                  <strong>{SUBTYPES[row.subtype].label}</strong> {formatFigure(row)}
                </figcaption>
              </figure>
            );
          })}
        </div>
        <p className="slide-caveat">Population averages for women diagnosed {formatPeriod(rows[0]?.period ?? "")}; not a prediction for any one person.</p>
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
