/**
 * From a HER2 test category to the approvals whose HER2 population covers it (issue: from the
 * decision flow to treatment). Eligibility also depends on stage, HR status, prior treatment and
 * the full label: callers must say so.
 */
import { ascending } from "d3-array";
import type { Her2Category } from "../her2/outcomes";
import { SUBTYPES, type SubtypeId } from "../subtypes";
import type { TherapyRow } from "./schemas";
import { DRUG_CLASSES, type DrugClass, type Her2Population } from "./therapy-dimensions";

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
    // biome-ignore lint/complexity/useMathMinMax: ISO dates compare as strings; Math.max would read them as NaN
    const date = covering.reduce((max, row) => (row.approvalDate > max ? row.approvalDate : max), "");
    return covering.filter((row) => row.approvalDate === date);
  });
  return [...new Map(latest.map((row) => [row.id, row])).values()].sort((a, b) => ascending(a.approvalDate, b.approvalDate));
}

/**
 * The HER2 populations an approval can cover for a subtype: HER2-positive subtypes the HER2-positive
 * ones; HER2-negative subtypes only their HER2-low and HER2-ultralow part (her2-therapies.md §1 key).
 */
export function her2PopulationsFor(id: SubtypeId): readonly Her2Population[] {
  return SUBTYPES[id].her2 === "positive" ? ["her2-positive-early", "her2-positive-metastatic"] : ["her2-low", "her2-ultralow"];
}

export interface SubtypeApprovals {
  /** The approvals that cover the subtype, newest first (what a reader of its page looks for first). */
  covering: TherapyRow[];
  /** Approvals for its HER2 populations that are limited to the other hormone-receptor status: named, so their absence is explained. */
  otherHr: TherapyRow[];
}

/**
 * The approvals for a subtype: those covering one of its HER2 populations, and not limited to the other
 * hormone-receptor status (caveat 6: the Jan 2025 HER2-low/ultralow approval is HR+ only).
 */
export function approvalsForSubtype(id: SubtypeId, rows: readonly TherapyRow[]): SubtypeApprovals {
  const populations = her2PopulationsFor(id);
  const newestFirst = rows
    .filter((row) => row.populations.some((p) => populations.includes(p)))
    .sort((a, b) => ascending(b.approvalDate, a.approvalDate) || ascending(a.id, b.id));
  const fits = (row: TherapyRow) => row.hr === undefined || row.hr === SUBTYPES[id].hr;
  return { covering: newestFirst.filter(fits), otherHr: newestFirst.filter((row) => !fits(row)) };
}
