import type { DraftView } from "@/lib/her2/case-draft";
import type { StepWords } from "./step-words";

/**
 * The result line without a result: which number to give next, or that a value needs checking. A
 * number asked by an optional ISH result (the IHC score is already final) is not needed for a result:
 * the line says to finish that result or clear it.
 */
export function noResultLine({ outcome, questions }: DraftView, words: StepWords): string {
  if (outcome.kind === "invalid") return words.noResult.invalid;
  const needs = outcome.kind === "incomplete" ? outcome.needs : undefined;
  if (!needs) return words.noResult.waiting;
  const label = `“${words.fields[needs.parameter].label}”`;
  return questions.optionalIsh ? `${words.noResult.needsOptional} ${label}, or clear the ISH values.` : `${words.noResult.needs} ${label}.`;
}
