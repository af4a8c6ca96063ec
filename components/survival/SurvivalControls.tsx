"use client";
import { useEffect, useState } from "react";
import type { SurvivalViewState } from "@/lib/charts/url-state";
import { formatPeriod, STAGE_LABELS, SURVIVAL_MEASURE_LABELS, SURVIVAL_MEASURES } from "@/lib/datasets/dimensions";
import { FIVE_YEAR_BY_STAGE_PERIOD } from "@/lib/datasets/queries";
import { CheckboxGroup } from "@/components/layout/CheckboxGroup";
import { SUBTYPE_ORDER, SUBTYPES } from "@/lib/subtypes";

const MEASURE_YEARS = { "four-year-cause-specific": "2010–2013", "five-year-relative": formatPeriod(FIVE_YEAR_BY_STAGE_PERIOD) } as const;
const STAGE_CHOICES = [
  ["every", "Every stage"],
  ["all", STAGE_LABELS.all.label],
  ["localized", STAGE_LABELS.localized.label],
  ["regional", STAGE_LABELS.regional.label],
  ["distant", STAGE_LABELS.distant.label],
] as const;

/**
 * A GET form: without JavaScript, "Update chart" reloads the page with the new URL; with it, every
 * change applies at once and the button is not needed.
 */
export function SurvivalControls({ state, onChange }: { state: SurvivalViewState; onChange: (next: SurvivalViewState) => void }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const fourYear = state.measure === "four-year-cause-specific";

  return (
    <form className="controls" method="get" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Measure</legend>
        {SURVIVAL_MEASURES.map((measure) => (
          <label key={measure}>
            <input type="radio" name="measure" value={measure} checked={state.measure === measure} onChange={() => onChange({ ...state, measure })} />{" "}
            {SURVIVAL_MEASURE_LABELS[measure].label} <span className="muted">(diagnosed {MEASURE_YEARS[measure]})</span>
          </label>
        ))}
      </fieldset>
      <div className="control">
        <label htmlFor="survival-stage">Stage</label>
        <select
          id="survival-stage"
          name="stage"
          value={state.stage ?? "every"}
          disabled={fourYear && hydrated}
          aria-describedby="survival-stage-hint"
          onChange={(e) => {
            const value = e.target.value;
            onChange({ ...state, stage: value === "every" ? null : (value as Exclude<SurvivalViewState["stage"], null>) });
          }}
        >
          {STAGE_CHOICES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <small id="survival-stage-hint" className="muted">
          {fourYear ? "Four-year figures by stage are not available, except de novo stage IV (below)." : "SEER summary stage at diagnosis."}
        </small>
      </div>
      <CheckboxGroup
        legend="Subtypes"
        name="subtypes"
        options={SUBTYPE_ORDER.map((id) => ({ value: id, label: SUBTYPES[id].label }))}
        selected={state.subtypes}
        onChange={(subtypes) => onChange({ ...state, subtypes })}
      />
      <fieldset>
        <legend>Wording</legend>
        {(["plain", "details"] as const).map((wording) => (
          <label key={wording}>
            <input type="radio" name="wording" value={wording} checked={state.wording === wording} onChange={() => onChange({ ...state, wording })} />{" "}
            {wording === "plain" ? "Plain language" : "Details"}
          </label>
        ))}
      </fieldset>
      {!hydrated && (
        <button type="submit" className="button">
          Update chart
        </button>
      )}
    </form>
  );
}
