/**
 * `classifyHer2`: one HER2 test result to one classification, by walking the flow graph of
 * reference her2-testing.md §3 (ASCO/CAP 2018, affirmed by asco-cap-2023). The path it returns is the
 * walk taken, node by node, so the diagram can light it up and tests can check it against the edges.
 * It trusts its input: parse untrusted values with `parseHer2Query` / `parseHer2Fields` first.
 * Its result is codes only; `resultWords` (result-text.ts) gives the words for them.
 */

import type { NodeId } from "./graph";
import type { DualProbeIsh, Her2Input, IhcResult, IshResult, SingleProbeIsh } from "./input";
import { dualProbeGroup, type IshGroup, isWorkupGroup, singleProbeBand } from "./ish";
import type { Her2Flag, NegativeCategory, NextStep, ReportCode } from "./outcomes";

interface ClassificationBase {
  /** Node ids from `start` to the outcome node. */
  path: NodeId[];
  /** The dual-probe group where dual-probe ISH was given (single-probe ISH has no group). */
  ishGroup: IshGroup | null;
  recountGroup: IshGroup | null;
  /** Which wording of the ASCO/CAP figures the report takes where the path ends (§2.6). */
  reportCode: ReportCode;
}

export interface PositiveClassification extends ClassificationBase {
  kind: "final";
  status: "positive";
  category: "her2-positive";
  withComment: false;
  flags: Her2Flag[];
}

export interface NegativeClassification extends ClassificationBase {
  kind: "final";
  status: "negative";
  category: NegativeCategory;
  /** True for ISH groups 2–4 ("HER2 Negative with Comment"): the report carries that group's comment. */
  withComment: boolean;
}

export interface PendingClassification extends ClassificationBase {
  kind: "pending";
  nextStep: NextStep;
}

export type Her2Classification = PositiveClassification | NegativeClassification | PendingClassification;

/** IHC that can sit beside an ISH result on the path: IHC 3+ always ends on the IHC branch (§3.1). */
type ConcurrentIhc = Exclude<IhcResult, { score: 3 }> | null;

interface Groups {
  ishGroup: IshGroup | null;
  recountGroup: IshGroup | null;
}

const NO_GROUPS: Groups = { ishGroup: null, recountGroup: null };

const PENDING_NODE: Record<NextStep, NodeId> = {
  "reflex-ish": "pending-ish",
  "reflex-ihc": "pending-ihc",
  recount: "pending-recount",
  adjudication: "pending-adjudication",
  "dual-probe-ish": "pending-dual-ish",
};

export function classifyHer2(input: Her2Input): Her2Classification {
  const path: NodeId[] = ["start"];
  // §3.1 entry rule: IHC first without ISH or with IHC 2+/3+; otherwise the IHC is the "concurrent
  // IHC" of the ISH figures (asco-cap-2018-pocket Figs 2–6).
  if (input.ihc === null) return fromIsh(input.ish, null, path);
  const { ihc, ish } = input;
  if (ish !== null && (ihc.score === 0 || ihc.score === 1)) return fromIsh(ish, ihc, path);
  return fromIhc(ihc, ish, path);
}

function fromIhc(ihc: IhcResult, ish: IshResult | null, path: NodeId[]): Her2Classification {
  path.push("ihc", `ihc-${ihc.score}`);
  switch (ihc.score) {
    case 3: {
      // Fig 1 "IHC 3+ positive" (asco-cap-2018-pocket); asco-cap-2013 "positive … if IHC 3+". An ISH
      // group given alongside is reported; group 5 disagrees and is flagged (§2.3 note, R-DISC, UNCONFIRMED).
      const ishGroup = ish?.assay === "dual" ? dualProbeGroup(ish) : null;
      const flags: Her2Flag[] = ishGroup === 5 ? ["discordant-ihc3-ish5"] : [];
      // §2.6's most specific row: groups 2–4 with IHC 3+ are reported "HER2 Positive" (Figs 5–6).
      const report = ishGroup !== null && isWorkupGroup(ishGroup) ? "her2Positive" : "ihc3";
      return positive(path, { ishGroup, recountGroup: null }, report, flags);
    }
    case 2:
      // Fig 1: IHC 2+ "Must order reflex test" (Strong Recommendation) — §6 item 2: must, not usually.
      path.push("reflex-ish");
      if (ish === null) return pending(path, "reflex-ish", NO_GROUPS, "ihc2");
      return fromIsh(ish, ihc, path);
    case 1:
      // Fig 1 "IHC 1+ negative".
      return negative(path, ihc, NO_GROUPS, "ihc1", false);
    case 0:
      // Fig 1 "IHC 0 negative", with the rakha-2026-consensus sub-label when recorded (§2.6).
      return negative(path, ihc, NO_GROUPS, ihcZeroReport(ihc.ultralow), false);
  }
}

function fromIsh(ish: IshResult, ihc: ConcurrentIhc, path: NodeId[]): Her2Classification {
  return ish.assay === "dual" ? fromDualProbe(ish, ihc, path) : fromSingleProbe(ish, ihc, path);
}

function fromDualProbe(ish: DualProbeIsh, ihc: ConcurrentIhc, path: NodeId[]): Her2Classification {
  const ishGroup = dualProbeGroup(ish);
  // Fig 3: the ratio question comes first, so groups 1–2 sit under "ratio ≥ 2.0".
  path.push("ish-dual", ishGroup <= 2 ? "ratio-high" : "ratio-low", `group-${ishGroup}`);
  const groups: Groups = { ishGroup, recountGroup: null };
  // Fig 3: group 1 "ISH positive", group 5 "ISH negative", with no further work-up.
  if (ishGroup === 1) return positive(path, groups, "ishPositive", []);
  if (ishGroup === 5) return negative(path, ihc, groups, "ishNegative", false);

  // Groups 2–4 (§2.2–2.3): Fig 3 note, IHC on the same tissue "if not already assessed".
  path.push(`g${ishGroup}-ihc`);
  if (ihc === null) {
    path.push("reflex-ihc");
    return pending(path, "reflex-ihc", groups, "reflexIhc");
  }
  // Figs 5–6 (group 2: labce-fish-2018, APLM 2021/2024): IHC 0–1+ is "HER2 Negative with Comment".
  if (ihc.score !== 2) return negative(path, ihc, groups, "negativeWithComment", true);

  // Figs 5–6: with IHC 2+ a blinded observer recounts (group 2's recount step: UNCONFIRMED, Fig 4 not seen).
  path.push(`g${ishGroup}-recount`);
  if (ish.recount === null) return pending(path, "recount", groups, "recount");
  const recountGroup = dualProbeGroup(ish.recount);
  const counted: Groups = { ishGroup, recountGroup };
  // Figs 5–6: a recount in another group is "adjudicated per internal procedures"; we do not guess (§6 item 10).
  if (recountGroup !== ishGroup) return pending(path, "adjudication", counted, "adjudication");
  // Fig 5: group 3 confirmed with IHC 2+ is "HER2 Positive"; Fig 6 (and group 2, secondary): negative with comment.
  if (ishGroup === 3) return positive(path, counted, "her2Positive", []);
  return negative(path, ihc, counted, "negativeWithComment", true);
}

function fromSingleProbe(ish: SingleProbeIsh, ihc: ConcurrentIhc, path: NodeId[]): Her2Classification {
  path.push("ish-single");
  // asco-cap-2018-pocket Fig 2 (§2.5): ≥ 6.0 "ISH positive", < 4.0 "ISH negative".
  switch (singleProbeBand(ish.copies)) {
    case "amplified":
      return positive(path, NO_GROUPS, "ishPositive", []);
    case "not-amplified":
      return negative(path, ihc, NO_GROUPS, "ishNegative", false);
    case "borderline":
      // Fig 2 footnote b: IHC (and/or dual-probe ISH) decides; concurrent IHC 0/1+ → "ISH negative",
      // IHC 2+ → "Perform dual-probe ISH for final result". IHC 3+ already ended on the IHC branch.
      path.push("single-mid");
      if (ihc === null) return pending(path, "reflex-ihc", NO_GROUPS, "singleProbeWorkup");
      if (ihc.score === 2) return pending(path, "dual-probe-ish", NO_GROUPS, "dualProbeIsh");
      return negative(path, ihc, NO_GROUPS, "ishNegative", false);
  }
}

/**
 * HER2-negative sub-groups, which are not ASCO/CAP categories (§1.2, asco-cap-2023):
 * HER2-low = IHC 1+ or IHC 2+/ISH- (fda-2022-her2low, fda-2025-her2ultralow; DERIVED for groups 2 and 4
 * after a recount); IHC 0 splits into ultralow and null (rakha-2026-consensus); without IHC the
 * sub-group is unknown (R-SUB, DERIVED).
 */
function negativeCategory(ihc: ConcurrentIhc): NegativeCategory {
  if (ihc === null) return "ihc-unknown";
  if (ihc.score !== 0) return "her2-low";
  if (ihc.ultralow === null) return "her2-zero-unspecified";
  return ihc.ultralow ? "her2-ultralow" : "her2-null";
}

function ihcZeroReport(ultralow: boolean | null): ReportCode {
  if (ultralow === null) return "ihc0";
  return ultralow ? "ihc0Ultralow" : "ihc0Null";
}

function positive(path: NodeId[], groups: Groups, reportCode: ReportCode, flags: Her2Flag[]): PositiveClassification {
  path.push("status-positive");
  return { kind: "final", status: "positive", category: "her2-positive", withComment: false, flags, ...groups, path, reportCode };
}

function negative(path: NodeId[], ihc: ConcurrentIhc, groups: Groups, reportCode: ReportCode, withComment: boolean): NegativeClassification {
  const category = negativeCategory(ihc);
  path.push(withComment ? "status-negative-comment" : "status-negative", `cat-${category}`);
  return { kind: "final", status: "negative", category, withComment, ...groups, path, reportCode };
}

function pending(path: NodeId[], nextStep: NextStep, groups: Groups, reportCode: ReportCode): PendingClassification {
  path.push(PENDING_NODE[nextStep]);
  return { kind: "pending", nextStep, ...groups, path, reportCode };
}
