import type { ReactNode } from "react";
import { IconArray } from "@/components/charts/IconArray";
import type { LinkMode } from "@/components/layout/link-mode";
import { SubtypeLink } from "@/components/subtypes/SubtypeLink";
import { compareDetail, comparePanels, compareTakeaway, survivalCaveat } from "@/lib/charts/compare";
import type { Wording } from "@/lib/charts/wording";
import type { SurvivalRow } from "@/lib/datasets/schemas";
import { SUBTYPES, type SubtypeId } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";

export interface CompareFigureProps {
  rows: readonly SurvivalRow[];
  pair: readonly [SubtypeId, SubtypeId];
  cardHeading?: "h2" | "h3";
  /** "details" words each side with its measure, years and registry; the numbers stay the same. */
  wording?: Wording;
  /** False where a frame around the figure already prints the sentence as its takeaway. */
  withSentence?: boolean;
  /** How each card's subtype label links to its page: in place, or in a new tab from an embed. */
  links?: LinkMode;
  /** How to show the caveat's text: a page links glossary terms in it; embeds show it as it is. */
  renderCaveat?: (caveat: string) => ReactNode;
}

/** Two subtypes as "out of 100 people", with the sentence and the caveat: the page and the embed share it. */
export function CompareFigure({
  rows,
  pair,
  cardHeading: CardHeading = "h3",
  wording = "plain",
  withSentence = true,
  links = "page",
  renderCaveat = (caveat) => caveat,
}: CompareFigureProps) {
  return (
    <>
      {withSentence && (
        <p className="takeaway">
          <CompareSentence rows={rows} pair={pair} />
        </p>
      )}
      <div className="compare-grid">
        {comparePanels(rows, pair).map((panel, side) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the first and second panel are sides, and may show the same subtype
          <div key={`${side}-${panel.subtype}`} className="compare-card" data-testid="compare-card">
            <CardHeading>
              <SubtypeLink id={panel.subtype} mode={links} /> <span className="muted">{SUBTYPES[panel.subtype].plainName}</span>
            </CardHeading>
            <IconArray filled={panel.filled} color={subtypeColorVar(panel.subtype)} title={panel.title} description={panel.description} />
            {wording === "details" ? (
              <p>{compareDetail(panel)}</p>
            ) : (
              <p>
                <strong>{panel.figure}</strong> — {panel.caption}
              </p>
            )}
          </div>
        ))}
      </div>
      <p className="notice">{renderCaveat(survivalCaveat(rows, pair))}</p>
    </>
  );
}

/** The comparison in one sentence, announced politely when the pair changes; `render` as CompareFigure's renderCaveat. */
export function CompareSentence({
  rows,
  pair,
  render = (sentence) => sentence,
}: {
  rows: readonly SurvivalRow[];
  pair: readonly [SubtypeId, SubtypeId];
  render?: (sentence: string) => ReactNode;
}) {
  return (
    <span data-testid="compare-sentence" aria-live="polite">
      {render(compareTakeaway(rows, pair))}
    </span>
  );
}
