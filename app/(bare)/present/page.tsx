import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import { Notices } from "@/components/layout/Notices";
import { Presenter } from "@/components/present/Presenter";
import { PresentRoot } from "@/components/present/PresentRoot";
import { deckSlides } from "@/components/present/slides";
import { pickOne, type SearchParams } from "@/lib/charts/url-state";
import { readDeck } from "@/lib/present/deck";
import { PRESENT_THEMES } from "@/lib/present-theme";
import { publicOrigin } from "@/lib/site-origin";
import "./present.css";

export const metadata: Metadata = pageMetadata("/present");

export default async function PresentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const notices: string[] = [];
  const theme = pickOne(params, "theme", PRESENT_THEMES, "light", notices);
  const deck = readDeck(params.deck);
  const look = { theme, origin: publicOrigin() };
  notices.push(...deck.notices);
  const slides = deckSlides(deck.slides, look);
  const numbers = slides.map((_, i) => String(i + 1));
  const start = Number(pickOne(params, "slide", numbers, "1", notices)) - 1;
  return (
    <PresentRoot theme={theme} title="HER2 Atlas presentation">
      <Notices notices={notices} />
      <Presenter slides={slides} initial={start} theme={theme} deck={deck.custom ? deck.slides.map((slide) => slide.entry) : undefined} />
    </PresentRoot>
  );
}
