/** What unticking a HER2 population leaves on the timeline, so a filter that hides nothing says why. */

import type { TherapyRow } from "../datasets/schemas";
import { HER2_POPULATION_LABELS, HER2_POPULATIONS, type Her2Population } from "../datasets/therapy-dimensions";
import { approvalsShown } from "./therapies";
import type { TreatmentsViewState } from "./therapies-state";

/**
 * Unticked populations whose every approval (in the classes shown) is still on the timeline, because
 * each also covers a population still ticked: the filter shows an approval covering any ticked one.
 */
export function populationsStillShown(rows: readonly TherapyRow[], state: Pick<TreatmentsViewState, "classes" | "populations">): Her2Population[] {
  const shown = new Set(approvalsShown(rows, state).map((row) => row.id));
  return HER2_POPULATIONS.filter((population) => {
    if (state.populations.includes(population)) return false;
    const covering = rows.filter((row) => state.classes.includes(row.class) && row.populations.includes(population));
    return covering.length > 0 && covering.every((row) => shown.has(row.id));
  });
}

/** "Every approval for HER2-ultralow also covers a population still ticked, so unticking it hides none." */
export function stillShownSentence(populations: readonly Her2Population[]): string | null {
  if (populations.length === 0) return null;
  const names = populations.map((population) => HER2_POPULATION_LABELS[population]).join(" or ");
  return `Every approval for ${names} also covers a population still ticked, so unticking ${populations.length === 1 ? "it" : "them"} hides none.`;
}
