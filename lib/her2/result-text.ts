/** The words for one classified result: its headline, the flow's summary of it, and the sources its text rests on. */
import { categoryTextFor, HER2_NEGATIVE_TEXT } from "./category-text";
import type { Her2Classification } from "./classify";
import { REPORT_SOURCES } from "./report-wording";
import { EARLY_STAGE_NOTE_SOURCES, FLOW_SOURCE_IDS, NEXT_STEP_TEXT, SUBGROUP_NOTE_SOURCES } from "./text";

/** A result in two or three words: the result card's heading, a batch row, an embed and an image. */
export function resultHeadline(classification: Her2Classification): string {
  if (classification.kind === "pending") return NEXT_STEP_TEXT[classification.nextStep].label;
  if (classification.status === "positive") return "HER2-positive";
  return classification.withComment ? "HER2-negative, with comment" : "HER2-negative";
}

/** The flow diagram's one-line summary, with or without a case on it. */
export function flowTakeaway(classification: Her2Classification | null): string {
  return classification ? `This case: ${resultHeadline(classification)}.` : "Each IHC score leads to a result, or to a gene test (ISH) first.";
}

/** The sources a result's text quotes or rests on, each once, in the order the card shows the text. */
export function classificationSources(classification: Her2Classification): string[] {
  const negative = classification.kind === "final" && classification.status === "negative";
  const text = classification.kind === "pending" ? NEXT_STEP_TEXT[classification.nextStep] : categoryTextFor(classification);
  return [
    ...new Set([
      ...FLOW_SOURCE_IDS,
      ...REPORT_SOURCES,
      ...(negative ? HER2_NEGATIVE_TEXT.sources : []),
      ...text.sources,
      ...(negative ? EARLY_STAGE_NOTE_SOURCES : []),
      ...SUBGROUP_NOTE_SOURCES,
    ]),
  ];
}
