import type { ReactNode } from "react";
import { IconArray } from "@/components/charts/IconArray";
import { glossFirstUses } from "@/components/glossary/GlossedText";
import type { ComparePanel } from "@/lib/charts/compare";
import { periodPhrase } from "@/lib/datasets/citations";
import type { Source, SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import type { GlossaryId } from "@/lib/glossary/phrases";
import { subtypeColorVar } from "@/lib/theme";
import { SourceNote } from "./SourceNote";

/**
 * The sentence with its figure drawn bold (and findable by tests): the words come from lib, the emphasis
 * from here; `gloss` links the glossary terms in the words around the figure, before then after it.
 */
export function withFigure(sentence: string, figure: string, testId: string, gloss: (text: string) => ReactNode = (text) => text): ReactNode {
  const at = sentence.indexOf(figure);
  if (at < 0) return gloss(sentence);
  return (
    <>
      {gloss(sentence.slice(0, at))}
      <strong className="answer-figure" data-testid={testId}>
        {figure}
      </strong>
      {gloss(sentence.slice(at + figure.length))}
    </>
  );
}

/** The terms the answer is the first on the page to use: it opens the page, so it links each one it names. */
export const ANSWER_TERMS: readonly GlossaryId[] = ["her2-positive", "her2-negative", "triple-negative", "seer", "cause-specific-survival", "overall-survival"];

/** Every text the answer shows, in order: a later section links the terms none of them used. */
export function answerTexts({ row, sentence, caveat }: { row: SubtypeSurvivalRow; sentence: string; caveat: string }): string[] {
  return [sentence, sourceDetail(row), caveat, row.definition, `${row.population}.`];
}

function sourceDetail(row: SubtypeSurvivalRow): string {
  return `${periodPhrase(row.period, row.periodKind)}; ${row.registry}.`;
}

/**
 * The page's answer, on the first screen: four-year survival as one plain sentence, the same figure
 * as 100 people, its one-line source and what it does and does not count.
 */
export function SubtypeAnswer({
  row,
  sentence,
  panel,
  caveat,
  cited,
}: {
  row: SubtypeSurvivalRow;
  sentence: string;
  panel: ComparePanel | null;
  caveat: string;
  cited: readonly Source[];
}) {
  // Called in the order the texts appear, so each term links where the page first uses it.
  const gloss = glossFirstUses(ANSWER_TERMS);
  return (
    <div className="subtype-answer">
      <p className="answer" data-testid="four-year-answer">
        {withFigure(sentence, formatFigure(row), "four-year-figure", gloss)}
      </p>
      {panel && (
        <figure className="answer-picture">
          <IconArray filled={panel.filled} color={subtypeColorVar(panel.subtype)} title={panel.title} description={panel.description} />
          <figcaption className="muted">{panel.caption}</figcaption>
        </figure>
      )}
      <div className="answer-notes">
        {/* A citation, not prose: the terms it names are linked where the texts below first use them. */}
        <SourceNote sourceIds={[row.sourceId]} cited={cited} detail={sourceDetail(row)} />
        <p className="muted">{gloss(caveat)}</p>
        <details className="figure-definition">
          <summary>What this figure counts</summary>
          <p>{gloss(row.definition)}</p>
          <p>{gloss(`${row.population}.`)}</p>
        </details>
      </div>
    </div>
  );
}
