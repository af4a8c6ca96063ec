import type { ChartContent } from "@/lib/charts/image-scene";
import { chartSvg } from "@/lib/export/chart-svg";
import type { DeckSlide } from "@/lib/present/deck";
import { baseMode, type PresentTheme, themedSvg } from "@/lib/present-theme";
import type { Slide } from "./Presenter";

/**
 * A slide: the same standalone 16:9 SVG as the chart's slide-size image export (our own escaped
 * markup), title, takeaway and citation baked in, so every slide scales to the screen as one
 * picture. The speaker notes repeat the takeaway and the citation.
 */
function chartSlide(id: string, content: ChartContent, { theme, origin }: SlideLook): Slide {
  const svg = themedSvg(chartSvg({ ...content, size: "slide", mode: baseMode(theme), origin }), theme);
  return {
    id,
    title: content.title,
    address: content.address,
    notes: { takeaway: content.takeaway, citation: content.citation },
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is our own export renderer's, every text in it escaped (escapeXml, lib/scene/svg.ts)
    content: <div className="slide-svg" dangerouslySetInnerHTML={{ __html: svg }} />,
  };
}

/** How every slide is drawn: the presentation's theme, and the public origin its footers name. */
export interface SlideLook {
  theme: PresentTheme;
  origin: string;
}

/** A deck (checked by lib/present/deck: the link's own, or the default), each view drawn as its chart's slide. */
export function deckSlides(deck: readonly DeckSlide[], look: SlideLook): Slide[] {
  // Positions, not entries, name the slides: a deck may hold one view twice.
  return deck.map((slide, i) => chartSlide(`slide-${i + 1}`, slide.content, look));
}
