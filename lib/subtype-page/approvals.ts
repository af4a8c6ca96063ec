/** The approvals part of a subtype's page, in words, and the /treatments view that shows them. */
import { TREATMENTS_DEFAULTS, treatmentsSearch } from "../charts/therapies-state";
import { her2PopulationsFor, type SubtypeApprovals } from "../datasets/therapies";
import { HER2_POPULATION_LABELS, HER2_POPULATIONS, type Her2Population } from "../datasets/therapy-dimensions";
import { formatIsoDate } from "../format";
import { SUBTYPES, type SubtypeId } from "../subtypes";

/** The HER2 populations the covering approvals name, in the vocabulary's order. */
export function coveredPopulations(id: SubtypeId, approvals: SubtypeApprovals): Her2Population[] {
  const named = new Set(approvals.covering.flatMap((row) => row.populations));
  const own = her2PopulationsFor(id);
  return HER2_POPULATIONS.filter((p) => named.has(p) && own.includes(p));
}

/**
 * "18 US FDA approvals of HER2-targeted drugs in our list cover HR+/HER2+ breast cancer; the newest is from 15 May 2026."
 * "In our list": it leaves out three approvals whose exact date is not confirmed, so the count is not a total.
 * A HER2-negative subtype is covered only where it is also HER2-low or -ultralow: the sentence says so.
 */
export function approvalsSentence(id: SubtypeId, approvals: SubtypeApprovals): string {
  const { label, her2 } = SUBTYPES[id];
  const newest = approvals.covering[0];
  if (!newest) return `No US FDA approval of a HER2-targeted drug in our list covers ${label} breast cancer.`;
  const count = approvals.covering.length;
  const either = coveredPopulations(id, approvals).map((p) => HER2_POPULATION_LABELS[p]);
  const only = her2 === "negative" ? `, and only when it is also ${[either.slice(0, -1).join(", "), either.at(-1)].filter(Boolean).join(" or ")}` : "";
  return `${count} US FDA approval${count === 1 ? "" : "s"} of HER2-targeted drugs in our list cover${count === 1 ? "s" : ""} ${label} breast cancer${only}; the newest is from ${formatIsoDate(newest.approvalDate)}.`;
}

/**
 * The link to /treatments, named for what it shows: every approval for these HER2 populations,
 * which for triple-negative includes one the page lists as not for it (HR-positive only).
 */
export function treatmentsLinkText(id: SubtypeId, approvals: SubtypeApprovals): string {
  return `All approvals for ${coveredPopulations(id, approvals)
    .map((p) => HER2_POPULATION_LABELS[p])
    .join(" and ")} on the treatments timeline →`;
}

/** /treatments filtered to the populations these approvals cover (its own URL state, lib/charts/therapies-state). */
export function treatmentsHref(id: SubtypeId, approvals: SubtypeApprovals): string {
  return `/treatments${treatmentsSearch({ ...TREATMENTS_DEFAULTS, populations: coveredPopulations(id, approvals) })}`;
}
