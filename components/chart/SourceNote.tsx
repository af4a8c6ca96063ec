import type { ReactNode } from "react";
import { type Citation, periodPhrase, shortCitation, sourceAnchor } from "@/lib/datasets/citations";

/**
 * A chart's one-line source: each source by short name, the years its figures cover and the registry
 * set they come from (the reference asks for the registry on every chart), linked to its full citation
 * in the page's citation block (PageSources), which holds the rest.
 */
export function SourceNote({ citations, other }: { citations: readonly Citation[]; other?: ReactNode }) {
  const shown = [...new Map(citations.map((c) => [`${c.sourceId}|${c.period}|${c.registry}`, c])).values()];
  // A view that matches no figure cites nothing: no empty "Source: ." under its chart.
  if (shown.length === 0 && !other) return null;
  return (
    <p className="source-note" data-testid="source-note">
      <strong>Source:</strong> {other}
      {other && shown.length > 0 && "; "}
      {shown.map((c, i) => (
        <span key={`${c.sourceId}|${c.period}|${c.registry}`}>
          {i > 0 && "; "}
          <a href={`#${sourceAnchor(c.sourceId)}`}>{shortCitation(c.citation)}</a>, {periodPhrase(c.period, c.periodKind).toLowerCase()}, {c.registry}
        </span>
      ))}
      .
    </p>
  );
}
