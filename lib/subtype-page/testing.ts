/**
 * How testing finds a subtype's HER2 status: the usual routes through the ASCO/CAP flow that end in
 * it, each with a case the /testing page opens at. No rule is written here: the routes are the
 * flow's own (lib/her2/explore), kept to those a patient's report usually shows.
 */
import { caseSearch } from "../her2/case-draft";
import { describeFields } from "../her2/case-words";
import { CATEGORY_TEXT } from "../her2/category-text";
import { exploreOutcomes, type OutcomeRoute } from "../her2/explore";
import type { Her2Category } from "../her2/outcomes";
import { SUBTYPES, type SubtypeId } from "../subtypes";

export interface TestingRoute {
  /** "IHC 2+, ratio 2.5, 5.0 copies": the example case in a few words. */
  caseText: string;
  /** The flow's steps in its short words ("IHC first → 2+ → dual-probe → ratio ≥ 2.0 → ≥ 4.0 copies"). */
  steps: string;
  /** What the case comes to ("HER2-positive", "HER2-low"). */
  result: string;
  category: Her2Category;
  /** The /testing address that opens with this case entered. */
  href: string;
}

/** Results that say what is missing from a report, not how a subtype is found. */
const UNRECORDED: readonly Her2Category[] = ["her2-zero-unspecified", "ihc-unknown"];

/**
 * IHC first (the usual order), one ISH test at most, no recount: the common routes. The rarer ones
 * (ISH first, single-probe ISH, a second count) are one click away on /testing.
 */
function isCommon(route: OutcomeRoute): boolean {
  const { example, classification } = route;
  return (
    route.path[1] === "ihc" &&
    example.assay !== "single" &&
    example.recountRatio === undefined &&
    example.recountCopies === undefined &&
    classification.kind === "final" &&
    !UNRECORDED.includes(classification.category)
  );
}

export function testingRoutesFor(id: SubtypeId): TestingRoute[] {
  const status = SUBTYPES[id].her2;
  return [...exploreOutcomes().values()].flat().flatMap((route) => {
    const { classification } = route;
    if (!isCommon(route) || classification.kind !== "final" || classification.status !== status) return [];
    return [
      {
        caseText: describeFields(route.example),
        steps: route.conditions.join(" → "),
        result: CATEGORY_TEXT[classification.category].label,
        category: classification.category,
        href: `/testing${caseSearch(route.example)}`,
      },
    ];
  });
}
