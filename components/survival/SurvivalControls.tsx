"use client";
import { Term } from "@/components/glossary/Term";
import { CheckboxGroup } from "@/components/layout/CheckboxGroup";
import { useExplorerState } from "@/components/layout/ExplorerForm";
import { NoScriptSubmit } from "@/components/layout/NoScriptSubmit";
import { RadioGroup } from "@/components/layout/RadioGroup";
import { useHydrated } from "@/components/layout/useHydrated";
import { WordingSwitch } from "@/components/layout/WordingSwitch";
import { hasStages, type SurvivalViewState } from "@/lib/charts/survival-state";
import { STAGE_LABELS, SURVIVAL_MEASURE_LABELS, SURVIVAL_MEASURES } from "@/lib/datasets/survival-dimensions";
import { SUBTYPE_CATEGORY_IDS, SUBTYPES } from "@/lib/subtypes";

// "Every" draws a panel per stage; "all" is the one figure for all stages together: the words say which.
const STAGE_CHOICES = [
  ["every", "Each stage, side by side"],
  ["all", `${STAGE_LABELS.all.label}, combined`],
  ["localized", STAGE_LABELS.localized.label],
  ["regional", STAGE_LABELS.regional.label],
  ["distant", STAGE_LABELS.distant.label],
] as const;

/**
 * The survival chart's fields, inside the page's one GET form (see SurvivalExplorer): without
 * JavaScript the form's button reloads the page with the new URL; with it every change asks the
 * server for the new view at once.
 * Only the five-year measure has figures by stage: with JavaScript the stage list waits, disabled,
 * for that measure, and the hint beside it says so (without it, one reload sets both at once).
 */
export function SurvivalControls({ periods }: { periods: Record<SurvivalViewState["measure"], string> }) {
  const { state, update, bind } = useExplorerState<SurvivalViewState>();
  const hydrated = useHydrated();
  const fourYear = !hasStages(state.measure);

  return (
    <div className="controls">
      <RadioGroup
        legend="Measure"
        name="measure"
        values={SURVIVAL_MEASURES}
        label={(measure) => (
          <>
            {SURVIVAL_MEASURE_LABELS[measure].label} <span className="muted">(diagnosed {periods[measure]})</span>
          </>
        )}
        {...bind("measure")}
      />
      <div className="control">
        <label htmlFor="survival-stage">Stage</label>
        <select
          id="survival-stage"
          name="stage"
          // Waiting, disabled, for the five-year measure, the list shows what the four-year figures cover.
          value={fourYear && hydrated ? "all" : (state.stage ?? "every")}
          disabled={fourYear && hydrated}
          aria-describedby="survival-stage-hint"
          onChange={(e) => {
            const value = e.target.value;
            update({ ...state, stage: value === "every" ? null : (value as Exclude<SurvivalViewState["stage"], null>) });
          }}
        >
          {STAGE_CHOICES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <small id="survival-stage-hint" className="muted" data-testid="stage-hint">
          {fourYear ? (
            <>
              Only <Term id="relative-survival">{SURVIVAL_MEASURE_LABELS["five-year-relative"].label}</Term> has figures by stage: choose it to pick a stage.
              The four-year source gives <Term id="de-novo-stage-iv">de novo stage IV</Term> only (in the box after the comparison).
            </>
          ) : (
            "SEER summary stage at diagnosis."
          )}
        </small>
      </div>
      <CheckboxGroup legend="Subtypes" name="subtypes" values={SUBTYPE_CATEGORY_IDS} label={(id) => SUBTYPES[id].label} {...bind("subtypes")} />
      <WordingSwitch {...bind("wording")} />
      <NoScriptSubmit label="Update chart" />
    </div>
  );
}
