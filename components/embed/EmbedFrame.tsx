import type { ReactNode } from "react";
import { SourceLine } from "@/components/chart/SourceLine";
import { linkTarget } from "@/components/layout/link-mode";
import { Notices } from "@/components/layout/Notices";
import type { Citation } from "@/lib/datasets/citations";
import type { EmbedCaveat } from "./caveats";
import { ResizeReporter } from "./ResizeReporter";

/**
 * An embedded chart: title, takeaway, any notices about the link, the chart, its sources and a way to
 * the full page. Plain (for a host that captions the chart) shows neither the title nor the takeaway
 * nor the link: the title stays as the document's heading for screen readers, and the source line
 * and the caveat stay, since a figure is never shown without its source.
 */
export function EmbedFrame({
  title,
  takeaway,
  pageHref,
  citations,
  notices,
  caveat,
  plain = false,
  children,
}: {
  title: string;
  takeaway: ReactNode;
  pageHref: string;
  citations: readonly Citation[];
  notices: readonly string[];
  /** What kind of figure this is (EMBED_CAVEATS). */
  caveat: EmbedCaveat;
  plain?: boolean;
  children: ReactNode;
}) {
  return (
    <article className={plain ? "embed embed-plain" : "embed"}>
      <h1 className={plain ? "sr-only" : "embed-title"}>{title}</h1>
      {!plain && <p className="takeaway">{takeaway}</p>}
      <Notices notices={notices} />
      {children}
      {/* Every link in an embed opens in a new tab: followed in place, it would take the host's iframe away from the chart. */}
      <SourceLine citations={citations} links="new-tab" />
      <p className="embed-link">
        {!plain && (
          <>
            <a href={pageHref} {...linkTarget("new-tab")}>
              Explore this chart on HER2 Atlas
            </a>{" "}
            ·{" "}
          </>
        )}
        {caveat}
      </p>
      <ResizeReporter />
    </article>
  );
}
