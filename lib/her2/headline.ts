/**
 * A result in a few words (its headline, and the flow's one-line summary): what the page's script
 * needs, apart from the full words of text.ts and result-text.ts so those stay on the server.
 */
import type { Her2Classification } from "./classify";
import type { NextStep } from "./outcomes";

/** Each next step's label, the `label` of its NEXT_STEP_TEXT (text.ts), where the notes on its wording are. */
export const NEXT_STEP_LABELS: Record<NextStep, string> = {
  "reflex-ish": "Equivocal (IHC 2+), ISH needed",
  "reflex-ihc": "Needs IHC",
  recount: "Needs recount",
  adjudication: "Counts disagree, lab review",
  "dual-probe-ish": "Dual-probe ISH needed",
};

/** A result in two or three words: the result card's heading, a batch row, an embed and an image. */
export function resultHeadline(classification: Her2Classification): string {
  if (classification.kind === "pending") return NEXT_STEP_LABELS[classification.nextStep];
  if (classification.status === "positive") return "HER2-positive";
  return classification.withComment ? "HER2-negative, with comment" : "HER2-negative";
}

/** The flow diagram's one-line summary, with or without a case on it. */
export function flowTakeaway(classification: Her2Classification | null): string {
  return classification ? `This case: ${resultHeadline(classification)}.` : "Each IHC score leads to a result, or to a gene test (ISH) first.";
}
