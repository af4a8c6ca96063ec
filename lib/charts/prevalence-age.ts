/** The rate-by-age chart of the prevalence page: its rows, series, table and takeaway. */
import { formatPeriod } from "../datasets/dimensions";
import { AGE_GROUPS, type AgeGroup } from "../datasets/prevalence-dimensions";
import type { PrevalenceRow } from "../datasets/schemas";
import { formatFigure } from "../format";
import type { Category, DotLineSeries } from "./dot-lines";
import { hasValue } from "./prevalence";
import { chartValueText, describePrevalence } from "./prevalence-text";
import { isSeerRace, RACE_SHORT_LABELS, RACE_STYLES, raceColorVar, SEER_RACE_IDS, type SeerRaceId } from "./race-style";
import type { Wording } from "./wording";

export function ageRateRows(rows: readonly PrevalenceRow[], races: readonly SeerRaceId[]): PrevalenceRow[] {
  return rows.filter(
    (row) => row.measure === "incidence-rate" && row.subtype === "hr-pos-her2-pos" && row.ageGroup !== null && isSeerRace(row.race) && races.includes(row.race),
  );
}

/** The age groups present, in age order, labelled by their lower bound ("20" for 20–24). */
export function ageCategories(viewRows: readonly PrevalenceRow[]): Category[] {
  const present = new Set(viewRows.map((row) => row.ageGroup));
  return AGE_GROUPS.filter((age) => present.has(age)).map((age) => ({ id: age, tick: age.endsWith("+") ? age : (age.split("-")[0] ?? age) }));
}

export function ageSeries(viewRows: readonly PrevalenceRow[], wording: Wording): DotLineSeries[] {
  return SEER_RACE_IDS.flatMap((race) => {
    const points = viewRows.filter((row) => row.race === race);
    if (points.length === 0) return [];
    return [
      {
        id: race,
        label: RACE_SHORT_LABELS[race].short,
        color: raceColorVar(race),
        marker: RACE_STYLES[race].marker,
        points: points.map((row) => ({
          id: row.id,
          category: row.ageGroup ?? "all",
          value: row.value,
          unavailableReason: row.unavailableReason,
          description: describePrevalence(row, wording),
        })),
      },
    ];
  });
}

/** Age groups as rows, race groups as columns: the table view of the by-age chart. */
export function ageRateTable(viewRows: readonly PrevalenceRow[]): {
  races: SeerRaceId[];
  rows: { ageGroup: AgeGroup; cells: { id: string; text: string; reason?: string }[] }[];
} {
  const races = SEER_RACE_IDS.filter((race) => viewRows.some((row) => row.race === race));
  return {
    races,
    rows: ageCategories(viewRows).map(({ id }) => ({
      ageGroup: id as AgeGroup,
      cells: races.map((race) => {
        const row = viewRows.find((r) => r.race === race && r.ageGroup === id);
        if (!row) return { id: `${race}-${id}`, text: "—" };
        return { id: row.id, text: row.value === null ? "Suppressed" : chartValueText(row), reason: row.unavailableReason };
      }),
    })),
  };
}

export function ageTakeaway(viewRows: readonly PrevalenceRow[]): string {
  const reported = viewRows.filter(hasValue);
  const youngest = ageCategories(viewRows).find((c) => reported.some((row) => row.ageGroup === c.id))?.id;
  const young = reported.filter((row) => row.ageGroup === youngest);
  const peaks = SEER_RACE_IDS.flatMap((race) => {
    const own = reported.filter((row) => row.race === race);
    return own.length ? [own.reduce((a, b) => (b.value > a.value ? b : a))] : [];
  });
  if (!youngest || young.length === 0 || peaks.length === 0) return "No figures match this selection.";
  const highestYoung = young.reduce((a, b) => (b.value > a.value ? b : a));
  const order = (row: PrevalenceRow) => AGE_GROUPS.indexOf(row.ageGroup ?? "all");
  const peakAges = [...new Set(peaks.sort((a, b) => order(a) - order(b)).map((row) => formatPeriod(row.ageGroup ?? "")))];
  const peakText = peakAges.length === 1 ? `at ages ${peakAges[0]}` : `between ages ${peakAges[0]} and ${peakAges.at(-1)}`;
  return (
    `HR+/HER2+ rates rise with age: at ages ${formatPeriod(youngest)} they were at most ${formatFigure(highestYoung)} where reported, ` +
    `and each group's highest rate came ${peakText}.`
  );
}
