"use client";
import type { ReactNode } from "react";
import { LegendSwatch } from "@/components/charts/LegendSwatch";
import { CheckboxGroup } from "@/components/layout/CheckboxGroup";
import { useExplorerState } from "@/components/layout/ExplorerForm";
import { NoScriptSubmit } from "@/components/layout/NoScriptSubmit";
import { RadioGroup } from "@/components/layout/RadioGroup";
import { WordingSwitch } from "@/components/layout/WordingSwitch";
import { type PrevalenceViewState, RACE_FIGURES, RATE_PERIODS } from "@/lib/charts/prevalence-state";
import { RACE_FIGURE_TEXT } from "@/lib/charts/prevalence-views";
import { RACE_SHORT_LABELS, RACE_STYLES, raceColorVar, SEER_RACE_IDS } from "@/lib/charts/race-style";
import { formatPeriod } from "@/lib/datasets/dimensions";

// The prevalence page's fields, each beside the chart it changes, all in the page's one GET form
// (PrevalenceForm): without JavaScript the button beside each reloads the page with the whole state.

/** A chart's controls, followed by the button that applies them without JavaScript. */
function Controls({ children }: { children: ReactNode }) {
  return (
    <div className="controls">
      {children}
      <NoScriptSubmit />
    </div>
  );
}

const EDITIONS = { "2017-2021": "2024 edition", "2016-2020": "2023 edition" } as const;

/** The page's wording, under the share of cases. */
export function PrevalenceWordingChoice() {
  const { bind } = useExplorerState<PrevalenceViewState>();
  return (
    <Controls>
      <WordingSwitch {...bind("wording")} />
    </Controls>
  );
}

/** Which SEER Stat Facts edition the incidence chart shows. */
export function PeriodChoice() {
  const { bind } = useExplorerState<PrevalenceViewState>();
  return (
    <Controls>
      <RadioGroup
        legend="Diagnosed"
        name="period"
        values={RATE_PERIODS}
        label={(period) => (
          <>
            {formatPeriod(period)} <span className="muted">(SEER {EDITIONS[period]})</span>
          </>
        )}
        {...bind("period")}
      />
    </Controls>
  );
}

/** Which set of race and ethnicity figures the chart shows. */
export function RaceFiguresChoice() {
  const { bind } = useExplorerState<PrevalenceViewState>();
  return (
    <Controls>
      <RadioGroup legend="Figures" name="raceFigures" values={RACE_FIGURES} label={(choice) => RACE_FIGURE_TEXT[choice].choice} {...bind("raceFigures")} />
    </Controls>
  );
}

/** The groups the age chart draws, each labelled with its line's marker and colour. */
export function RaceChoice() {
  const { state, bind } = useExplorerState<PrevalenceViewState>();
  return (
    <Controls>
      <CheckboxGroup
        legend="Race and ethnicity shown"
        name="races"
        values={SEER_RACE_IDS}
        label={(race) => (
          <>
            <LegendSwatch marker={RACE_STYLES[race].marker} color={raceColorVar(race)} /> {RACE_SHORT_LABELS[race].short}
            {state.wording === "plain" && RACE_SHORT_LABELS[race].plain && <span className="muted"> ({RACE_SHORT_LABELS[race].plain})</span>}
          </>
        )}
        {...bind("races")}
      />
    </Controls>
  );
}
