import { type LinkMode, linkTarget } from "@/components/layout/link-mode";
import { type Citation, periodPhrase } from "@/lib/datasets/citations";

/**
 * "Source: <citation>. Diagnosed 2010–2013; SEER. <definition>" once per source and period shown,
 * each citation linking to its source (in a new tab from an embed).
 */
export function SourceLine({ citations, links = "page" }: { citations: readonly Citation[]; links?: LinkMode }) {
  return (
    <div className="source-line">
      {citations.map((c) => (
        <p key={`${c.sourceId}|${c.period}|${c.definition}`}>
          <strong>Source:</strong>{" "}
          {c.url ? (
            <a href={c.url} {...linkTarget(links)}>
              {c.citation}
            </a>
          ) : (
            c.citation
          )}{" "}
          {periodPhrase(c.period, c.periodKind)}; {c.registry}. {c.definition}
        </p>
      ))}
    </div>
  );
}
