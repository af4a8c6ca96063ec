import type { ReactNode } from "react";
import { FlowPicture } from "@/components/flow/FlowPicture";
import { FLOW_LAYOUTS } from "@/components/flow/flow-layouts";
import { CompareFigure } from "@/components/survival/CompareFigure";
import type { ChartContent } from "@/lib/charts/image-scene";
import { CHARTS } from "@/lib/charts/registry";
import { survivalViewRows } from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import { datasets } from "@/lib/datasets";
import { citationSentence, sourcesSentence } from "@/lib/datasets/citations";
import { chartSvg } from "@/lib/export/chart-svg";
import { classifyHer2 } from "@/lib/her2/classify";
import { FLOW_SOURCE_IDS } from "@/lib/her2/text";
import type { DeckSlide } from "@/lib/present/deck";
import { baseMode, type PresentTheme, themedSvg } from "@/lib/present-theme";
import type { SubtypeId } from "@/lib/subtypes";
import type { Slide } from "./Presenter";

/** A chart slide: the same standalone SVG as the image export (our own escaped markup), citation baked in. */
function chartSlide(id: string, content: ChartContent, theme: PresentTheme): Slide {
  const svg = themedSvg(chartSvg({ ...content, size: "slide", mode: baseMode(theme) }), theme);
  // The citation is part of the image, so the slide does not repeat it underneath; the speaker notes do.
  return {
    id,
    title: content.title,
    citation: null,
    notes: { takeaway: content.takeaway, citation: content.citation },
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is our own export renderer's, every text in it escaped (escapeXml, lib/export/frame.ts)
    content: <div className="slide-svg" dangerouslySetInnerHTML={{ __html: svg }} />,
  };
}

/** A presenter's deck (checked by lib/present/deck), each view drawn as its chart's slide. */
export function deckSlides(deck: readonly DeckSlide[], theme: PresentTheme): Slide[] {
  // Positions, not entries, name the slides: a deck may hold one view twice.
  return deck.map((slide, i) => chartSlide(`deck-${i}`, slide.content, theme));
}

/** A slide drawn as page markup (present.css styles it by its id), its citation shown underneath. */
function markupSlide(id: string, title: string, citation: string, content: ReactNode): Slide {
  return { id, title, citation, content: <div className={`slide-${id}`}>{content}</div> };
}

function compareSlide(): Slide {
  const pair = SURVIVAL_DEFAULTS.compare;
  const rows = survivalViewRows(datasets.survival, SURVIVAL_DEFAULTS).filter((row) => pair.includes(row.subtype as SubtypeId));
  return markupSlide(
    "compare",
    "Compare two subtypes",
    citationSentence(rows, datasets.sources),
    <>
      <h2>Out of 100 people</h2>
      <CompareFigure rows={datasets.survival} pair={pair} links="plain" />
    </>,
  );
}

function testingSlide(): Slide {
  // A borderline (IHC 2+) case that dual-probe ISH settles (group 1): the path that shows the whole
  // idea of the algorithm. (A search of the worked examples for one never matched: none is settled so.)
  const { path } = classifyHer2({ ihc: { score: 2 }, ish: { assay: "dual", ratio: 2.5, copies: 5.1, cep17: null, recount: null } });
  const title = "How a HER2 test result is read";
  return markupSlide(
    "testing",
    title,
    sourcesSentence(FLOW_SOURCE_IDS, datasets.sources),
    <>
      <h2>{title}</h2>
      <p className="slide-sentence">IHC 3+ is HER2-positive; 0 and 1+ are HER2-negative; 2+ is borderline and goes on to a gene test (ISH).</p>
      {/* biome-ignore lint/style/noNonNullAssertion: one layout per orientation, the first the wide one */}
      <FlowPicture layout={FLOW_LAYOUTS[0]!} path={path} />
    </>,
  );
}

/** The presentation sequence: survival by subtype → by stage → compare two → prevalence → testing flow. */
export function presentationSlides(theme: PresentTheme): Slide[] {
  return [
    chartSlide("survival", CHARTS.survival.content({}), theme),
    chartSlide("by-stage", CHARTS.survival.content({ measure: "five-year-relative" }), theme),
    compareSlide(),
    chartSlide("prevalence", CHARTS["share-of-cases"].content({}), theme),
    testingSlide(),
  ];
}
