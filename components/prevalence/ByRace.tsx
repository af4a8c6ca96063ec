import { raceName } from "@/lib/charts/prevalence";
import { foldFor, prevalenceChartSearch, prevalenceImagePath, type RaceFigures } from "@/lib/charts/prevalence-state";
import { RACE_FIGURE_TEXT, raceView } from "@/lib/charts/prevalence-views";
import { RACE_ABBREVIATIONS } from "@/lib/charts/race-style";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { PrevalenceRow } from "@/lib/datasets/schemas";
import { SUBTYPES, subtypeLabel } from "@/lib/subtypes";
import type { PrevalenceStateChartProps } from "./chart-props";
import { PrevalenceBarFrame } from "./PrevalenceBarFrame";
import { RaceFiguresChoice } from "./PrevalenceControls";

/** Incidence by race and ethnicity: one set of figures at a time, each with its own caveats. */
export function ByRace({ rows, sources, state, tableOpen }: PrevalenceStateChartProps) {
  const figures = RACE_FIGURE_TEXT[state.raceFigures];
  const view = raceView(rows, state);
  const twoSubtypes = state.raceFigures === "her2-2022";

  return (
    <PrevalenceBarFrame
      id="by-race"
      glossary={{ unit: ["confidence-interval"] }}
      view={view}
      labelHeaders={twoSubtypes ? ["Race/ethnicity", "Subtype"] : ["Race/ethnicity"]}
      labelsFor={(row) => (twoSubtypes ? [raceName(row), subtypeLabel(row)] : [raceName(row)])}
      valueHeader="Rate per 100,000 women"
      sources={sources}
      apiQuery={`measure=incidence-rate&by=race&subtype=${figures.apiSubtypes}`}
      tableOpen={tableOpen}
      fold={foldFor(state, "raceFigures")}
      imagePath={prevalenceImagePath("incidence-by-race", state)}
      embed={{ chart: "incidence-by-race", search: prevalenceChartSearch("incidence-by-race", state) }}
      controls={<RaceFiguresChoice />}
      notes={<RaceNotes raceFigures={state.raceFigures} />}
    >
      <RaceNotices viewRows={view.viewRows} raceFigures={state.raceFigures} />
    </PrevalenceBarFrame>
  );
}

/** The groups' abbreviations and, for the HR+/HER2+ figures, their two caveats: one click away on the page, under the embed's chart. */
export function RaceNotes({ raceFigures }: { raceFigures: RaceFigures }) {
  return (
    <>
      <p className="chart-note">{RACE_ABBREVIATIONS}</p>
      {raceFigures === "hr-pos-her2-pos" && (
        <p className="chart-note">
          American Indian/Alaska Native rates include only cases in Purchased/Referred Care Delivery Areas, and their confidence interval is wide. Hispanic
          ethnicity is assigned by the NAACCR algorithm.
        </p>
      )}
    </>
  );
}

/** What must be read with the figures shown, under the chart: a missing all-races bar, or rates not comparable with the rest. */
export function RaceNotices({ viewRows, raceFigures }: { viewRows: readonly PrevalenceRow[]; raceFigures: RaceFigures }) {
  const years = formatPeriod(viewRows[0]?.period ?? "");
  const withoutAllRaces = [...new Set(viewRows.map((row) => row.subtype))].filter(
    (subtype) => !viewRows.some((row) => row.subtype === subtype && row.race === "all"),
  );
  return (
    <>
      {withoutAllRaces.length > 0 && (
        <p className="chart-note" data-testid="no-all-races">
          The source files we hold give no all-races rate for {withoutAllRaces.map((subtype) => (subtype ? SUBTYPES[subtype].label : "")).join(" or ")} in{" "}
          {years}, so there is no “All races” bar for it.
        </p>
      )}
      {raceFigures === "triple-negative" && (
        <p className="notice" data-testid="ages-20-notice">
          These rates come from a different study (Du and Li, SEER 18) and count only women aged 20 and over, so they are higher than all-ages rates. Do not
          compare them with the other rates on this page. The groups are named as the study names them.
        </p>
      )}
    </>
  );
}
