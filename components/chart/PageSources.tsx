import { Disclosure } from "@/components/layout/Disclosure";
import { type Citation, pageSources, periodPhrase, sourceAnchor } from "@/lib/datasets/citations";
import type { Source } from "@/lib/datasets/schemas";

export interface PageSourcesProps {
  /** Every figure citation the page's charts can show, in any of their views. */
  citations: readonly Citation[];
  /** Sources cited as a whole (a guideline, a quoted range, an approval): listed after the figures' sources. */
  works?: readonly Source[];
  /** What the page takes from a source cited as a whole, by source id (e.g. the approvals it dates). */
  details?: Readonly<Record<string, string>>;
}

/**
 * The page's one citation block: each source's full citation once, with the years, registry and
 * definition of the figures taken from it. Charts link here from their one-line source; a link to
 * an entry opens the disclosure (the browser reveals a fragment's closed ancestors), so it works
 * without JavaScript.
 */
export function PageSources({ citations, works = [], details = {} }: PageSourcesProps) {
  const cited = pageSources(citations);
  const others = works.filter((work) => !cited.some((source) => source.sourceId === work.id));
  const entries = [...cited, ...others.map((work) => ({ sourceId: work.id, citation: work.citation, url: work.url, uses: [] }))];
  return (
    <Disclosure
      id="sources"
      as="h2"
      title="Sources"
      hint={`${entries.length} sources, with the years and definitions of their figures`}
      className="section page-sources"
      testId="page-sources"
    >
      <ol>
        {entries.map((source) => (
          <li key={source.sourceId} id={sourceAnchor(source.sourceId)}>
            {source.url ? <a href={source.url}>{source.citation}</a> : source.citation}
            {source.uses.length > 0 && (
              <ul>
                {source.uses.map((use) => (
                  <li key={`${use.period}|${use.definition}`}>
                    {periodPhrase(use.period, use.periodKind)}; {use.registry}. {use.definition}
                  </li>
                ))}
              </ul>
            )}
            {details[source.sourceId] && <p className="source-detail">{details[source.sourceId]}</p>}
          </li>
        ))}
      </ol>
    </Disclosure>
  );
}
