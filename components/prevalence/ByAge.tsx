import { ChartFrame } from "@/components/chart/ChartFrame";
import { GlossedText } from "@/components/glossary/GlossedText";
import { prevalenceChartFrame } from "@/lib/charts/prevalence-state";
import { ageView } from "@/lib/charts/prevalence-views";
import { SEER_RACE_IDS } from "@/lib/charts/race-style";
import { citationsFor } from "@/lib/datasets/citations";
import { AgeRateChart } from "./AgeRateChart";
import { AgeRateTable } from "./AgeRateTable";
import type { PrevalenceStateChartProps } from "./chart-props";
import { AgeNotes } from "./notes";
import { RaceChoice } from "./PrevalenceControls";
import { ON_PAGE } from "./page-notes";

/** HR+/HER2+ age-specific rates by race: rates rise with age, which is not the same as the HER2+ share. */
export function ByAge({ rows, sources, state, tableOpen }: PrevalenceStateChartProps) {
  const view = ageView(rows, { races: state.races, wording: state.wording });
  const { title, takeaway, viewRows } = view;

  return (
    <ChartFrame
      id="by-age"
      title={title}
      takeaway={takeaway}
      controls={<RaceChoice />}
      table={<AgeRateTable caption={title} viewRows={viewRows} />}
      citations={citationsFor(viewRows, sources)}
      // The download holds the groups the chart draws (all of them: no race filter).
      apiPath={`/api/prevalence?measure=incidence-rate&by=age&subtype=hr-pos-her2-pos${state.races.length < SEER_RACE_IDS.length ? `&race=${state.races.join(",")}` : ""}`}
      tableOpen={tableOpen}
      citeInPage
      renderDefinition={(definition) => <GlossedText text={definition} terms={["delay-adjusted"]} />}
      {...prevalenceChartFrame("incidence-by-age", state)}
      notes={<AgeNotes sources={sources} place={ON_PAGE} />}
    >
      <AgeRateChart view={view} />
    </ChartFrame>
  );
}
