import { sourceAnchor } from "@/lib/datasets/citations";
import type { Source } from "@/lib/datasets/schemas";

/** The page's one citation block, numbered in the order the page first cites each source. */
export function PageSources({ cited }: { cited: readonly Source[] }) {
  return (
    <details className="page-sources" id="sources" data-testid="page-sources">
      <summary>Sources: the {cited.length} publications behind this page</summary>
      <ol>
        {cited.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)}>
            {source.url ? <a href={source.url}>{source.citation}</a> : source.citation}
          </li>
        ))}
      </ol>
    </details>
  );
}
