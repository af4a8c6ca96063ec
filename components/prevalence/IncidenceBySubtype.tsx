"use client";
import { prevalenceImagePath, RATE_PERIODS, type PrevalenceViewState } from "@/lib/charts/prevalence-state";
import { incidenceView } from "@/lib/charts/prevalence-views";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import { NoScriptSubmit } from "@/components/layout/NoScriptSubmit";
import { PrevalenceBarFrame } from "./PrevalenceBarFrame";

const EDITIONS = { "2017-2021": "2024 edition", "2016-2020": "2023 edition" } as const;

/** Age-adjusted incidence by subtype, for one SEER Stat Facts edition at a time. */
export function IncidenceBySubtype({ rows, sources, state, tableOpen, onChange }: { rows: readonly PrevalenceRow[]; sources: readonly Source[]; state: PrevalenceViewState; tableOpen: boolean; onChange: (next: PrevalenceViewState) => void }) {
  return (
    <PrevalenceBarFrame
      id="incidence"
      glossary={{ unit: ["age-adjusted", "incidence-rate"] }}
      view={incidenceView(rows, state)}
      labelHeaders={["Subtype"]}
      labelsFor={(row) => [row.subtype ? { subtype: row.subtype } : ""]}
      valueHeader="Rate per 100,000 women"
      sources={sources}
      apiQuery="measure=incidence-rate&by=subtype"
      tableOpen={tableOpen}
      folded
      imagePath={prevalenceImagePath("incidence-by-subtype", state)}
      controls={
        <div className="controls">
          <fieldset>
            <legend>Diagnosed</legend>
            {RATE_PERIODS.map((period) => (
              <label key={period}>
                <input type="radio" name="period" value={period} checked={state.period === period} onChange={() => onChange({ ...state, period })} />{" "}
                {formatPeriod(period)} <span className="muted">(SEER {EDITIONS[period]})</span>
              </label>
            ))}
          </fieldset>
          <NoScriptSubmit />
        </div>
      }
      notes={
        <p className="chart-note">
          The two editions overlap in four of their five years, so the difference between them is not a trend. Each rate is age-adjusted
          and rounded on its own, so the subtypes’ rates do not add up exactly to the rate for all breast cancers.
        </p>
      }
    />
  );
}
