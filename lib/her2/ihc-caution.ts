/**
 * The caution a result carries where it rests on a call pathologists can read differently: IHC 0
 * versus 1+, and, within IHC 0, ultralow versus null. Reference her2-testing.md §1.2: "The dashboard
 * should say that this call can differ between pathologists."
 */
import type { Her2Classification } from "./classify";

export interface Caution {
  plain: string;
  clinical: string;
  /** The data/sources.json ids its text quotes or rests on. */
  sources: readonly string[];
}

/** The two IHC calls, each said once; a result shows the ones its own category rests on. */
export const IHC_CALL_CAUTION = {
  // §1.4: asco-cap-2023 "offers a new HER2 testing reporting comment to highlight the current relevance of
  // IHC 0 versus 1+ results and best practices to distinguish these often subtle differences". That such a
  // call can differ between pathologists is DERIVED from "often subtle" (and the second-pathologist best
  // practice §1.4 lists as UNCONFIRMED), so the plain text says "can", not how often.
  zeroOrOne: {
    plain: "Telling IHC 0 from 1+ is often a subtle call, and it can differ between pathologists.",
    clinical:
      'IHC 0 versus 1+: ASCO/CAP 2023 highlights best practices to distinguish "these often subtle differences"; ' +
      "the call can differ between pathologists.",
    sources: ["asco-cap-2023"],
  },
  // §1.2: "Reproducibility is poor. 36 pathologists separating HER2-null from HER2-ultralow reached a Fleiss
  // κ of 0.230" (the study's full citation was not seen, so the κ is not quoted here).
  ultralowOrNull: {
    plain: "Whether a very faint, partial rim was seen (ultralow) or no staining at all (null) is a call pathologists can differ on.",
    clinical: "Pathologists agree poorly on ultralow versus null.",
    sources: [],
  },
} as const satisfies Record<string, Caution>;

/**
 * The cautions a result carries, in the order it shows them: IHC 1+ sits on the 0/1+ line, and every
 * IHC 0 result on it too, with ultralow and null also on the line between them. An IHC 2+ result is
 * HER2-low without that call, and the others do not rest on it.
 */
export function ihcCallCautions(classification: Her2Classification): Caution[] {
  if (classification.kind !== "final") return [];
  switch (classification.category) {
    case "her2-low":
      // IHC 2+ always passes the `ihc-2` node (§3.1 entry rule), so a HER2-low path without it had IHC 1+.
      return classification.path.includes("ihc-2") ? [] : [IHC_CALL_CAUTION.zeroOrOne];
    case "her2-zero-unspecified":
      return [IHC_CALL_CAUTION.zeroOrOne];
    case "her2-ultralow":
    case "her2-null":
      return [IHC_CALL_CAUTION.zeroOrOne, IHC_CALL_CAUTION.ultralowOrNull];
    default:
      return [];
  }
}
