import type { ReactNode } from "react";
import { IconArray } from "@/components/charts/IconArray";
import type { ComparePanel } from "@/lib/charts/compare";
import { periodPhrase } from "@/lib/datasets/citations";
import type { Source, SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { subtypeColorVar } from "@/lib/theme";
import { SourceNote } from "./SourceNote";

/** The sentence with its figure drawn bold (and findable by tests): the words come from lib, the emphasis from here. */
export function withFigure(sentence: string, figure: string, testId: string): ReactNode {
  const at = sentence.indexOf(figure);
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      <strong className="answer-figure" data-testid={testId}>
        {figure}
      </strong>
      {sentence.slice(at + figure.length)}
    </>
  );
}

/**
 * The page's answer, on the first screen: four-year survival as one plain sentence, the same figure
 * as 100 people, its one-line source and what it does and does not count.
 */
export function SubtypeAnswer({ row, sentence, panel, caveat, cited }: { row: SubtypeSurvivalRow; sentence: string; panel: ComparePanel | null; caveat: string; cited: readonly Source[] }) {
  return (
    <div className="subtype-answer">
      <p className="answer" data-testid="four-year-answer">
        {withFigure(sentence, formatFigure(row), "four-year-figure")}
      </p>
      {panel && (
        <figure className="answer-picture">
          <IconArray filled={panel.filled} color={subtypeColorVar(panel.subtype)} title={panel.title} description={panel.description} />
          <figcaption className="muted">{panel.caption}</figcaption>
        </figure>
      )}
      <div className="answer-notes">
        <SourceNote sourceIds={[row.sourceId]} cited={cited} detail={`${periodPhrase(row.period, row.periodKind)}; ${row.registry}.`} />
        <p className="muted">{caveat}</p>
        <details className="figure-definition">
          <summary>What this figure counts</summary>
          <p>{row.definition}</p>
          <p>{row.population}.</p>
        </details>
      </div>
    </div>
  );
}
