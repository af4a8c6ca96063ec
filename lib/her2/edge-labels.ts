/**
 * Short condition labels for the diagram's edges: the full conditions of reference §3.3 (in
 * `her2Edges`) are too long to print beside a line. An edge taken "always" gets no label.
 */
import type { Her2Edge } from "./graph";

const SHORT_CONDITIONS: Readonly<Record<string, string>> = {
  "no ISH result, or ihc ∈ {2+, 3+}": "IHC first",
  "dual-probe ISH given and ihc ∈ {0, 1+, absent}": "ISH first",
  "assay=single and ihc ∈ {0, 1+, absent}": "single-probe first",
  "ihc = 3+": "3+",
  "ihc = 2+": "2+",
  "ihc = 1+": "1+",
  "ihc = 0": "0",
  "no ISH result yet": "no ISH yet",
  "dual-probe values given": "dual-probe",
  "assay=single": "single-probe",
  "ratio ≥ 2.0": "ratio ≥ 2.0",
  "ratio < 2.0": "ratio < 2.0",
  "copies ≥ 4.0": "≥ 4.0 copies",
  "copies < 4.0": "< 4.0 copies",
  "copies ≥ 6.0": "≥ 6.0",
  "4.0 ≤ copies < 6.0": "4.0–<6.0",
  "IHC absent": "no IHC",
  "IHC 0 or 1+": "IHC 0/1+",
  "IHC 2+": "IHC 2+",
  "no recount values": "not yet",
  "IHC 1+ or 2+": "IHC 1+/2+",
  "IHC 0 with ultralow = true": "ultralow",
  "IHC 0 with ultralow = false": "null",
  "IHC 0 with ultralow absent": "not recorded",
  "IHC absent (only from group 5 or single-probe < 4.0)": "no IHC",
};

export function shortCondition(edge: Her2Edge): string | null {
  if (edge.condition.startsWith("always")) return null;
  // The recount edges of groups 2, 3 and 4 differ only in the group number.
  const recount = /^group\(recount\) ([=≠]) [2-4]$/.exec(edge.condition);
  if (recount) return recount[1] === "=" ? "same group" : "other group";
  return SHORT_CONDITIONS[edge.condition] ?? null;
}
