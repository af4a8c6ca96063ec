"use client";
import { LegendSwatch } from "@/components/charts/LegendSwatch";
import { CheckboxGroup } from "@/components/layout/CheckboxGroup";
import { useExplorerState } from "@/components/layout/ExplorerForm";
import { NoScriptSubmit } from "@/components/layout/NoScriptSubmit";
import { WordingSwitch } from "@/components/layout/WordingSwitch";
import type { TreatmentsViewState } from "@/lib/charts/therapies-state";
import { POPULATION_STYLES, populationColorVar } from "@/lib/charts/therapy-style";
import { DRUG_CLASS_LABELS, DRUG_CLASSES, HER2_POPULATION_LABELS, HER2_POPULATIONS } from "@/lib/datasets/therapy-dimensions";

/**
 * The filters, in the page's GET form (TreatmentsForm) with the API's parameter names: without
 * JavaScript "Update charts" reloads the page with the new URL; with it every change asks the server
 * for the new view at once. The population boxes double as the key to the marker shapes.
 */
export function TreatmentsControls() {
  const { bind } = useExplorerState<TreatmentsViewState>();
  return (
    <div className="controls" data-testid="treatments-controls">
      <CheckboxGroup legend="Drug class" name="class" values={DRUG_CLASSES} label={(drugClass) => DRUG_CLASS_LABELS[drugClass].label} {...bind("classes")} />
      <CheckboxGroup
        legend="HER2 population (marker)"
        name="population"
        values={HER2_POPULATIONS}
        label={(population) => (
          <>
            <LegendSwatch marker={POPULATION_STYLES[population].marker} color={populationColorVar(population)} /> {HER2_POPULATION_LABELS[population]}
          </>
        )}
        {...bind("populations")}
      />
      <WordingSwitch {...bind("wording")} />
      <NoScriptSubmit />
    </div>
  );
}
