/**
 * From a HER2 test category to the approvals whose HER2 population covers it (issue: from the
 * decision flow to treatment). Eligibility also depends on stage, HR status, prior treatment and
 * the full label: callers must say so.
 */
import type { Her2Category } from "../her2/classify";
import { DRUG_CLASSES, type DrugClass, type Her2Population } from "./dimensions";
import type { TherapyRow } from "./schemas";

/** her2-therapies.md §1 key and §3 caveat 6: HER2-null, IHC 0 unspecified and unknown have none. */
const POPULATIONS_BY_CATEGORY: Record<Her2Category, readonly Her2Population[]> = {
  "her2-positive": ["her2-positive-early", "her2-positive-metastatic"],
  "her2-low": ["her2-low"],
  "her2-ultralow": ["her2-ultralow"],
  "her2-null": [],
  "her2-zero-unspecified": [],
  "ihc-unknown": [],
};

export interface ClassApprovals {
  drugClass: DrugClass;
  approvals: TherapyRow[];
}

/** The drug classes with at least one approval covering this category, in the fixed class order. */
export function approvalsByClassFor(category: Her2Category, rows: readonly TherapyRow[]): ClassApprovals[] {
  const populations = POPULATIONS_BY_CATEGORY[category];
  const covering = rows.filter((row) => row.populations.some((p) => populations.includes(p)));
  return DRUG_CLASSES.map((drugClass) => ({ drugClass, approvals: covering.filter((row) => row.class === drugClass) })).filter(
    (entry) => entry.approvals.length > 0,
  );
}
