/**
 * From a HER2 test category to the approvals whose HER2 population covers it (issue: from the
 * decision flow to treatment). Eligibility also depends on stage, HR status, prior treatment and
 * the full label: callers must say so.
 */
import { ascending } from "d3-array";
import type { Her2Category } from "../her2/classify";
import { DRUG_CLASSES, type DrugClass, type Her2Population } from "./therapy-dimensions";
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

/**
 * The most recent approvals for each HER2 population that covers this category, oldest first
 * (her2-therapies.md caveat 3: lists go out of date, so the card names them from the dataset).
 */
export function latestApprovalsFor(category: Her2Category, rows: readonly TherapyRow[]): TherapyRow[] {
  const latest = POPULATIONS_BY_CATEGORY[category].flatMap((population) => {
    const covering = rows.filter((row) => row.populations.includes(population));
    const date = covering.reduce((max, row) => (row.approvalDate > max ? row.approvalDate : max), "");
    return covering.filter((row) => row.approvalDate === date);
  });
  return [...new Map(latest.map((row) => [row.id, row])).values()].sort((a, b) => ascending(a.approvalDate, b.approvalDate));
}
