"use client";
import type { ReactNode } from "react";
import { LegendSwatch } from "@/components/charts/LegendSwatch";
import { CheckboxGroup } from "@/components/layout/CheckboxGroup";
import { useExplorerState } from "@/components/layout/ExplorerForm";
import { NoScriptSubmit } from "@/components/layout/NoScriptSubmit";
import { RadioGroup } from "@/components/layout/RadioGroup";
import { WordingSwitch } from "@/components/layout/WordingSwitch";
import { type PrevalenceViewState, RACE_FIGURES, RATE_PERIODS, type RatePeriod } from "@/lib/charts/prevalence-state";
import { RACE_FIGURE_TEXT } from "@/lib/charts/prevalence-views";
import { RACE_SHORT_LABELS, RACE_STYLES, raceColorVar, SEER_RACE_IDS, type SeerRaceId } from "@/lib/charts/race-style";
import type { Wording } from "@/lib/charts/wording";
import { formatPeriod } from "@/lib/datasets/dimensions";

// The prevalence page's fields, each beside the chart it changes, all in the page's one GET form
// (PrevalenceForm): without JavaScript the button beside each reloads the page with the whole state.

/** A chart's controls, given the page state and its binder, followed by the button that applies them without JavaScript. */
function Controls({ children }: { children: (explorer: ReturnType<typeof useExplorerState<PrevalenceViewState>>) => ReactNode }) {
  const explorer = useExplorerState<PrevalenceViewState>();
  return (
    <div className="controls">
      {children(explorer)}
      <NoScriptSubmit />
    </div>
  );
}

const EDITIONS = { "2017-2021": "2024 edition", "2016-2020": "2023 edition" } as const;

/** "2017–2021 (SEER 2024 edition)": a period, and the edition of SEER Stat Facts that gives it. */
function periodLabel(period: RatePeriod) {
  return (
    <>
      {formatPeriod(period)} <span className="muted">(SEER {EDITIONS[period]})</span>
    </>
  );
}

/** A group's line marker and colour, short name and, in the plain wording, what that name stands for. */
function raceLabel(race: SeerRaceId, wording: Wording) {
  return (
    <>
      <LegendSwatch marker={RACE_STYLES[race].marker} color={raceColorVar(race)} /> {RACE_SHORT_LABELS[race].short}
      {wording === "plain" && RACE_SHORT_LABELS[race].plain && <span className="muted"> ({RACE_SHORT_LABELS[race].plain})</span>}
    </>
  );
}

/** The page's wording, under the share of cases. */
export function PrevalenceWordingChoice() {
  return <Controls>{({ bind }) => <WordingSwitch {...bind("wording")} />}</Controls>;
}

/** Which SEER Stat Facts edition the incidence chart shows. */
export function PeriodChoice() {
  return <Controls>{({ bind }) => <RadioGroup legend="Diagnosed" name="period" values={RATE_PERIODS} label={periodLabel} {...bind("period")} />}</Controls>;
}

/** Which set of race and ethnicity figures the chart shows. */
export function RaceFiguresChoice() {
  return (
    <Controls>
      {({ bind }) => (
        <RadioGroup legend="Figures" name="raceFigures" values={RACE_FIGURES} label={(choice) => RACE_FIGURE_TEXT[choice].choice} {...bind("raceFigures")} />
      )}
    </Controls>
  );
}

/** The groups the age chart draws, each labelled with its line's marker and colour. */
export function RaceChoice() {
  return (
    <Controls>
      {({ state, bind }) => (
        <CheckboxGroup
          legend="Race and ethnicity shown"
          name="races"
          values={SEER_RACE_IDS}
          label={(race) => raceLabel(race, state.wording)}
          {...bind("races")}
        />
      )}
    </Controls>
  );
}
