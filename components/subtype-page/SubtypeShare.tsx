import { periodPhrase } from "@/lib/datasets/citations";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { shareSentence } from "@/lib/subtype-page/figures";
import type { SubtypeId } from "@/lib/subtypes";
import { SourceNote } from "./SourceNote";
import { withFigure } from "./SubtypeAnswer";

/** How common the subtype is: its share of all new cases, with what the share is of, for whom and when. */
export function SubtypeShare({ id, share, cited }: { id: SubtypeId; share: PrevalenceRow | null; cited: readonly Source[] }) {
  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">How common is it?</h2>
      <p className="answer-secondary" data-testid="share-answer">
        {share ? withFigure(shareSentence(id, share), formatFigure(share), "share-figure") : shareSentence(id, share)}
      </p>
      {share && (
        <>
          <p className="muted" data-testid="share-definition">
            {share.definition} {share.population}.
          </p>
          <SourceNote sourceIds={[share.sourceId]} cited={cited} detail={`${periodPhrase(share.period, share.periodKind)}; ${share.registry}.`} />
        </>
      )}
      <p>
        <a href="/prevalence">How common each subtype is, by age and by race and ethnicity →</a>
      </p>
    </section>
  );
}
