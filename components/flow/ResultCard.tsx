import type { ReactNode } from "react";
import { Disclosure } from "@/components/layout/Disclosure";
import type { Source, TherapyRow } from "@/lib/datasets/schemas";
import { latestApprovalsFor } from "@/lib/datasets/therapies";
import type { DraftOutcome } from "@/lib/her2/case-draft";
import { CATEGORY_TEXT } from "@/lib/her2/category-text";
import type { Her2Classification } from "@/lib/her2/classify";
import { nodeById } from "@/lib/her2/graph";
import { resultHeadline } from "@/lib/her2/headline";
import { classificationSources, resultWords } from "@/lib/her2/result-text";
import { DISCLAIMER, ISH_GROUP_TEXT, SUBGROUP_NOTE } from "@/lib/her2/text";
import { outcomesHref } from "@/lib/outcomes-link";
import { ApprovedClasses } from "./ApprovedClasses";
import { CardSources } from "./CardSources";
import { LatestApprovals } from "./LatestApprovals";

/**
 * What the case comes to: status, category, the report wording, plain and clinical text (all from
 * lib/her2, shown as general information, never advice), the sub-group note and the disclaimer.
 * The answer and what it means come first; treatment, sources and the path are one click away.
 * No client code: the page's card is rendered on the server (only the lazy presenter renders it in the browser).
 */
export function ResultCard({ outcome, data, id = "result" }: { outcome: DraftOutcome; data: CardData; id?: string }) {
  if (outcome.kind !== "classified") return <NoResultCard invalid={outcome.kind === "invalid"} id={id} />;
  return (
    <CardFrame outcome={outcomeKey(outcome.classification)} id={id}>
      <Classified classification={outcome.classification} data={data} id={id} />
    </CardFrame>
  );
}

/**
 * The card before there is a result. The page gets the "invalid" one from the server too: a bad
 * value never reaches the address, so the server's card for the address cannot say it.
 */
export function NoResultCard({ invalid, id = "result" }: { invalid: boolean; id?: string }) {
  return (
    <CardFrame outcome={invalid ? "invalid" : "incomplete"} id={id}>
      <p className="result-kicker">No result yet</p>
      <h2 id={`${id}-heading`}>{invalid ? "Check the value marked in the form" : "Answer the questions to see the result"}</h2>
      <p>Each answer lights up the next step of the algorithm in the diagram below.</p>
    </CardFrame>
  );
}

function CardFrame({ outcome, id, children }: { outcome: string; id: string; children: ReactNode }) {
  return (
    <section className="result-card" aria-labelledby={`${id}-heading`} data-testid="result-card" data-outcome={outcome}>
      {children}
      <p className="result-disclaimer">{DISCLAIMER}</p>
    </section>
  );
}

/** The FDA approvals dataset and the sources the card's text cites. */
export interface CardData {
  therapies: readonly TherapyRow[];
  sources: readonly Source[];
}

function Classified({ classification, data, id }: { classification: Her2Classification; data: CardData; id: string }) {
  const final = classification.kind === "final";
  const words = resultWords(classification);
  const { therapies } = data;
  const latest = classification.kind === "final" ? latestApprovalsFor(classification.category, therapies) : [];
  return (
    <>
      <p className="result-kicker">{final ? "Final result" : "Not final yet"}</p>
      <h2 id={`${id}-heading`}>{resultHeadline(classification)}</h2>
      <dl className="result-facts">
        {classification.kind === "final" && classification.status === "negative" && (
          <>
            <dt>Sub-group</dt>
            <dd data-testid="result-category">{CATEGORY_TEXT[classification.category].label}</dd>
          </>
        )}
        <dt>Report wording</dt>
        <dd>“{words.report}”</dd>
        {words.caveat !== null && (
          <>
            <dt>Caveat</dt>
            <dd className="result-caution" data-testid="report-caveat">
              {words.caveat}
            </dd>
          </>
        )}
        {classification.ishGroup !== null && (
          <>
            <dt>ISH group</dt>
            <dd>
              {ISH_GROUP_TEXT[classification.ishGroup]}
              {classification.recountGroup !== null && ` The blinded recount fell in group ${classification.recountGroup}.`}
            </dd>
          </>
        )}
        {words.comment !== null && (
          <>
            <dt>The group&rsquo;s comment</dt>
            <dd>{words.comment}</dd>
          </>
        )}
      </dl>
      <h3>What this means</h3>
      <p>{words.plain}</p>
      <p>
        <a href={outcomesHref({ her2: classification.kind === "pending" ? 9 : classification.status === "positive" ? 1 : 0 })} data-testid="outcomes-link">
          Outcomes after surgery with this HER2 result, with the PREDICT model →
        </a>
      </p>
      <Disclosure as="h3" title="What it generally means for treatment" className="result-more" testId="result-treatment">
        <p>
          <span className="result-caution">General information from guidelines, trials and drug labels, not advice: </span>
          {words.clinical}
        </p>
        <LatestApprovals approvals={latest} />
        {classification.kind === "final" && <ApprovedClasses category={classification.category} therapies={therapies} />}
        {/* Negative results already carry the note in their clinical text. */}
        {!words.clinical.includes(SUBGROUP_NOTE) && <p className="result-note">{SUBGROUP_NOTE}</p>}
      </Disclosure>
      <Disclosure title="Sources for this result" className="result-more">
        <CardSources id={id} sources={data.sources} ids={[...new Set([...classificationSources(classification), ...latest.map((a) => a.sourceId)])]} />
      </Disclosure>
      <details className="result-path">
        <summary>The path, step by step</summary>
        <ol>
          {classification.path.map((node) => (
            <li key={node}>{nodeById(node).label}</li>
          ))}
        </ol>
      </details>
    </>
  );
}

function outcomeKey(classification: Her2Classification): string {
  return classification.kind === "pending" ? classification.nextStep : classification.category;
}
