import type { Metadata } from "next";
import { Notices } from "@/components/layout/Notices";
import { pageMetadata } from "../page-metadata";
import { Presenter } from "@/components/present/Presenter";
import { presentationSlides } from "@/components/present/slides";
import { pickOne, type SearchParams } from "@/lib/charts/url-state";
import { flowDeclarations } from "@/lib/her2/flow-style";
import { themeDeclarations } from "@/lib/theme";
import "../testing/testing.css";
import "./present.css";

export const metadata: Metadata = pageMetadata("/present");

export default async function PresentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const notices: string[] = [];
  const mode = pickOne(params, "theme", ["light", "dark"] as const, "light", notices);
  const slides = presentationSlides(mode);
  const numbers = slides.map((_, i) => String(i + 1));
  const start = Number(pickOne(params, "slide", numbers, "1", notices)) - 1;
  return (
    <div className={`present-root present-${mode}`}>
      <style>{`.present-${mode}{${themeDeclarations(mode)}${flowDeclarations(mode)}}`}</style>
      <h1 className="sr-only">HER2 Atlas presentation</h1>
      <Notices notices={notices} />
      <Presenter slides={slides} initial={start} />
      <p className="present-help">
        Use ← → to move between slides, F for full screen. <a href={`/present?theme=${mode === "light" ? "dark" : "light"}`}>Switch to {mode === "light" ? "dark" : "light"}</a> ·{" "}
        <a href="/">Leave presentation</a>
      </p>
    </div>
  );
}
