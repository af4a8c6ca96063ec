import type { ReactNode } from "react";
import { SourceLine } from "@/components/chart/SourceLine";
import { Notices } from "@/components/layout/Notices";
import type { Citation } from "@/lib/datasets/citations";
import { ResizeReporter } from "./ResizeReporter";

/** An embedded chart: title, takeaway, any notices about the link, the chart, its sources and a way to the full page. */
export function EmbedFrame({
  title,
  takeaway,
  pageHref,
  citations,
  notices,
  children,
}: {
  title: string;
  takeaway: ReactNode;
  pageHref: string;
  citations: readonly Citation[];
  notices: readonly string[];
  children: ReactNode;
}) {
  return (
    <article className="embed">
      <h1 className="embed-title">{title}</h1>
      <p className="takeaway">{takeaway}</p>
      <Notices notices={notices} />
      {children}
      <SourceLine citations={citations} />
      <p className="embed-link">
        <a href={pageHref} target="_blank" rel="noopener">
          Explore this chart on HER2 Atlas
        </a>{" "}
        · Population averages, not a personal prediction.
      </p>
      <ResizeReporter />
    </article>
  );
}
