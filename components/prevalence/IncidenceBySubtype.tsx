import { prevalenceChartFrame } from "@/lib/charts/prevalence-state";
import { incidenceView } from "@/lib/charts/prevalence-views";
import { subtypeLabel } from "@/lib/subtypes";
import type { PrevalenceStateChartProps } from "./chart-props";
import { IncidenceNote } from "./notes";
import { PrevalenceBarFrame } from "./PrevalenceBarFrame";
import { PeriodChoice } from "./PrevalenceControls";

/** Age-adjusted incidence by subtype, for one SEER Stat Facts edition at a time. */
export function IncidenceBySubtype({ rows, sources, state, tableOpen }: PrevalenceStateChartProps) {
  return (
    <PrevalenceBarFrame
      id="incidence"
      glossary={{ unit: ["age-adjusted", "incidence-rate"] }}
      view={incidenceView(rows, state)}
      labelHeaders={["Subtype"]}
      labelsFor={(row) => [subtypeLabel(row)]}
      valueHeader="Rate per 100,000 women"
      sources={sources}
      apiQuery="measure=incidence-rate&by=subtype"
      tableOpen={tableOpen}
      {...prevalenceChartFrame("incidence-by-subtype", state)}
      controls={<PeriodChoice />}
      notes={<IncidenceNote />}
    />
  );
}
