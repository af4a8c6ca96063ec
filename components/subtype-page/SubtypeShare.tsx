import { glossFirstUses } from "@/components/glossary/GlossedText";
import { periodPhrase } from "@/lib/datasets/citations";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import type { GlossaryId } from "@/lib/glossary/phrases";
import { shareSentence } from "@/lib/subtype-page/figures";
import type { SubtypeId } from "@/lib/subtypes";
import { SourceNote } from "./SourceNote";
import { withFigure } from "./SubtypeAnswer";

/** Every text the section shows, in order: a later section links the terms none of them used. */
export function shareTexts(id: SubtypeId, share: PrevalenceRow | null): string[] {
  return [shareSentence(id, share), ...(share ? [`${share.definition} ${share.population}.`] : [])];
}

/**
 * How common the subtype is: its share of all new cases, with what the share is of, for whom and when.
 * `terms`: the glossary terms the page first uses here, linked in the order the section shows its texts.
 */
export function SubtypeShare({
  id,
  share,
  cited,
  terms,
}: {
  id: SubtypeId;
  share: PrevalenceRow | null;
  cited: readonly Source[];
  terms: readonly GlossaryId[];
}) {
  const gloss = glossFirstUses(terms);
  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">How common is it?</h2>
      <p className="answer-secondary" data-testid="share-answer">
        {share ? withFigure(shareSentence(id, share), formatFigure(share), "share-figure", gloss) : gloss(shareSentence(id, share))}
      </p>
      {share && (
        <>
          <p className="muted" data-testid="share-definition">
            {gloss(`${share.definition} ${share.population}.`)}
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
