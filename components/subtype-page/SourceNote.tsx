import type { ReactNode } from "react";
import { CommaList } from "@/components/layout/CommaList";
import { sourceAnchor } from "@/lib/datasets/citations";
import type { Source } from "@/lib/datasets/schemas";

/**
 * A figure's one-line source: "Source [2]: diagnosed 2013–2019; SEER 22.", the number linking to the
 * full citation in the page's one citation block (PageSources), which lists `cited` in this order.
 */
export function SourceNote({ sourceIds, cited, detail }: { sourceIds: readonly string[]; cited: readonly Source[]; detail?: ReactNode }) {
  const numbered = [...new Set(sourceIds)].map((id) => {
    const index = cited.findIndex((source) => source.id === id);
    // The page lists every source it cites: one missing here would be a link to nowhere.
    if (index < 0) throw new Error(`Source "${id}" is not in the page's citation block`);
    return { id, number: index + 1 };
  });
  return (
    <p className="source-note">
      <CommaList items={numbered} keyOf={({ id }) => id} render={({ id, number }) => <a href={`#${sourceAnchor(id)}`}>Source [{number}]</a>} />
      {detail && <>: {detail}</>}
    </p>
  );
}
