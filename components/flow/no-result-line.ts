import type { DraftOutcome } from "@/lib/her2/case-draft";
import type { StepWords } from "./step-words";

/** The result line without a result: which number to give next, or that a value needs checking. */
export function noResultLine(outcome: DraftOutcome, words: StepWords): string {
  if (outcome.kind === "invalid") return words.noResult.invalid;
  const needs = outcome.kind === "incomplete" ? outcome.needs : undefined;
  return needs ? `${words.noResult.needs} “${words.fields[needs.parameter].label}”.` : words.noResult.waiting;
}
