/**
 * The figures one subtype's page shows, selected from the datasets with the same queries the
 * survival and prevalence pages use, so a subtype page can never print a different number.
 */
import { type BarDatum, subtypeBarDatum } from "../charts/bars";
import { describeSurvival, survivalViewRows } from "../charts/survival";
import type { Wording } from "../charts/wording";
import { formatPeriod } from "../datasets/dimensions";
import { fourYearSurvival, shareOfCases, survivalRows } from "../datasets/queries";
import type { PrevalenceRow, SubtypeSurvivalRow, SurvivalRow } from "../datasets/schemas";
import { STAGE_LABELS, STAGES } from "../datasets/survival-dimensions";
import { formatFigure } from "../format";
import { SUBTYPES, type SubtypeId } from "../subtypes";

export interface SubtypeFigures {
  /** Four-year breast cancer-specific survival, all stages: the page's answer. */
  fourYear: SubtypeSurvivalRow;
  /** Share of all new cases (the edition the /subtypes matrix and the home page show); null where none is given. */
  share: PrevalenceRow | null;
  /** Four-year figures by stage (all stages, then de novo stage IV), gaps included. */
  fourYearByStage: SubtypeSurvivalRow[];
  /** Five-year relative survival by SEER stage, in the edition /survival shows by stage. */
  fiveYearByStage: SubtypeSurvivalRow[];
}

export function subtypeFigures(id: SubtypeId, data: { survival: readonly SurvivalRow[]; prevalence: readonly PrevalenceRow[] }): SubtypeFigures {
  const fourYear = fourYearSurvival(data.survival).find((row) => row.subtype === id);
  // Every subtype has an all-stages four-year row (a gap would be a row with value null): a missing row is a broken data file.
  if (!fourYear) throw new Error(`data/survival.json has no four-year all-stages row for ${id}`);
  const byStage = (row: SubtypeSurvivalRow) => STAGES.indexOf(row.stage);
  return {
    fourYear,
    share: shareOfCases(data.prevalence).find((row) => row.subtype === id) ?? null,
    fourYearByStage: survivalRows(data.survival, { measure: "four-year-cause-specific" })
      .filter((row) => row.subtype === id)
      .sort((a, b) => byStage(a) - byStage(b)),
    fiveYearByStage: survivalViewRows(data.survival, { measure: "five-year-relative", stage: null, subtypes: [id] }),
  };
}

/** Every figure the page prints, for its citation block, in the order they appear. */
export function shownRows(figures: SubtypeFigures): (SurvivalRow | PrevalenceRow)[] {
  return [figures.fourYear, ...(figures.share ? [figures.share] : []), ...figures.fourYearByStage, ...figures.fiveYearByStage];
}

/** "82.7% of people with … had not died of breast cancer four years after diagnosis (diagnosed 2010–2013)." */
export function answerSentence(figures: SubtypeFigures): string {
  return describeSurvival(figures.fourYear, "plain");
}

/** "4.0% of all new breast cancers diagnosed in 2017–2021 were HR−/HER2+ (…)." or why there is no share. */
export function shareSentence(id: SubtypeId, share: PrevalenceRow | null): string {
  const { label } = SUBTYPES[id];
  if (share === null) return `No share of new cases is given for ${label}.`;
  if (share.value === null) return `${label}: share of new cases not available. ${share.unavailableReason ?? ""}`.trim();
  return `${formatFigure(share)} of all new breast cancers diagnosed in ${formatPeriod(share.period)} were ${label} (${SUBTYPES[id].plainName}).`;
}

/** One bar per stage, labelled by stage in the subtype's colour: the /survival bars, regrouped for one subtype. */
export function stageBars(rows: readonly SubtypeSurvivalRow[], wording: Wording): BarDatum[] {
  return rows.map((row) =>
    subtypeBarDatum(
      row,
      wording,
      { valueText: formatFigure(row), description: describeSurvival(row, wording) },
      { label: STAGE_LABELS[row.stage].label, sublabel: wording === "plain" ? STAGE_LABELS[row.stage].plain : undefined },
    ),
  );
}

/**
 * The by-stage sentence: the earliest and the latest stage with a figure, as the page reads them
 * ("97.2% for cancer found only in the breast and 39.5% for cancer spread to distant parts of the body"),
 * or, where no stage has one, which stage is missing and why.
 */
export function stageTakeaway(rows: readonly SubtypeSurvivalRow[]): string {
  const staged = rows.filter((row) => row.stage !== "all");
  const known = staged.filter((row) => row.value !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) {
    const gaps = staged.map((row) => `${STAGE_LABELS[row.stage].label}: not available. ${row.unavailableReason ?? ""}`.trim());
    return gaps.length > 0 ? gaps.join(" ") : "Figures by stage are not available for this subtype.";
  }
  const measure = first.measure === "five-year-relative" ? "Five-year relative survival" : "Four-year breast cancer-specific survival";
  const years = formatPeriod(first.period);
  if (first === last) return `${measure} was ${formatFigure(first)} for cancer ${STAGE_LABELS[first.stage].plain} (diagnosed ${years}).`;
  return `${measure} was ${formatFigure(first)} for cancer found ${STAGE_LABELS[first.stage].plain} and ${formatFigure(last)} for cancer ${STAGE_LABELS[last.stage].plain} (diagnosed ${years}).`;
}
