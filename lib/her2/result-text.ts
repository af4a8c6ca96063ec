/**
 * The words for one classified result (the classifier gives codes only): the report's wording and
 * comment, the plain and clinical text, and the sources they rest on (the headline is in headline.ts).
 */
import { CATEGORY_TEXT, categoryTextFor, DISCORDANT_TEXT, HER2_LOW_AFTER_WORKUP_TEXT, HER2_NEGATIVE_TEXT, NEGATIVE_WITH_COMMENT_TEXT } from "./category-text";
import type { Her2Classification } from "./classify";
import { IHC_CALL_CAUTION, ihcCallCautions } from "./ihc-caution";
import { isWorkupGroup } from "./ish";
import { GROUP_2_RECOUNT_CAVEAT, GROUP_COMMENT, REPORT_SOURCES, REPORT_WORDING } from "./report-wording";
import { EARLY_STAGE_NOTE, EARLY_STAGE_NOTE_SOURCES, FLOW_SOURCE_IDS, NEXT_STEP_TEXT, SUBGROUP_NOTE, SUBGROUP_NOTE_SOURCES } from "./text";

export interface ResultWords {
  /** The wording on the ASCO/CAP figures for where the path ends (§2.6). */
  report: string;
  /** The "HER2 Negative with Comment" comment of the ISH group (§2.4), where the report has one. */
  comment: string | null;
  /** Where the report's wording is not confirmed for this path (group 2's recount), what is not. */
  caveat: string | null;
  plain: string;
  clinical: string;
}

export function resultWords(classification: Her2Classification): ResultWords {
  const report = REPORT_WORDING[classification.reportCode];
  // After group 2's recount the only final result is HER2-negative; otherwise it is pending.
  const caveat = classification.path.includes("g2-recount") ? GROUP_2_RECOUNT_CAVEAT[classification.kind === "final" ? "negative" : "step"] : null;
  if (classification.kind === "pending") {
    const text = NEXT_STEP_TEXT[classification.nextStep];
    return { report, comment: null, caveat, plain: text.plain, clinical: text.clinical };
  }
  if (classification.status === "positive") {
    const text = CATEGORY_TEXT["her2-positive"];
    const discordant = classification.flags.includes("discordant-ihc3-ish5");
    return {
      report,
      comment: null,
      caveat,
      plain: discordant ? `${text.plain} ${DISCORDANT_TEXT.plain}` : text.plain,
      clinical: discordant ? `${text.clinical} ${DISCORDANT_TEXT.clinical}` : text.clinical,
    };
  }
  const text = categoryTextFor(classification);
  const cautions = ihcCallCautions(classification);
  const { ishGroup, withComment } = classification;
  return {
    report,
    comment: withComment && ishGroup !== null && isWorkupGroup(ishGroup) ? GROUP_COMMENT[ishGroup] : null,
    caveat,
    plain: [HER2_NEGATIVE_TEXT.plain, ...(withComment ? [NEGATIVE_WITH_COMMENT_TEXT] : []), text.plain, ...cautions.map((c) => c.plain)].join(" "),
    clinical: [HER2_NEGATIVE_TEXT.clinical, text.clinical, ...cautions.map((c) => c.clinical), SUBGROUP_NOTE, EARLY_STAGE_NOTE].join(" "),
  };
}

/**
 * A classification as the API publishes it: its codes with their words (the report wording in place
 * of its code; the comment on negative results only, as before the words moved out of the classifier;
 * the caveat only where the wording is not confirmed).
 */
export function publishedClassification(classification: Her2Classification) {
  const { reportCode: _code, ...codes } = classification;
  const { comment, caveat, ...words } = resultWords(classification);
  const negative = classification.kind === "final" && classification.status === "negative";
  return { ...codes, ...(negative ? { comment } : {}), ...(caveat ? { caveat } : {}), ...words };
}

/** The sources a result's text quotes or rests on, each once, in the order the card shows the text. */
export function classificationSources(classification: Her2Classification): string[] {
  const negative = classification.kind === "final" && classification.status === "negative";
  const text = classification.kind === "pending" ? NEXT_STEP_TEXT[classification.nextStep] : categoryTextFor(classification);
  return [
    ...new Set([
      ...FLOW_SOURCE_IDS,
      ...REPORT_SOURCES,
      ...(negative ? HER2_NEGATIVE_TEXT.sources : []),
      ...text.sources,
      ...ihcCallCautions(classification).flatMap((caution) => caution.sources),
      ...(negative ? EARLY_STAGE_NOTE_SOURCES : []),
      ...SUBGROUP_NOTE_SOURCES,
    ]),
  ];
}

/** Every source the flow's text cites; each must resolve in data/sources.json. */
export const HER2_TEXT_SOURCE_IDS: readonly string[] = [
  ...new Set([
    ...FLOW_SOURCE_IDS,
    ...REPORT_SOURCES,
    ...HER2_NEGATIVE_TEXT.sources,
    ...[...Object.values(CATEGORY_TEXT), HER2_LOW_AFTER_WORKUP_TEXT].flatMap((text) => text.sources),
    ...Object.values(NEXT_STEP_TEXT).flatMap((text) => text.sources),
    ...Object.values(IHC_CALL_CAUTION).flatMap((caution) => caution.sources),
    ...EARLY_STAGE_NOTE_SOURCES,
    ...SUBGROUP_NOTE_SOURCES,
  ]),
];
