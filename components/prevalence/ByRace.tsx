import { raceName } from "@/lib/charts/prevalence";
import { prevalenceChartFrame } from "@/lib/charts/prevalence-state";
import { RACE_FIGURE_TEXT, raceView } from "@/lib/charts/prevalence-views";
import { subtypeLabel } from "@/lib/subtypes";
import type { PrevalenceStateChartProps } from "./chart-props";
import { RaceNotes, RaceNotices } from "./notes";
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
      {...prevalenceChartFrame("incidence-by-race", state)}
      controls={<RaceFiguresChoice />}
      notes={<RaceNotes raceFigures={state.raceFigures} />}
    >
      <RaceNotices viewRows={view.viewRows} raceFigures={state.raceFigures} />
    </PrevalenceBarFrame>
  );
}
