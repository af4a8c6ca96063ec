import { raceName } from "@/lib/charts/prevalence";
import { prevalenceChartFrame } from "@/lib/charts/prevalence-state";
import { medianAgeView } from "@/lib/charts/prevalence-views";
import { subtypeLabel } from "@/lib/subtypes";
import type { PrevalenceWordingChartProps } from "./chart-props";
import { PrevalenceBarFrame } from "./PrevalenceBarFrame";

/** Median age at diagnosis by subtype and race, with the two subtypes our sources do not give shown as gaps. */
export function MedianAge({ rows, sources, wording, tableOpen }: PrevalenceWordingChartProps) {
  return (
    <PrevalenceBarFrame
      id="median-age"
      glossary={{ unit: ["median"] }}
      view={medianAgeView(rows, { wording })}
      labelHeaders={["Subtype", "Race/ethnicity"]}
      labelsFor={(row) => [subtypeLabel(row), raceName(row)]}
      valueHeader="Median age (years)"
      sources={sources}
      apiQuery="measure=median-age-at-diagnosis"
      tableOpen={tableOpen}
      {...prevalenceChartFrame("median-age", { wording })}
    />
  );
}
